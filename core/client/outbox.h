#pragma once

// outbox.h — the messages a person sent that the server has not shown back
// yet. The server echoes every message to its sender, so until that copy
// (or a refusal) names a message's client id, the message is still on its
// way: the window shows it as "sending…", and after a lost connection it is
// sent again, with the same id, so the server can drop a second copy. A
// message is either shown as delivered or visibly still waiting.

#include "model/chatcommand.h"
#include "model/chatmessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Outbox
{
public:
    // More than this waiting, and the link is surely down: typing waits.
    // (As many as the server remembers client ids for.)
    static constexpr int MaxEntries = 1000;

    struct Entry
    {
        ChatCommand command; // Say or Private, with its clientId
        QDateTime queuedAt;
    };

    // Client ids are a random prefix, new for each outbox, and a counter.
    Outbox();

    // Gives `command` (Say or Private) its client id and keeps it; nothing
    // when MaxEntries are already waiting.
    std::optional<Entry> add(ChatCommand command);
    // The entry `message` (the server's copy) delivers, taken out: the one
    // with its client id, sent by `ownNick`. From a server that sends no
    // client ids back, the oldest of ours with the same text.
    std::optional<Entry> takeDelivered(const ChatMessage &message, const QString &ownNick);
    // The entry a refusal names, taken out.
    std::optional<Entry> takeRefused(const QString &clientId);

    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }

private:
    QString m_prefix;
    quint64 m_next = 1;
    QList<Entry> m_entries; // oldest first: the order they are sent in
};
