#pragma once

// historylog.h — the room's memory. Keeps the last messages for people who
// join late, and appends every public message to a file, one JSON object
// per line, flushed at once so a crash or `kill -9` loses nothing that was
// accepted. A server started again on the same file remembers the room.
// Private messages stay between their two people: never kept, never replayed.

#include "model/chatmessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <deque>
#include <optional>

class HistoryLog
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLog)
public:
    // How many messages a newcomer receives.
    static constexpr int RecentCount = 100;
    // Past this size the file is renamed to FILE.1 and a new one begun.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    HistoryLog() = default;

    // Opens (and creates) the file, and loads its last messages. On failure
    // the log still remembers in memory, and errorString() says why.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

    void append(const ChatMessage &message);
    // Something the teacher did, kept in the file (never replayed): who
    // (`by`), what (`action`, a word for programs: "mute", "ban"…) and
    // the sentence the log showed.
    void appendAction(const QString &by, const QString &action, const QString &sentence);
    // Removes message `id` from memory and from the files on disk (the
    // current one and the one before it), which are written anew. The
    // message as it was, or nothing when it is nowhere.
    std::optional<ChatMessage> remove(qint64 id);
    // A new lesson: nothing said before is replayed any more. The file keeps
    // it all, with a {"type":"lesson"} line where the lesson began, and the
    // numbers go on.
    void startLesson();
    // Oldest first, each marked as history.
    QList<ChatMessage> recent() const;
    // The highest message id seen, so a restarted server counts on from it.
    qint64 lastId() const { return m_lastId; }

    // Where servers keep their logs by default: the user's data folder.
    static QString defaultFolder();

private:
    // One record, '\n' included.
    void write(const ChatMessage &message, const QByteArray &line);
    void writeLine(const QByteArray &line);
    void remember(const ChatMessage &message);
    void loadTail();
    void rotate();

    QFile m_file;
    QString m_error;
    std::deque<ChatMessage> m_recent;
    qint64 m_lastId = 0;
    qint64 m_size = 0; // of the file, counted as it is written
};
