#include "files/filehasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace FileHasher {

Result now(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                0,
                QCoreApplication::translate("FileHasher", "%1 can't be read: %2")
                    .arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return {{},
                    total,
                    QCoreApplication::translate("FileHasher", "%1 can't be read: %2")
                        .arg(path, file.errorString())};
        if (got == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), got));
        total += got;
    }
    return {hash.result(), total, {}};
}

void start(const QString &path, QObject *context, std::function<void(const Result &)> done)
{
    // Checked in the main thread, where the context lives and dies: the
    // answer is posted to the application, never to an object that may be
    // gone by then.
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([path, guard, done = std::move(done)] {
        const Result result = now(path);
        QCoreApplication *application = QCoreApplication::instance();
        if (!application)
            return; // the program is ending
        QMetaObject::invokeMethod(
            application,
            [guard, done, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace FileHasher
