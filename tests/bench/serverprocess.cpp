#include "serverprocess.h"

#include "procstatus.h"

#include <QEventLoop>
#include <QFile>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// How soon a refused probe tries again, while the server starts.
constexpr int RetryMs = 20;
} // namespace

ServerProcess::ServerProcess(QObject *parent) : QObject(parent)
{
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &command, const QString &host, quint16 port, int timeoutMs)
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty()) {
        m_error = QStringLiteral("no server command");
        return false;
    }
    const QString program = arguments.takeFirst();
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // The server is up when its port answers. Everything below is signals:
    // a refused probe tries again on the next tick of a short timer, the
    // server exiting or the deadline ends the wait.
    QEventLoop loop;
    QTcpSocket probe;
    QTimer retry;
    retry.setSingleShot(true);
    retry.setInterval(RetryMs);
    QTimer deadline;
    deadline.setSingleShot(true);
    bool ready = false;
    connect(&retry, &QTimer::timeout, &loop, [&] { probe.connectToHost(host, port); });
    connect(&probe, &QTcpSocket::connected, &loop, [&] {
        ready = true;
        loop.quit();
    });
    connect(&probe, &QTcpSocket::errorOccurred, &loop, [&] {
        probe.abort();
        retry.start();
    });
    connect(&m_process, &QProcess::finished, &loop, [&] {
        m_error = QStringLiteral("%1 exited with code %2").arg(program).arg(m_process.exitCode());
        loop.quit();
    });
    connect(&deadline, &QTimer::timeout, &loop, [&] {
        m_error = QStringLiteral("%1 did not open port %2 within %3 ms")
                      .arg(program)
                      .arg(port)
                      .arg(timeoutMs);
        loop.quit();
    });
    deadline.start(timeoutMs);
    probe.connectToHost(host, port);
    loop.exec();
    disconnect(&m_process, &QProcess::finished, &loop, nullptr);
    probe.abort();
    return ready;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

qint64 ServerProcess::statusField(const char *name) const
{
    if (m_process.state() != QProcess::Running)
        return -1;
    return ProcStatus::kib(name, m_process.processId());
}

qint64 ServerProcess::residentKiB() const
{
    return statusField("VmRSS");
}

qint64 ServerProcess::peakResidentKiB() const
{
    return statusField("VmHWM");
}

double ServerProcess::cpuSeconds() const
{
#ifdef Q_OS_UNIX
    if (m_process.state() != QProcess::Running)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces: the fields start after its ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 here.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}
