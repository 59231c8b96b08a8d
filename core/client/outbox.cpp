#include "client/outbox.h"

#include "model/nickname.h"

#include <QRandomGenerator>

Outbox::Outbox()
    : m_prefix(QString::number(QRandomGenerator::global()->generate64(), 36) + QLatin1Char('-'))
{}

std::optional<Outbox::Entry> Outbox::add(ChatCommand command)
{
    if (m_entries.size() >= MaxEntries)
        return std::nullopt;
    command.clientId = m_prefix + QString::number(m_next++);
    m_entries.append({std::move(command), QDateTime::currentDateTime()});
    return m_entries.last();
}

std::optional<Outbox::Entry> Outbox::takeDelivered(const ChatMessage &message,
                                                   const QString &ownNick)
{
    // Anyone can put our client id on a message of theirs: it must be ours.
    if (m_entries.isEmpty() || Nickname::key(message.from) != Nickname::key(ownNick))
        return std::nullopt;
    const ChatCommand::Kind kind =
        message.isPrivate() ? ChatCommand::Kind::Private : ChatCommand::Kind::Say;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ChatCommand &sent = m_entries.at(i).command;
        const bool same = message.clientId.isEmpty()
                              ? sent.kind == kind && sent.text == message.text
                              : sent.clientId == message.clientId;
        if (same)
            return m_entries.takeAt(i);
    }
    return std::nullopt;
}

std::optional<Outbox::Entry> Outbox::takeRefused(const QString &clientId)
{
    if (clientId.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).command.clientId == clientId)
            return m_entries.takeAt(i);
    }
    return std::nullopt;
}
