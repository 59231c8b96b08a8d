#include "server/aftercrowd.h"

#include "base/logging.h"

#include <QElapsedTimer>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
// The process's resident memory (Linux), 0 elsewhere.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

AfterCrowd::AfterCrowd(QObject *parent) : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &AfterCrowd::settle);
}

void AfterCrowd::noteChange()
{
    if (++m_changes >= CrowdSize)
        m_quiet.start(); // again at each change: only once it is quiet
}

void AfterCrowd::settle()
{
    m_changes = 0;
#if defined(__GLIBC__)
    const qint64 before = residentKiB();
    QElapsedTimer clock;
    clock.start();
    malloc_trim(0);
    const qint64 after = residentKiB();
    qCDebug(lcServer) << "after a crowd: resident" << before << "KiB, now" << after << "KiB, in"
                      << clock.elapsed() << "ms";
    emit settled(before, after);
#endif
}
