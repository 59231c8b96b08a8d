#pragma once

// filehasher.h — a file's SHA-256, worked out on a thread of the global
// pool: a gigabyte takes seconds, and the chat must not wait for it. The
// answer comes back to the main thread, for `context` (and not at all once
// context is gone).

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace FileHasher {

struct Result
{
    QByteArray sha256; // raw, 32 bytes; empty on error
    qint64 size = 0;   // bytes hashed
    QString error;     // why the file could not be read, as a sentence
};

// `context` lives in the main thread; `done` runs there.
void start(const QString &path, QObject *context, std::function<void(const Result &)> done);
// The same, here and now (a command-line tool, a test).
Result now(const QString &path);

} // namespace FileHasher
