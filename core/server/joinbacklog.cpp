#include "server/joinbacklog.h"

#include <algorithm>

void JoinBacklog::expect(quint64 id, qint64 lastId)
{
    m_marks.insert(id, lastId);
}

void JoinBacklog::forget(quint64 id)
{
    if (m_marks.remove(id))
        trim();
}

qint64 JoinBacklog::costOf(const ChatMessage &message)
{
    // About what it costs on the wire: a Salon frame's bytes (a text
    // client's line is shorter).
    return ChatMessageFrame::encodeLine(message).size();
}

void JoinBacklog::record(const ChatMessage &message)
{
    if (m_marks.isEmpty())
        return;
    const qint64 size = costOf(message);
    m_kept.push_back({message, size});
    m_bytes += size;
    while (m_bytes > m_maxBytes && !m_kept.empty()) {
        m_droppedUpTo = m_kept.front().message.id;
        m_bytes -= m_kept.front().bytes;
        m_kept.pop_front();
    }
}

JoinBacklog::Catchup JoinBacklog::take(quint64 id)
{
    Catchup catchup;
    const auto mark = m_marks.constFind(id);
    if (mark == m_marks.constEnd())
        return catchup;
    catchup.lastIdBefore = mark.value();
    m_marks.erase(mark);
    for (const Kept &kept : m_kept) {
        if (kept.message.id > catchup.lastIdBefore)
            catchup.missed.append(kept.message);
    }
    catchup.incomplete = m_droppedUpTo > catchup.lastIdBefore;
    trim();
    return catchup;
}

void JoinBacklog::trim()
{
    if (m_marks.isEmpty()) {
        m_kept.clear();
        m_bytes = 0;
        m_droppedUpTo = 0;
        return;
    }
    // Nobody waiting needs what was said before the earliest of them came.
    const qint64 earliest = *std::min_element(m_marks.cbegin(), m_marks.cend());
    while (!m_kept.empty() && m_kept.front().message.id <= earliest) {
        m_bytes -= m_kept.front().bytes;
        m_kept.pop_front();
    }
}
