#include "client/chatclient.h"

#include "base/logging.h"
#include "base/protocol.h"
#include "base/textcodec.h"
#include "base/wiretap.h"

#include <QJsonArray>

namespace {
constexpr qint64 ReadChunkBytes = 64 * 1024;
// A greeting longer than this without a newline is no Salon banner.
constexpr qsizetype MaxGreetingBytes = 4 * 1024;

QJsonObject frameOf(const char *type)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}};
}
} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent), m_frames(Protocol::MaxFrameBytes), m_rawLines(Protocol::MaxTextLineBytes)
{
    m_timeout.setSingleShot(true);
    m_silence.setSingleShot(true);
    m_silence.setInterval(100);
    m_socket.setReadBufferSize(4 * ReadChunkBytes);

    connect(&m_socket, &QTcpSocket::stateChanged, this, &ChatClient::handleSocketState);
    connect(&m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (m_tap)
            m_tap->recordState(m_connectionCount, peerText(), state);
    });
    connect(&m_socket, &QTcpSocket::connected, this, &ChatClient::handleConnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &ChatClient::handleSocketError);
    connect(&m_socket, &QTcpSocket::readyRead, this, &ChatClient::readIncoming);
    connect(&m_timeout, &QTimer::timeout, this, &ChatClient::handleTimeout);
    connect(&m_silence, &QTimer::timeout, this, &ChatClient::flushRawText);

    m_reconnect.setSingleShot(true);
    m_countdownTick.setInterval(1000);
    connect(&m_reconnect, &QTimer::timeout, this, &ChatClient::reconnectNow);
    connect(&m_countdownTick, &QTimer::timeout, this,
            [this] { emit reconnectCountdown(reconnectSecondsLeft()); });
    connect(&m_heartbeat, &QTimer::timeout, this, &ChatClient::checkHeartbeat);
}

ChatClient::~ChatClient()
{
    // The socket member outlives the timers it would touch while closing.
    disconnect(&m_socket, nullptr, this, nullptr);
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

void ChatClient::connectToServer(const QString &host, quint16 port, const QString &nick)
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_closingOnPurpose = true;
        m_socket.abort();
    }
    m_host = host.trimmed();
    m_port = port;
    m_nick = nick.trimmed();
    m_people.clear();
    m_greeting.clear();
    m_frames = FrameDecoder(Protocol::MaxFrameBytes);
    m_rawLines = LineSplitter(Protocol::MaxTextLineBytes);
    m_closingOnPurpose = false;
    m_serverSaidBye = false;
    m_kicked = false;
    m_heartbeat.stop();
    if (!m_reconnecting) {
        m_reconnect.stop();
        m_countdownTick.stop();
        m_reconnectTries = 0;
    }

    ++m_connectionCount;
    setState(State::LookingUp);
    m_timeout.start(m_connectTimeoutMs);
    // Brackets are how people write IPv6 addresses next to a port.
    QString address = m_host;
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    m_socket.connectToHost(address, port);
}

void ChatClient::disconnectFromServer()
{
    m_closingOnPurpose = true;
    m_timeout.stop();
    m_heartbeat.stop();
    m_reconnect.stop();
    m_countdownTick.stop();
    const bool wasWaiting = m_state == State::Reconnecting;
    m_reconnecting = false;
    if (wasWaiting) {
        setState(State::Disconnected);
        emit disconnected(false);
        return;
    }
    if (m_state == State::Connected || m_state == State::Joining) {
        sendFrame(frameOf(Protocol::Type::Bye));
        m_socket.flush(); // leaves now, even if the program quits next
    }
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.disconnectFromHost();
    else
        m_socket.abort();
    if (m_socket.state() == QAbstractSocket::UnconnectedState && m_state != State::Disconnected) {
        setState(State::Disconnected);
        emit disconnected(false);
    }
}

void ChatClient::sendMessage(const QString &text)
{
    if (m_state == State::RawText) {
        QByteArray bytes = text.toUtf8();
        if (m_lineEnding == LineEnding::LF)
            bytes.append('\n');
        else if (m_lineEnding == LineEnding::CRLF)
            bytes.append("\r\n");
        write(bytes);
        return;
    }
    if (m_state != State::Connected || text.trimmed().isEmpty())
        return;
    if (text.size() > Protocol::MaxMessageChars) {
        emit serverError(tr("Your message has %1 characters; the most is %2. It was not sent.")
                             .arg(text.size())
                             .arg(Protocol::MaxMessageChars));
        return;
    }
    QJsonObject frame = frameOf(Protocol::Type::Say);
    frame.insert(QStringLiteral("text"), text);
    sendFrame(frame);
}

void ChatClient::sendPrivateMessage(const QString &to, const QString &text)
{
    if (m_state != State::Connected || text.trimmed().isEmpty())
        return;
    QJsonObject frame = frameOf(Protocol::Type::PrivateSend);
    frame.insert(QStringLiteral("to"), to);
    frame.insert(QStringLiteral("text"), text);
    sendFrame(frame);
}

void ChatClient::changeNick(const QString &nick)
{
    if (m_state != State::Connected)
        return;
    QJsonObject frame = frameOf(Protocol::Type::Nick);
    frame.insert(QStringLiteral("nick"), nick.trimmed());
    sendFrame(frame);
}

void ChatClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ChatClient::scheduleReconnect()
{
    m_reconnecting = true;
    m_heartbeat.stop();
    // 1, 2, 4, 8… seconds, up to the most.
    const int doublings = qMin(m_reconnectTries, 16);
    m_reconnectDelayMs =
        int(qMin<qint64>(qint64(m_reconnectFirstMs) << doublings, m_reconnectMaxMs));
    ++m_reconnectTries;
    m_reconnectClock.start();
    m_reconnect.start(m_reconnectDelayMs);
    m_countdownTick.start();
    setState(State::Reconnecting);
    emit reconnectCountdown(reconnectSecondsLeft());
}

int ChatClient::reconnectSecondsLeft() const
{
    if (m_state != State::Reconnecting)
        return 0;
    const qint64 left = m_reconnectDelayMs - m_reconnectClock.elapsed();
    return int(qMax<qint64>(0, (left + 999) / 1000));
}

void ChatClient::reconnectNow()
{
    if (m_state != State::Reconnecting)
        return;
    m_reconnect.stop();
    m_countdownTick.stop();
    emit reconnectCountdown(0);
    connectToServer(m_host, m_port, m_nick);
}

void ChatClient::checkHeartbeat()
{
    if (m_state != State::Connected)
        return;
    const qint64 silentMs = m_lastHeard.elapsed();
    if (silentMs >= m_heartbeatTimeoutMs) {
        // A half-open connection: nothing arrives and nothing says so.
        emit errorOccurred(tr("The server stopped answering (nothing for %1 s): the connection "
                              "is lost.")
                               .arg(silentMs / 1000));
        m_socket.abort();
    } else if (silentMs >= m_heartbeatIntervalMs && !m_pinged) {
        m_pinged = true;
        sendFrame(frameOf(Protocol::Type::Ping));
    }
}

void ChatClient::handleSocketState(QAbstractSocket::SocketState socketState)
{
    switch (socketState) {
    case QAbstractSocket::HostLookupState:
        setState(State::LookingUp);
        break;
    case QAbstractSocket::ConnectingState:
        setState(State::Connecting);
        break;
    case QAbstractSocket::UnconnectedState:
        handleDisconnected();
        break;
    default:
        break;
    }
}

void ChatClient::handleConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    setState(State::WaitingForBanner);
    m_timeout.start(m_bannerTimeoutMs);
}

void ChatClient::handleTimeout()
{
    switch (m_state) {
    case State::LookingUp:
    case State::Connecting:
        fail(tr("No answer from %1 after %2 s: is a firewall blocking port %3?")
                 .arg(m_host)
                 .arg(m_connectTimeoutMs / 1000.0)
                 .arg(m_port));
        break;
    case State::WaitingForBanner:
        enterRawMode();
        break;
    case State::Joining:
        fail(tr("The server greeted us but did not let us in: it may be another version of "
                "Salon."));
        break;
    default:
        break;
    }
}

void ChatClient::fail(const QString &text)
{
    if (m_reconnecting) {
        // A try that did not work (the old nickname still held, say): the
        // countdown says it, and the next try comes.
        qCDebug(lcClient) << "reconnection failed:" << text;
        m_closingOnPurpose = true;
        m_socket.abort();
        scheduleReconnect();
        return;
    }
    emit errorOccurred(text);
    m_closingOnPurpose = true; // the error is said; the disconnection adds nothing
    m_socket.abort();
    if (m_state != State::Disconnected) {
        setState(State::Disconnected);
        emit disconnected(false);
    }
}

void ChatClient::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_closingOnPurpose)
        return;
    if (m_reconnecting && (m_state == State::LookingUp || m_state == State::Connecting)) {
        qCDebug(lcClient) << "reconnection try failed:" << m_socket.errorString();
        return; // the countdown goes on; no new error strip each try
    }
    qCDebug(lcClient) << "socket error" << error << m_socket.errorString();
    QString text;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        text = tr("Connection refused by %1 on port %2: is the server started, is the port "
                  "right?")
                   .arg(m_host)
                   .arg(m_port);
        break;
    case QAbstractSocket::HostNotFoundError:
        text =
            tr("Host not found: \"%1\". Check the name or type the server's address.").arg(m_host);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_serverSaidBye)
            return;
        text = tr("The server closed the connection.");
        break;
    case QAbstractSocket::NetworkError:
        text = tr("The network is unreachable or the connection was lost: %1")
                   .arg(m_socket.errorString());
        break;
    case QAbstractSocket::SocketTimeoutError:
        text =
            tr("No answer from %1 on port %2: is a firewall blocking it?").arg(m_host).arg(m_port);
        break;
    default:
        text = tr("Connection error: %1").arg(m_socket.errorString());
        break;
    }
    emit errorOccurred(text);
}

void ChatClient::handleDisconnected()
{
    m_timeout.stop();
    if (m_state == State::RawText && m_rawLines.hasPartial())
        flushRawText();
    m_silence.stop();
    m_heartbeat.stop();
    if (m_state == State::Disconnected || m_state == State::Reconnecting)
        return;
    // A connection that never opened was not lost: its error says what happened.
    const bool wasOpen = m_state != State::LookingUp && m_state != State::Connecting;
    const bool unexpected = wasOpen && !m_closingOnPurpose;
    const bool wasInRoom = m_state == State::Connected;
    m_people.clear();
    emit peopleChanged(m_people);
    if (m_reconnecting && !m_closingOnPurpose) {
        scheduleReconnect(); // this try failed too
        return;
    }
    if (unexpected && wasInRoom && m_autoReconnect && !m_kicked) {
        emit disconnected(true);
        scheduleReconnect();
        return;
    }
    m_reconnecting = false;
    setState(State::Disconnected);
    emit disconnected(unexpected);
}

void ChatClient::readIncoming()
{
    if (m_socket.bytesAvailable() > 0) {
        m_lastHeard.restart();
        m_pinged = false;
    }
    while (m_socket.bytesAvailable() > 0) {
        const QByteArray bytes = m_socket.read(ReadChunkBytes);
        if (m_tap)
            m_tap->recordBytes(m_connectionCount, peerText(), WireTap::Direction::In, bytes);
        switch (m_state) {
        case State::WaitingForBanner:
            readGreeting(bytes);
            break;
        case State::Joining:
        case State::Connected:
            readFrames(bytes);
            break;
        case State::RawText:
            readRawText(bytes);
            break;
        default:
            break;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
}

void ChatClient::readGreeting(const QByteArray &bytes)
{
    m_greeting.append(bytes);
    const QByteArray prefix(Protocol::BannerPrefix);
    const qsizetype newline = m_greeting.indexOf('\n');
    const qsizetype known = qMin(m_greeting.size(), prefix.size());
    const bool mayBeBanner = m_greeting.left(known) == prefix.left(known);
    if (!mayBeBanner || (newline < 0 && m_greeting.size() > MaxGreetingBytes)) {
        enterRawMode();
        return;
    }
    if (newline < 0)
        return; // the rest of the banner is on its way
    if (m_greeting.startsWith(Protocol::RefusalPrefix)) {
        const QString reason = TextCodec::withoutControls(TextCodec::decode(
            m_greeting.mid(qsizetype(sizeof(Protocol::RefusalPrefix) - 1),
                           newline - qsizetype(sizeof(Protocol::RefusalPrefix) - 1))));
        fail(tr("The server turned us away: %1").arg(reason.trimmed()));
        return;
    }
    m_timeout.start(m_bannerTimeoutMs);
    const QByteArray rest = m_greeting.mid(newline + 1);
    m_greeting.clear();
    setState(State::Joining);
    QJsonObject hello = frameOf(Protocol::Type::Hello);
    hello.insert(QStringLiteral("version"), Protocol::Version);
    hello.insert(QStringLiteral("nick"), m_nick);
    hello.insert(QStringLiteral("client"), QStringLiteral("Salon " SALON_VERSION));
    sendFrame(hello);
    if (!rest.isEmpty())
        readFrames(rest);
}

void ChatClient::enterRawMode()
{
    m_timeout.stop();
    setState(State::RawText);
    emit foreignServerDetected();
    const QByteArray greeting = std::exchange(m_greeting, {});
    if (!greeting.isEmpty())
        readRawText(greeting);
}

void ChatClient::readFrames(const QByteArray &bytes)
{
    const QList<FrameDecoder::Item> items = m_frames.feed(bytes);
    for (const FrameDecoder::Item &item : items) {
        switch (item.kind) {
        case FrameDecoder::Item::Kind::Frame:
            handleFrame(item.frame);
            break;
        case FrameDecoder::Item::Kind::Malformed:
            qCWarning(lcClient) << "malformed frame from server:" << item.line.left(200);
            break;
        case FrameDecoder::Item::Kind::Oversize:
            fail(tr("The server sent a frame over %1 KiB; the connection was closed.")
                     .arg(Protocol::MaxFrameBytes / 1024));
            return;
        }
        if (m_state != State::Joining && m_state != State::Connected)
            return;
    }
}

void ChatClient::handleFrame(const QJsonObject &frame)
{
    const QString type = Protocol::typeOf(frame);
    const auto isType = [&type](const char *name) {
        return type == QLatin1String(name);
    };
    const auto field = [&frame](const char *key) {
        return TextCodec::withoutControls(Protocol::stringField(frame, key).value_or(QString()));
    };

    if (isType(Protocol::Type::Message) || isType(Protocol::Type::Private)) {
        if (auto message = ChatMessageFrame::decode(frame)) {
            message->from = TextCodec::withoutControls(message->from);
            message->to = TextCodec::withoutControls(message->to);
            message->text = TextCodec::withoutControls(message->text);
            emit messageReceived(*message);
        }
    } else if (isType(Protocol::Type::Welcome)) {
        m_timeout.stop();
        if (!field("nick").isEmpty())
            m_nick = field("nick");
        m_reconnecting = false;
        m_reconnectTries = 0;
        m_lastHeard.start();
        m_pinged = false;
        m_heartbeat.start(qMax(1, m_heartbeatIntervalMs / 3));
        setState(State::Connected);
        emit joined(m_nick);
    } else if (isType(Protocol::Type::Users)) {
        m_people.clear();
        const QJsonArray users = frame.value(QLatin1String("users")).toArray();
        for (const QJsonValue &user : users) {
            if (user.isString())
                m_people.append(TextCodec::withoutControls(user.toString()));
        }
        emit peopleChanged(m_people);
    } else if (isType(Protocol::Type::Joined)) {
        const QString nick = field("nick");
        if (!m_people.contains(nick))
            m_people.append(nick);
        emit personJoined(nick);
        emit peopleChanged(m_people);
    } else if (isType(Protocol::Type::Left)) {
        const QString nick = field("nick");
        m_people.removeAll(nick);
        emit personLeft(nick, field("reason"));
        emit peopleChanged(m_people);
    } else if (isType(Protocol::Type::Renamed)) {
        const QString from = field("from");
        const QString to = field("to");
        const qsizetype index = m_people.indexOf(from);
        if (index >= 0)
            m_people[index] = to;
        if (from == m_nick)
            m_nick = to;
        emit personRenamed(from, to);
        emit peopleChanged(m_people);
    } else if (isType(Protocol::Type::Notice)) {
        emit noticeReceived(field("text"));
    } else if (isType(Protocol::Type::Error)) {
        if (field("code") == QLatin1String("kicked"))
            m_kicked = true; // removed by the server's owner: no coming back by itself
        emit serverError(field("text"));
    } else if (isType(Protocol::Type::NickRefused)) {
        if (m_state == State::Joining)
            fail(tr("The nickname \"%1\" can't be used: %2").arg(field("nick"), field("reason")));
        else
            emit nickRefused(field("nick"), field("reason"));
    } else if (isType(Protocol::Type::Ping)) {
        QJsonObject pong = frameOf(Protocol::Type::Pong);
        if (frame.contains(QLatin1String("id")))
            pong.insert(QStringLiteral("id"), frame.value(QLatin1String("id")));
        sendFrame(pong);
    } else if (isType(Protocol::Type::Bye)) {
        m_serverSaidBye = true;
        if (!field("text").isEmpty())
            emit noticeReceived(field("text"));
    }
}

void ChatClient::readRawText(const QByteArray &bytes)
{
    m_rawLines.append(bytes);
    if (m_rawLines.takeOverflows() > 0)
        emit serverError(tr("The server sent a line over %1 KiB; it was not shown.")
                             .arg(Protocol::MaxTextLineBytes / 1024));
    while (m_rawLines.hasLine())
        emit rawTextReceived(TextCodec::withoutControls(TextCodec::decode(m_rawLines.takeLine())));
    if (m_rawLines.hasPartial())
        m_silence.start();
}

void ChatClient::flushRawText()
{
    if (m_rawLines.hasPartial())
        emit rawTextReceived(
            TextCodec::withoutControls(TextCodec::decode(m_rawLines.takePartial())));
}

void ChatClient::sendFrame(const QJsonObject &frame)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        write(Protocol::encode(frame));
}

void ChatClient::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    if (m_tap)
        m_tap->recordBytes(m_connectionCount, peerText(), WireTap::Direction::Out, bytes);
}

QString ChatClient::peerText() const
{
    return m_host + QLatin1Char(':') + QString::number(m_port);
}
