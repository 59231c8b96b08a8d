#include "server/clientconnection.h"

#include "base/logging.h"
#include "base/protocol.h"
#include "base/textcodec.h"
#include "base/wiretap.h"

#include <QJsonArray>
#include <QTcpSocket>

namespace {
// Chat said while a peer is still deciding what it speaks.
constexpr int MaxBacklog = 200;
constexpr qint64 ReadChunkBytes = 64 * 1024;
constexpr qint64 FlushThresholdBytes = 16 * 1024;

QJsonObject frameOf(const char *type)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}};
}
} // namespace

ClientConnection::ClientConnection(QTcpSocket *socket, quint64 id, const ServerLimits &limits,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_lines(limits.maxFrameBytes)
    , m_flood(limits.floodRate, limits.floodBurst)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(4 * ReadChunkBytes);
    // Chat lines are small and should leave at once, not wait for Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The system's own check for dead peers, slow but the only one a text
    // client answers.
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_lastHeard.start();
    m_participant.id = id;
    m_participant.address = socket->peerAddress();
    m_participant.port = socket->peerPort();
    m_participant.connectedSince = QDateTime::currentDateTime();

    m_silence.setSingleShot(true);
    m_identify.setSingleShot(true);
    m_handshake.setSingleShot(true);
    m_floodDelay.setSingleShot(true);

    connect(m_socket, &QTcpSocket::readyRead, this, &ClientConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &ClientConnection::handleDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ClientConnection::handleSocketError);
    connect(&m_silence, &QTimer::timeout, this, &ClientConnection::flushSilentChunk);
    connect(&m_identify, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Undecided)
            becomeText();
    });
    connect(&m_handshake, &QTimer::timeout, this, [this] {
        if (m_joined || m_closing)
            return;
        m_closeReason = tr("did not join within %1 s").arg(m_limits.handshakeTimeoutMs / 1000);
        sendError(QStringLiteral("handshake-timeout"),
                  tr("You did not join within %1 s.").arg(m_limits.handshakeTimeoutMs / 1000));
        closeWithGoodbye(tr("Goodbye."));
    });
    connect(&m_heartbeat, &QTimer::timeout, this, &ClientConnection::checkHeartbeat);
    connect(&m_floodDelay, &QTimer::timeout, this, [this] {
        processLines();
        if (m_mode != Mode::Salon && m_lines.hasPartial() && !m_silence.isActive())
            m_silence.start();
    });
}

void ClientConnection::setWireTap(WireTap *tap)
{
    if (m_tap == tap)
        return;
    if (m_tap)
        disconnect(m_socket, &QAbstractSocket::stateChanged, m_tap, nullptr);
    m_tap = tap;
    if (!tap)
        return;
    const quint64 id = m_participant.id;
    const QString peer = m_participant.endpoint();
    tap->recordState(id, peer, m_socket->state());
    connect(
        m_socket, &QAbstractSocket::stateChanged, tap,
        [tap, id, peer](QAbstractSocket::SocketState state) { tap->recordState(id, peer, state); });
}

void ClientConnection::start(int identifyMs, int silenceMs)
{
    m_silence.setInterval(silenceMs);
    write(QByteArray(Protocol::BannerPrefix) +
          tr("Welcome to Salon! Type a message and press Enter. /nick NAME changes your "
             "nickname, /help lists the commands, fin or /quit leaves.")
              .toUtf8() +
          '\n');
    m_identify.start(identifyMs);
    // Bytes may have come with the connection itself.
    if (m_socket->bytesAvailable() > 0)
        readIncoming();
}

void ClientConnection::checkHeartbeat()
{
    if (m_closing)
        return;
    const qint64 silentMs = m_lastHeard.elapsed();
    if (silentMs >= m_limits.heartbeatTimeoutMs) {
        m_closeReason = tr("no answer for %1 s: connection lost").arg(silentMs / 1000);
        abort();
    } else if (silentMs >= m_limits.heartbeatIntervalMs && !m_pinged) {
        m_pinged = true;
        sendFrame(frameOf(Protocol::Type::Ping));
    }
}

void ClientConnection::readIncoming()
{
    if (m_socket->bytesAvailable() > 0) {
        m_lastHeard.restart();
        m_pinged = false;
    }
    // readyRead is not emitted again for data already buffered: take it all.
    while (!m_closing && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(qMin(m_socket->bytesAvailable(), ReadChunkBytes));
        if (m_tap)
            m_tap->recordBytes(m_participant.id, m_participant.endpoint(), WireTap::Direction::In,
                               chunk);
        m_lines.append(chunk);
        if (const int overflows = m_lines.takeOverflows()) {
            const qsizetype limit = m_lines.maxLineBytes();
            emit problem(tr("%1 sent a line over %2 KiB, which was dropped.")
                             .arg(m_participant.nick.isEmpty() ? m_participant.endpoint()
                                                               : m_participant.nick)
                             .arg(limit / 1024));
            if (m_mode == Mode::Text) {
                sendError(
                    QStringLiteral("line-too-long"),
                    tr("Your line was longer than %1 KiB and was dropped.").arg(limit / 1024));
            } else {
                m_closeReason = tr("sent a frame over %1 KiB").arg(limit / 1024);
                sendError(QStringLiteral("frame-too-long"),
                          tr("A frame was longer than %1 KiB.").arg(limit / 1024));
                m_socket->flush(); // the reason leaves before the connection closes
                abort();
                return;
            }
        }
        if (m_limits.floodControl && m_lines.lineCount() > m_limits.floodMaxQueued) {
            refuseFlood();
            return;
        }
        processLines();
    }
    if (m_mode != Mode::Salon && m_lines.hasPartial())
        m_silence.start();
    else
        m_silence.stop();
}

void ClientConnection::processLines()
{
    while (m_lines.hasLine() && !m_closing) {
        if (m_limits.floodControl && !m_flood.tryTake()) {
            // Fake lag: the line waits for its token, the others are not delayed.
            m_floodDelay.start(m_flood.msUntilNextToken());
            return;
        }
        handleLine(m_lines.takeLine());
    }
}

void ClientConnection::refuseFlood()
{
    m_closeReason = tr("flooding: more than %1 lines waiting").arg(m_limits.floodMaxQueued);
    emit problem(
        tr("%1 was disconnected for flooding.")
            .arg(m_participant.nick.isEmpty() ? m_participant.endpoint() : m_participant.nick));
    sendError(QStringLiteral("flood"),
              tr("You sent more than %1 lines faster than %2 per second: disconnected.")
                  .arg(m_limits.floodMaxQueued)
                  .arg(m_limits.floodRate));
    closeWithGoodbye(tr("Goodbye."));
}

void ClientConnection::handleLine(const QByteArray &line)
{
    if (m_mode == Mode::Undecided) {
        const auto frame = Protocol::parse(line);
        if (frame && Protocol::typeOf(*frame) == QLatin1String(Protocol::Type::Hello)) {
            m_mode = Mode::Salon;
            m_participant.kind = Participant::Kind::Salon;
            m_identify.stop();
            m_handshake.start(m_limits.handshakeTimeoutMs);
            handleFrame(*frame);
            return;
        }
        becomeText();
    }
    if (m_mode == Mode::Salon) {
        if (line.trimmed().isEmpty())
            return;
        if (const auto frame = Protocol::parse(line)) {
            handleFrame(*frame);
        } else {
            emit problem(
                tr("%1 sent a frame that is not valid JSON.").arg(m_participant.endpoint()));
            sendError(QStringLiteral("malformed"), tr("That frame is not a valid JSON object."));
        }
        return;
    }
    handleTextLine(TextCodec::decode(line));
}

void ClientConnection::flushSilentChunk()
{
    if (m_closing || m_mode == Mode::Salon || !m_lines.hasPartial())
        return;
    // The chunk comes after the lines still waiting, and waits for a token too.
    if (m_lines.hasLine())
        return; // m_floodDelay flushes it after them
    if (m_limits.floodControl && !m_flood.tryTake()) {
        m_silence.start(m_flood.msUntilNextToken());
        return;
    }
    if (m_mode == Mode::Undecided)
        becomeText();
    handleTextLine(TextCodec::decode(m_lines.takePartial()));
}

void ClientConnection::becomeText()
{
    m_mode = Mode::Text;
    m_participant.kind = Participant::Kind::Text;
    m_identify.stop();
    m_lines.setMaxLineBytes(m_limits.maxTextLineBytes);
    emit textPeerIdentified();
}

void ClientConnection::handleFrame(const QJsonObject &frame)
{
    const QString type = Protocol::typeOf(frame);
    const auto isType = [&type](const char *name) {
        return type == QLatin1String(name);
    };

    if (isType(Protocol::Type::Hello)) {
        if (m_joined) {
            sendError(QStringLiteral("already-joined"), tr("You are already in the room."));
            return;
        }
        const auto nick = Protocol::stringField(frame, "nick");
        if (!nick) {
            sendError(QStringLiteral("bad-frame"), tr("A hello needs a \"nick\" string."));
            return;
        }
        emit helloReceived(*nick);
        return;
    }
    if (isType(Protocol::Type::Ping)) {
        QJsonObject pong = frameOf(Protocol::Type::Pong);
        if (frame.contains(QLatin1String("id")))
            pong.insert(QStringLiteral("id"), frame.value(QLatin1String("id")));
        sendFrame(pong);
        return;
    }
    if (isType(Protocol::Type::Pong))
        return;
    if (isType(Protocol::Type::Bye)) {
        emit quitRequested();
        return;
    }
    if (!m_joined) {
        sendError(QStringLiteral("not-joined"), tr("Send a hello with your nickname first."));
        return;
    }
    if (isType(Protocol::Type::Say)) {
        if (const auto text = Protocol::stringField(frame, "text"))
            emit sayReceived(TextCodec::withoutControls(*text));
        else
            sendError(QStringLiteral("bad-frame"), tr("A say needs a \"text\" string."));
    } else if (isType(Protocol::Type::PrivateSend)) {
        const auto to = Protocol::stringField(frame, "to");
        const auto text = Protocol::stringField(frame, "text");
        if (to && text)
            emit privateReceived(*to, TextCodec::withoutControls(*text));
        else
            sendError(QStringLiteral("bad-frame"), tr("A msg needs \"to\" and \"text\" strings."));
    } else if (isType(Protocol::Type::Nick)) {
        if (const auto nick = Protocol::stringField(frame, "nick"))
            emit nickRequested(*nick);
        else
            sendError(QStringLiteral("bad-frame"), tr("A nick needs a \"nick\" string."));
    } else if (isType(Protocol::Type::Users)) {
        emit whoRequested();
    } else {
        sendError(QStringLiteral("unknown-type"), tr("Unknown frame type \"%1\".").arg(type));
    }
}

void ClientConnection::handleTextLine(const QString &received)
{
    const QString text = TextCodec::withoutControls(received);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    if (trimmed == QLatin1String("fin")) {
        emit quitRequested();
        return;
    }
    if (trimmed.startsWith(QLatin1Char('/'))) {
        const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
        const QString command = trimmed.mid(1, space < 0 ? -1 : space - 1).toLower();
        const QString argument = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
        handleTextCommand(command, argument);
        return;
    }
    // Keep leading spaces (ASCII art, indented code); drop the line ending's leftovers.
    QString message = text;
    while (!message.isEmpty() && message.back().isSpace())
        message.chop(1);
    emit sayReceived(message);
}

void ClientConnection::handleTextCommand(const QString &command, const QString &argument)
{
    if (command == QLatin1String("quit") || command == QLatin1String("fin")) {
        emit quitRequested();
    } else if (command == QLatin1String("help")) {
        sendHelp();
    } else if (command == QLatin1String("who")) {
        emit whoRequested();
    } else if (command == QLatin1String("nick")) {
        if (argument.isEmpty())
            sendError(QStringLiteral("usage"), tr("Usage: /nick NAME"));
        else
            emit nickRequested(argument);
    } else if (command == QLatin1String("msg")) {
        const qsizetype space = argument.indexOf(QLatin1Char(' '));
        if (space <= 0 || argument.mid(space + 1).trimmed().isEmpty())
            sendError(QStringLiteral("usage"), tr("Usage: /msg NAME text"));
        else
            emit privateReceived(argument.left(space), argument.mid(space + 1).trimmed());
    } else {
        sendError(QStringLiteral("unknown-command"),
                  tr("Unknown command /%1. Type /help for the list.").arg(command));
    }
}

void ClientConnection::sendHelp()
{
    const QStringList lines = {
        tr("Commands:"),
        tr("  just type      send a message to everyone"),
        tr("  /msg NAME text send a private message to NAME"),
        tr("  /nick NAME     change your nickname"),
        tr("  /who           list the people in the room"),
        tr("  /help          show this help"),
        tr("  fin or /quit   leave the room"),
    };
    for (const QString &line : lines)
        sendTextLine(line);
}

void ClientConnection::join(const QString &nick, const QStringList &people,
                            const QList<ChatMessage> &history)
{
    m_participant.nick = nick;
    m_joined = true;
    m_handshake.stop();
    if (m_mode == Mode::Salon) {
        // Text clients can't answer a ping; Salon clients do.
        m_heartbeat.start(qMax(1, m_limits.heartbeatIntervalMs / 3));
        QJsonObject welcome = frameOf(Protocol::Type::Welcome);
        welcome.insert(QStringLiteral("version"), Protocol::Version);
        welcome.insert(QStringLiteral("nick"), nick);
        welcome.insert(QStringLiteral("server"), QStringLiteral("Salon " SALON_VERSION));
        sendFrame(welcome);
    } else {
        sendTextLine(tr("*** You are %1. Type /nick NAME to change it.").arg(nick));
    }
    sendPeople(people);
    // The history stops where the peer came in: what was said while it was
    // deciding what it speaks follows as live messages.
    const QList<ChatMessage> backlog = std::exchange(m_backlog, {});
    QList<ChatMessage> earlier = history;
    if (!backlog.isEmpty()) {
        const qint64 firstLive = backlog.constFirst().id;
        earlier.removeIf(
            [firstLive](const ChatMessage &message) { return message.id >= firstLive; });
    }
    sendHistory(earlier);
    for (const ChatMessage &message : backlog)
        sendMessage(message);
}

void ClientConnection::sendHistory(const QList<ChatMessage> &history)
{
    if (history.isEmpty())
        return;
    if (m_mode == Mode::Salon) {
        for (const ChatMessage &message : history)
            sendFrame(ChatMessageFrame::encode(message));
        return;
    }
    sendTextLine(tr("*** The last %n message(s) said in the room:", nullptr, int(history.size())));
    for (const ChatMessage &message : history) {
        sendTextLine(QStringLiteral("[%1] %2: %3")
                         .arg(message.time.toLocalTime().toString(QStringLiteral("HH:mm")),
                              message.from, message.text));
    }
    sendTextLine(tr("*** End of the earlier messages."));
}

void ClientConnection::rename(const QString &nick)
{
    m_participant.nick = nick;
}

void ClientConnection::sendMessage(const ChatMessage &message)
{
    sendMessage(MessageWire(message));
}

void ClientConnection::sendMessage(const MessageWire &wire)
{
    if (!m_joined) {
        if (m_backlog.size() >= MaxBacklog)
            m_backlog.removeFirst();
        m_backlog.append(wire.message());
        return;
    }
    write(m_mode == Mode::Salon ? wire.salonLine() : wire.textLine());
}

ClientConnection::RoomEvent ClientConnection::joinedEvent(const QString &nick)
{
    return {Protocol::encode(
                QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Joined)},
                            {QStringLiteral("nick"), nick}}),
            textLine(tr("*** %1 joined the room").arg(nick))};
}

ClientConnection::RoomEvent ClientConnection::leftEvent(const QString &nick, const QString &reason)
{
    return {
        Protocol::encode(QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Left)},
                                     {QStringLiteral("nick"), nick},
                                     {QStringLiteral("reason"), reason}}),
        textLine(tr("*** %1 left the room (%2)").arg(nick, reason))};
}

ClientConnection::RoomEvent ClientConnection::renamedEvent(const QString &from, const QString &to)
{
    return {Protocol::encode(
                QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Renamed)},
                            {QStringLiteral("from"), from},
                            {QStringLiteral("to"), to}}),
            textLine(tr("*** %1 is now known as %2").arg(from, to))};
}

ClientConnection::RoomEvent ClientConnection::noticeEvent(const QString &text)
{
    return {Protocol::encode(
                QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Notice)},
                            {QStringLiteral("text"), text}}),
            textLine(tr("*** Server: %1").arg(text))};
}

void ClientConnection::sendEvent(const RoomEvent &event)
{
    if (m_joined)
        write(m_mode == Mode::Salon ? event.salonLine : event.textLine);
}

void ClientConnection::sendError(const QString &code, const QString &text)
{
    if (m_mode == Mode::Salon)
        sendFrame(QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Error)},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("text"), text}});
    else
        sendTextLine(tr("!!! %1").arg(text));
}

void ClientConnection::sendPeople(const QStringList &people)
{
    if (m_mode == Mode::Salon)
        sendFrame(QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Users)},
                              {QStringLiteral("users"), QJsonArray::fromStringList(people)}});
    else
        sendTextLine(tr("*** In the room (%1): %2")
                         .arg(people.size())
                         .arg(people.join(QStringLiteral(", "))));
}

void ClientConnection::sendNickRefused(const QString &nick, const QString &reason)
{
    if (m_mode == Mode::Salon)
        sendFrame(QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::NickRefused)},
                              {QStringLiteral("nick"), nick},
                              {QStringLiteral("reason"), reason}});
    else
        sendTextLine(tr("!!! %1").arg(reason));
}

void ClientConnection::closeWithGoodbye(const QString &text)
{
    if (m_closing)
        return;
    if (m_mode == Mode::Salon)
        sendFrame(QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Bye)},
                              {QStringLiteral("text"), text}});
    else
        sendTextLine(QStringLiteral("*** ") + text);
    m_closing = true;
    stopTimers();
    // Hand the goodbye to the OS now, so it leaves even if the program quits next.
    m_socket->flush();
    // Sends what is still queued, then closes; disconnected() follows.
    m_socket->disconnectFromHost();
}

void ClientConnection::abort()
{
    m_closing = true;
    stopTimers();
    m_socket->abort();
}

void ClientConnection::handleSocketError()
{
    if (!m_closeReason.isEmpty())
        return;
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        m_closeReason = tr("connection closed");
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        m_closeReason = tr("connection lost");
        break;
    default:
        m_closeReason = tr("connection lost: %1").arg(m_socket->errorString());
        break;
    }
    qCDebug(lcServer) << "peer" << m_participant.endpoint() << "error" << m_socket->errorString();
}

void ClientConnection::handleDisconnected()
{
    // What came just before the close still counts: `printf hi | nc` and the
    // tutorial's client, which sends "fin" and closes at once, both rely on it.
    if (!m_closing) {
        readIncoming();
        flushSilentChunk();
    }
    stopTimers();
    if (m_closeReason.isEmpty())
        m_closeReason = tr("connection closed");
    m_closing = true;
    emit closed();
}

void ClientConnection::write(const QByteArray &bytes)
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() + bytes.size() > m_limits.maxSendQueueBytes) {
        m_closeReason = tr("send queue exceeded: the client stopped reading");
        emit problem(tr("%1 stopped reading; disconnected.").arg(m_participant.endpoint()));
        abort();
        return;
    }
    m_socket->write(bytes);
    if (m_tap)
        m_tap->recordBytes(m_participant.id, m_participant.endpoint(), WireTap::Direction::Out,
                           bytes);
    // Qt hands a socket's queue to the OS 16 KiB per event-loop pass; under a
    // broadcast storm, a receiver's queue would wait passes behind everyone
    // else's. Past a threshold, write it now in one go.
    if (m_socket->bytesToWrite() >= FlushThresholdBytes)
        m_socket->flush();
}

void ClientConnection::sendFrame(const QJsonObject &frame)
{
    write(Protocol::encode(frame));
}

void ClientConnection::sendTextLine(const QString &text)
{
    write(textLine(text));
}

QByteArray ClientConnection::textLine(const QString &text)
{
    return text.toUtf8() + '\n';
}

void ClientConnection::stopTimers()
{
    m_silence.stop();
    m_identify.stop();
    m_handshake.stop();
    m_floodDelay.stop();
    m_heartbeat.stop();
}
