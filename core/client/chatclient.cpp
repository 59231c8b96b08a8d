#include "client/chatclient.h"

#include "base/protocol.h"
#include "base/textcodec.h"
#include "model/commandparser.h"

namespace {
ChatCommand commandOf(ChatCommand::Kind kind)
{
    ChatCommand command;
    command.kind = kind;
    return command;
}
} // namespace

// The two lists of steps are one: ChatClient::State(link state) is exact.
static_assert(int(ChatClient::State::Reconnecting) == int(ServerLink::State::Reconnecting));

ChatClient::ChatClient(QObject *parent)
    : QObject(parent), m_link(new ServerLink(this)), m_room(new ClientRoom(RoomId::main(), this))
{
    connect(m_link, &ServerLink::stateChanged, this,
            [this](ServerLink::State state) { emit stateChanged(State(state)); });
    connect(m_link, &ServerLink::eventReceived, this, &ChatClient::handleEvent);
    connect(m_link, &ServerLink::connectionEnded, m_room, &ClientRoom::clear);
    // Out of the room, a hand is down (the server lowered it).
    connect(m_link, &ServerLink::connectionEnded, this, [this] { emit handChanged(false, 0); });
    connect(m_link, &ServerLink::foreignServerDetected, this, &ChatClient::foreignServerDetected);
    connect(m_link, &ServerLink::rawTextReceived, this, &ChatClient::rawTextReceived);
    connect(m_link, &ServerLink::rawLineTooLong, this, [this](qsizetype maxBytes) {
        emit serverError(
            tr("The server sent a line over %1 KiB; it was not shown.").arg(maxBytes / 1024));
    });
    connect(m_link, &ServerLink::errorOccurred, this, &ChatClient::errorOccurred);
    connect(m_link, &ServerLink::roomCodeNeeded, this, &ChatClient::roomCodeNeeded);
    connect(m_link, &ServerLink::serverIdentityUnknown, this, &ChatClient::serverIdentityUnknown);
    connect(m_link, &ServerLink::serverIdentityChanged, this, &ChatClient::serverIdentityChanged);
    connect(m_link, &ServerLink::disconnected, this, &ChatClient::disconnected);
    connect(m_link, &ServerLink::reconnectCountdown, this, &ChatClient::reconnectCountdown);
    connect(m_link, &ServerLink::reconnectTryFailed, this, &ChatClient::reconnectTryFailed);
    connect(m_link, &ServerLink::nameLost, this,
            [this](const QString &nick) { emit nameLost(nick, anotherNick(nick)); });

    connect(m_room, &ClientRoom::messageReceived, this, &ChatClient::messageReceived);
    connect(m_room, &ClientRoom::peopleChanged, this, &ChatClient::peopleChanged);
    connect(m_room, &ClientRoom::personJoined, this, &ChatClient::personJoined);
    connect(m_room, &ClientRoom::personLeft, this, &ChatClient::personLeft);
    connect(m_room, &ClientRoom::personRenamed, this, &ChatClient::personRenamed);
    connect(m_room, &ClientRoom::noticeReceived, this, &ChatClient::noticeReceived);
    connect(m_room, &ClientRoom::noticeReceived, this, &ChatClient::announcementReceived);
}

void ChatClient::connectToServer(const QString &host, quint16 port, const QString &nick)
{
    // What waits was typed for that room: another one never gets it.
    const QString server = host.trimmed() + QLatin1Char(':') + QString::number(port);
    if (server != m_outboxServer && !m_outbox.isEmpty()) {
        const int dropped = m_outbox.size();
        m_outbox.clear();
        emit outboxDropped(dropped);
        emit outboxChanged();
    }
    m_outboxServer = server;
    m_room->setNick(nick.trimmed());
    m_whoAsked = false;
    m_link->connectToServer(host, port, nick);
}

void ChatClient::disconnectFromServer()
{
    m_link->disconnectFromServer();
}

void ChatClient::reconnectNow()
{
    m_link->reconnectNow();
}

QString ChatClient::stateText(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Not connected");
    case State::LookingUp:
        return tr("Looking up the host…");
    case State::Connecting:
        return tr("Connecting…");
    case State::WaitingForBanner:
        return tr("Connected, waiting for the server to greet us…");
    case State::Joining:
        return tr("Joining the room…");
    case State::Connected:
        return tr("Connected");
    case State::RawText:
        return tr("Connected (raw text mode)");
    case State::Reconnecting:
        return tr("Reconnecting…");
    }
    return {};
}

QString ChatClient::anotherNick(const QString &nick)
{
    // A number at the end goes up by one; else a 2 is added.
    qsizetype digits = 0;
    while (digits < nick.size() && nick.at(nick.size() - 1 - digits).isDigit())
        ++digits;
    const QString stem = nick.left(nick.size() - digits);
    const int number = digits > 0 && digits < 9 ? nick.right(digits).toInt() + 1 : 2;
    const QString suffix = QString::number(number);
    return stem.left(Protocol::MaxNickChars - suffix.size()) + suffix;
}

bool ChatClient::sendMessage(const QString &text)
{
    if (state() == State::RawText) {
        QByteArray bytes = text.toUtf8();
        if (m_lineEnding == LineEnding::LF)
            bytes.append('\n');
        else if (m_lineEnding == LineEnding::CRLF)
            bytes.append("\r\n");
        m_link->sendRaw(bytes);
        return true;
    }
    ChatCommand say = commandOf(ChatCommand::Kind::Say);
    say.text = text;
    return queue(say);
}

bool ChatClient::sendPrivateMessage(const QString &to, const QString &text)
{
    ChatCommand tell = commandOf(ChatCommand::Kind::Private);
    tell.to = to;
    tell.text = text;
    return queue(tell);
}

bool ChatClient::canQueue() const
{
    return state() == State::Connected || isComingBack();
}

bool ChatClient::queue(const ChatCommand &command)
{
    if (command.text.trimmed().isEmpty())
        return false;
    if (!canQueue()) {
        emit commandError(tr("You are not connected: press Connect first."));
        return false;
    }
    if (command.text.size() > Protocol::MaxMessageChars) {
        const qsizetype characters = TextCodec::characterCount(command.text);
        if (characters > Protocol::MaxMessageChars) {
            emit commandError(tr("Your message has %1 characters; the most is %2. It was not sent.")
                                  .arg(characters)
                                  .arg(Protocol::MaxMessageChars));
            return false;
        }
    }
    const auto entry = m_outbox.add(command);
    if (!entry) {
        emit commandError(tr("%1 messages are already waiting to be sent: wait until the "
                             "connection is back.")
                              .arg(Outbox::MaxEntries));
        return false;
    }
    if (state() == State::Connected)
        send(entry->command);
    emit outboxChanged();
    return true;
}

void ChatClient::discardOutbox()
{
    if (m_outbox.isEmpty())
        return;
    m_outbox.clear();
    emit outboxChanged();
}

void ChatClient::setHandRaised(bool up)
{
    if (state() != State::Connected)
        return;
    ChatCommand hand = commandOf(ChatCommand::Kind::Hand);
    hand.hand = up ? ChatCommand::HandMove::Raise : ChatCommand::HandMove::Lower;
    send(hand);
}

void ChatClient::changeNick(const QString &nick)
{
    if (state() != State::Connected)
        return;
    ChatCommand rename = commandOf(ChatCommand::Kind::Rename);
    rename.nick = nick.trimmed();
    send(rename);
}

bool ChatClient::sendTyped(const QString &line)
{
    if (state() == State::RawText) {
        sendMessage(line);
        return true;
    }
    const ChatCommand command = CommandParser::parse(TextCodec::withoutControls(line));
    switch (command.kind) {
    case ChatCommand::Kind::Say:
        sendMessage(command.text);
        break;
    case ChatCommand::Kind::Private:
        sendPrivateMessage(command.to, command.text);
        break;
    case ChatCommand::Kind::Hand:
        if (state() != State::Connected) {
            emit commandError(tr("Not connected right now: try again once you are back in the "
                                 "room."));
            return false;
        }
        send(command);
        break;
    case ChatCommand::Kind::Rename:
    case ChatCommand::Kind::Who:
        if (state() != State::Connected) {
            emit commandError(tr("Not connected right now: try again once you are back in the "
                                 "room."));
            return false;
        }
        if (command.kind == ChatCommand::Kind::Rename) {
            changeNick(command.nick);
        } else {
            m_whoAsked = true;
            send(command);
        }
        break;
    case ChatCommand::Kind::Leave:
        disconnectFromServer();
        break;
    case ChatCommand::Kind::Help:
        emit localReply(CommandParser::help());
        break;
    case ChatCommand::Kind::History:
        emit localReply({tr("This window keeps the room's messages since you came in, and the "
                            "last ones from before: scroll up to read them.")});
        break;
    case ChatCommand::Kind::Invalid:
        emit commandError(command.error.text());
        return false;
    default:
        break;
    }
    return true;
}

void ChatClient::handleEvent(const ChatEvent &event)
{
    switch (event.kind) {
    case ChatEvent::Kind::Welcome:
        m_room->apply(event);
        emit joined(m_room->nick());
        // What never came back goes again, in order, with the same ids: the
        // server drops what it already had (and sends its copy back).
        for (const Outbox::Entry &entry : m_outbox.entries())
            send(entry.command);
        break;
    case ChatEvent::Kind::Message:
        if (event.room == m_room->id()) {
            if (m_outbox.takeDelivered(event.message, m_room->nick()))
                emit outboxChanged();
            m_room->apply(event);
            // Said while we were getting in: it is news, not history.
            if (event.message.announcement && !event.message.history)
                emit announcementReceived(event.message.text);
        }
        break;
    case ChatEvent::Kind::People:
        m_room->apply(event);
        if (std::exchange(m_whoAsked, false))
            emit localReply({tr("In the room (%1): %2")
                                 .arg(event.people.size())
                                 .arg(event.people.join(QStringLiteral(", ")))});
        break;
    case ChatEvent::Kind::Renamed:
        m_room->apply(event);
        m_link->setNick(m_room->nick()); // a reconnection asks for the new one
        break;
    case ChatEvent::Kind::Error:
        if (const auto refused = m_outbox.takeRefused(event.clientId)) {
            emit messageRefused(refused->command, event.text);
            emit outboxChanged();
        } else {
            emit serverError(event.text);
        }
        break;
    case ChatEvent::Kind::NickRefused:
        emit nickRefused(event.nick, event.reason);
        break;
    case ChatEvent::Kind::Goodbye:
        if (!event.text.isEmpty())
            emit noticeReceived(event.text);
        break;
    case ChatEvent::Kind::Hand:
        emit handChanged(event.handUp, event.position);
        break;
    case ChatEvent::Kind::Deleted:
        if (event.room == m_room->id())
            emit messageDeleted(event.message.id);
        break;
    case ChatEvent::Kind::File:
        emit fileOffered(event.file);
        break;
    case ChatEvent::Kind::Collecting:
        emit collectingChanged(event.open, event.text);
        break;
    case ChatEvent::Kind::Sharing:
        emit sharingChanged(event.open);
        break;
    default:
        // Only the room we are in, today; a second room gets its own ClientRoom.
        if (event.room == m_room->id())
            m_room->apply(event);
        break;
    }
}
