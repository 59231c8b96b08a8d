#pragma once

// joinbacklog.h — what the room said to people still coming in. A
// connection notes the room's last message id when it is accepted; when it
// joins, it gets every public message after that, so nothing said after a
// connection is accepted is lost to it. The messages are kept once for all
// the waiting connections, bounded in bytes; a connection whose messages
// went past the bound is told so when it joins, never shorted silently.

#include "model/chatmessage.h"

#include <QHash>
#include <QList>

#include <deque>
#include <map>

class JoinBacklog
{
public:
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // What one message costs a send queue, in bytes.
    static qint64 costOf(const ChatMessage &message);
    // Keeps the newest of `messages` whose cost fits in `budget` bytes of a
    // send queue; the older ones are dropped.
    static void keepNewestWithin(QList<ChatMessage> &messages, qint64 budget);

    // Connection `id` was accepted after message `lastId`.
    void expect(quint64 id, qint64 lastId);
    void forget(quint64 id);
    bool isWaiting(quint64 id) const { return m_marks.contains(id); }

    // A public message the room accepted (kept only while someone waits).
    void record(const ChatMessage &message);

    struct Catchup
    {
        qint64 lastIdBefore = 0;   // the history stops here
        QList<ChatMessage> missed; // said since, oldest first
        bool incomplete = false;   // some were past the bound: not here
    };
    // What `id` missed; it waits no more.
    Catchup take(quint64 id);

    qint64 bytes() const { return m_bytes; }

private:
    struct Kept
    {
        ChatMessage message;
        qint64 bytes;
    };
    void trim();

    qint64 m_maxBytes = 1024 * 1024;
    QHash<quint64, qint64> m_marks;       // connection -> last id before it came
    std::map<qint64, int> m_waitingSince; // last id before -> connections
    void uncount(qint64 lastId);
    std::deque<Kept> m_kept;
    qint64 m_bytes = 0;
    // The last message dropped for the bound: a connection that came before
    // it lost it.
    qint64 m_droppedUpTo = 0;
};
