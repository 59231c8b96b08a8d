#pragma once

// duplicatefilter.h — knows a message a client sends a second time. After a
// lost connection a client can't tell whether its last messages arrived, so
// it sends again what it never saw come back, with the same client id
// ("cid"). The filter remembers, for the last messages the room accepted,
// who sent them under which client id; a copy is answered with the first
// one instead of being said twice. Keyed by sender as well: a client id is
// seen by the whole room, and nobody may use someone else's to hide a
// message of theirs.

#include "model/chatmessage.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

class DuplicateFilter
{
public:
    static constexpr int DefaultCapacity = 1000;

    explicit DuplicateFilter(int capacity = DefaultCapacity) : m_capacity(capacity) {}

    // The message `sender` sent before under `clientId`, if remembered.
    std::optional<ChatMessage> find(const QString &sender, const QString &clientId) const;
    // A message the room accepted (one without a client id is not kept).
    void remember(const ChatMessage &message);
    // Message `id` was removed: a copy sent again is not answered with it.
    void forget(qint64 id);

    int size() const { return int(m_order.size()); }
    int capacity() const { return m_capacity; }

private:
    static QString keyOf(const QString &sender, const QString &clientId);

    int m_capacity;
    QHash<QString, ChatMessage> m_messages;
    std::deque<QString> m_order; // oldest first, to forget in turn
};
