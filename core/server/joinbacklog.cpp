#include "server/joinbacklog.h"

void JoinBacklog::expect(quint64 id, qint64 lastId)
{
    if (const auto old = m_marks.constFind(id); old != m_marks.cend())
        uncount(old.value());
    m_marks.insert(id, lastId);
    ++m_waitingSince[lastId];
}

void JoinBacklog::uncount(qint64 lastId)
{
    const auto found = m_waitingSince.find(lastId);
    if (found != m_waitingSince.end() && --found->second == 0)
        m_waitingSince.erase(found);
}

void JoinBacklog::forget(quint64 id)
{
    const auto mark = m_marks.constFind(id);
    if (mark == m_marks.cend())
        return;
    uncount(mark.value());
    m_marks.erase(mark);
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
    uncount(mark.value());
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
    // Nobody waiting needs what was said before the earliest of them came
    // (known without looking at them all: a whole school may be waiting).
    const qint64 earliest = m_waitingSince.begin()->first;
    while (!m_kept.empty() && m_kept.front().message.id <= earliest) {
        m_bytes -= m_kept.front().bytes;
        m_kept.pop_front();
    }
}

void JoinBacklog::keepNewestWithin(QList<ChatMessage> &messages, qint64 budget)
{
    qsizetype kept = 0;
    for (qsizetype i = messages.size() - 1; i >= 0; --i, ++kept) {
        budget -= costOf(messages.at(i));
        if (budget < 0)
            break;
    }
    messages.remove(0, messages.size() - kept);
}
