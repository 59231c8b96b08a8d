#include "server/duplicatefilter.h"

#include "model/nickname.h"

QString DuplicateFilter::keyOf(const QString &sender, const QString &clientId)
{
    // A client id has no space (Protocol::isValidClientId): the two can't blur.
    return Nickname::key(sender) + QLatin1Char(' ') + clientId;
}

std::optional<ChatMessage> DuplicateFilter::find(const QString &sender,
                                                 const QString &clientId) const
{
    if (clientId.isEmpty())
        return std::nullopt;
    const auto found = m_messages.constFind(keyOf(sender, clientId));
    if (found == m_messages.cend())
        return std::nullopt;
    return *found;
}

void DuplicateFilter::remember(const ChatMessage &message)
{
    if (message.clientId.isEmpty() || m_capacity <= 0)
        return;
    const QString key = keyOf(message.from, message.clientId);
    if (m_messages.contains(key))
        return; // the first stays: it is the one the room heard
    m_messages.insert(key, message);
    m_order.push_back(key);
    while (m_order.size() > size_t(m_capacity)) {
        m_messages.remove(m_order.front());
        m_order.pop_front();
    }
}

void DuplicateFilter::forget(qint64 id)
{
    // The key stays in the order: it is forgotten in turn, harmlessly.
    m_messages.removeIf(
        [id](const QHash<QString, ChatMessage>::iterator &it) { return it->id == id; });
}
