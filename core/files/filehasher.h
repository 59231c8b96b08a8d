#pragma once

// filehasher.h — a file's SHA-256, worked out on a thread of the global
// pool: a gigabyte takes seconds, and the chat must not wait for it. The
// answer comes back as a QFuture; .then(context, …) gets it in context's
// thread (and not at all once context is gone).

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace FileHasher {

struct Result
{
    QByteArray sha256; // raw, 32 bytes; empty on error
    qint64 size = 0;   // bytes hashed
    QString error;     // why the file could not be read, as a sentence
};

QFuture<Result> start(const QString &path);
// The same, here and now (a command-line tool, a test).
Result now(const QString &path);

} // namespace FileHasher
