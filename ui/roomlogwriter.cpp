#include "roomlogwriter.h"

#include "chatlogview.h"
#include "crowdlog.h"

RoomLogWriter::RoomLogWriter(ChatClient *client, ChatLogView *log, QObject *parent)
    : QObject(parent), m_client(client), m_log(log), m_crowd(new CrowdLog(log, this))
{
    connect(client, &ChatClient::messageReceived, this, &RoomLogWriter::writeMessage);
    connect(client, &ChatClient::messageDeleted, this, [this](qint64 id) {
        m_log->replaceMessage(id, tr("(a message removed by the teacher)"));
    });
    connect(client, &ChatClient::joined, this, [this](const QString &nick) {
        m_historyIntroduced = false;
        m_log->appendEvent(tr("You joined the room at %1:%2 as %3.")
                               .arg(m_client->host())
                               .arg(m_client->port())
                               .arg(nick));
    });
    connect(client, &ChatClient::personJoined, this, [this](const QString &nick) {
        if (nick != m_client->nick())
            m_crowd->joined(nick, tr("%1 joined the room.").arg(nick));
    });
    connect(
        client, &ChatClient::personLeft, this, [this](const QString &nick, const QString &reason) {
            m_crowd->left(nick, reason.isEmpty() ? tr("%1 left the room.").arg(nick)
                                                 : tr("%1 left the room (%2).").arg(nick, reason));
        });
    connect(client, &ChatClient::personRenamed, this,
            [this](const QString &from, const QString &to) {
                m_crowd->renamed(to, tr("%1 is now known as %2.").arg(from, to));
            });
    connect(client, &ChatClient::noticeReceived, this, [this](const QString &text) {
        m_log->appendMessage(QDateTime::currentDateTime(), tr("Server"), text,
                             ChatLogView::Style::Private);
    });
    for (const auto signal : {&ChatClient::serverError, &ChatClient::commandError})
        connect(client, signal, this, [this](const QString &text) { m_log->appendError(text); });
    connect(client, &ChatClient::localReply, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            m_log->appendEvent(line);
    });
    connect(client, &ChatClient::nickRefused, this,
            [this](const QString &, const QString &reason) { m_log->appendError(reason); });
    connect(client, &ChatClient::foreignServerDetected, this, [this] {
        m_log->appendEvent(tr("No Salon greeting from %1:%2: this is another kind of server. "
                              "Switched to raw text mode: what you type is sent as is, and "
                              "whatever arrives is shown.")
                               .arg(m_client->host())
                               .arg(m_client->port()));
    });
    connect(client, &ChatClient::rawTextReceived, this, [this](const QString &text) {
        m_log->appendMessage(QDateTime::currentDateTime(), QStringLiteral("<"), text,
                             ChatLogView::Style::Raw);
    });
    connect(client, &ChatClient::messageRefused, this,
            [this](const ChatCommand &message, const QString &reason) {
                m_log->appendError(
                    tr("Not sent: “%1” — %2").arg(message.text.simplified().left(80), reason));
            });
    connect(client, &ChatClient::outboxDropped, this, [this](int count) {
        m_log->appendError(
            tr("%n message(s) typed for the other server were not sent.", nullptr, count));
    });
    connect(client, &ChatClient::disconnected, this, [this](bool unexpected) {
        if (unexpected)
            m_log->appendError(tr("The connection was lost."));
        else
            m_log->appendEvent(tr("Disconnected."));
    });
}

void RoomLogWriter::connecting(const QString &host, quint16 port)
{
    const QString server = host + QLatin1Char(':') + QString::number(port);
    if (server != m_lastServer) {
        m_lastServer = server;
        m_lastMessageId = 0; // another room: its history is all new
    }
    m_log->appendEvent(tr("Connecting to %1 on port %2…").arg(host).arg(port));
}

void RoomLogWriter::writeMessage(const ChatMessage &message)
{
    if (message.history) {
        // Already shown before a reconnection: only what was missed is new.
        if (message.id > 0 && message.id <= m_lastMessageId)
            return;
        if (!m_historyIntroduced) {
            m_historyIntroduced = true;
            m_log->appendEvent(tr("Said in the room before you came:"));
        }
    }
    m_lastMessageId = qMax(m_lastMessageId, message.id);
    if (message.announcement) {
        // The teacher's words, as the room's record keeps them.
        m_log->appendMessage(message.time, tr("Server"), message.text,
                             message.history ? ChatLogView::Style::History
                                             : ChatLogView::Style::Private,
                             message.id);
        return;
    }
    const bool own = message.from == m_client->nick();
    if (message.isPrivate()) {
        const QString who = own ? tr("%1 → %2 (private)").arg(message.from, message.to)
                                : tr("%1 (private)").arg(message.from);
        m_log->appendMessage(message.time, who, message.text, ChatLogView::Style::Private);
        return;
    }
    const ChatLogView::Style style = message.history ? ChatLogView::Style::History
                                     : own           ? ChatLogView::Style::Own
                                                     : ChatLogView::Style::Others;
    m_log->appendMessage(message.time, message.from, message.text, style, message.id);
}
