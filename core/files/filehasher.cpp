#include "files/filehasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QPromise>
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

QFuture<Result> start(const QString &path)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(now(path));
        promise->finish();
    });
    return future;
}

} // namespace FileHasher
