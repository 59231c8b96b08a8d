#include "client/serverlink.h"

#include "base/logging.h"
#include "base/protocol.h"
#include "client/connectionproblem.h"
#include "dialects/salonclientcodec.h"
#include "model/nickname.h"
#include "security/tlswirewatch.h"

ServerLink::ServerLink(QObject *parent)
    : QObject(parent)
    , m_frames(Protocol::MaxFrameBytes)
    , m_rawText(new RawTextReceiver(this))
    , m_reconnect(new ReconnectTimer(this))
{
    m_timeout.setSingleShot(true);
    m_socket.setReadBufferSize(4 * ReadChunkBytes);

    connect(&m_socket, &QTcpSocket::stateChanged, this, &ServerLink::handleSocketState);
    connect(&m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (m_tap)
            m_tap->recordState(m_connectionCount, peerText(), state);
    });
    connect(&m_socket, &QTcpSocket::connected, this, &ServerLink::handleConnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &ServerLink::handleSocketError);
    connect(&m_socket, &QTcpSocket::readyRead, this, &ServerLink::readIncoming);
    connect(&m_socket, &QSslSocket::encrypted, this, &ServerLink::checkServerIdentity);
    connect(&m_timeout, &QTimer::timeout, this, &ServerLink::handleTimeout);
    connect(m_rawText, &RawTextReceiver::textReceived, this, &ServerLink::rawTextReceived);
    connect(m_rawText, &RawTextReceiver::lineTooLong, this, &ServerLink::rawLineTooLong);

    connect(m_reconnect, &ReconnectTimer::due, this, &ServerLink::reconnectNow);
    connect(m_reconnect, &ReconnectTimer::countdown, this, &ServerLink::reconnectCountdown);
    connect(&m_heartbeatTick, &QTimer::timeout, this, &ServerLink::checkHeartbeat);
}

ServerLink::~ServerLink()
{
    // The socket member outlives the timers it would touch while closing.
    disconnect(&m_socket, nullptr, this, nullptr);
}

void ServerLink::connectToServer(const QString &host, quint16 port, const QString &nick)
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_closingOnPurpose = true;
        m_socket.abort();
    }
    // A token proves one name on one server.
    if (host.trimmed() != m_host || port != m_port ||
        Nickname::key(nick.trimmed()) != Nickname::key(m_nick))
        m_token.clear();
    m_host = host.trimmed();
    m_port = port;
    m_nick = nick.trimmed();
    m_greeting.clear();
    m_frames = FrameDecoder(Protocol::MaxFrameBytes);
    m_rawText->reset();
    m_tlsStarted = false;
    m_encrypted = false;
    m_closingOnPurpose = false;
    m_serverSaidBye = false;
    m_kicked = false;
    m_heartbeatTick.stop();
    if (!m_reconnecting) {
        m_reconnect->stop();
        m_reconnect->reset();
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

void ServerLink::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerLink::send(const ChatCommand &command)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        write(SalonClientCodec::encode(command));
}

void ServerLink::sendRaw(const QByteArray &bytes)
{
    write(bytes);
}

void ServerLink::handleEvent(const ChatEvent &event)
{
    switch (event.kind) {
    case ChatEvent::Kind::Welcome:
        m_timeout.stop();
        m_nick = event.nick.isEmpty() ? m_nick : event.nick;
        m_token = event.token;
        m_reconnecting = false;
        m_reconnect->reset();
        m_heartbeat.heard();
        m_heartbeatTick.start(m_heartbeat.checkEveryMs());
        setState(State::Connected);
        break;
    case ChatEvent::Kind::Error:
        if (event.error.code == ErrorCode::Kicked || event.error.code == ErrorCode::Banned)
            m_kicked = true; // removed by the server's owner: no coming back by itself
        if ((event.error.code == ErrorCode::CodeRequired ||
             event.error.code == ErrorCode::WrongCode || event.error.code == ErrorCode::CodeWait) &&
            m_state == State::Joining) {
            // Trying again by itself would only guess: the person types the code.
            m_reconnecting = false;
            m_reconnect->stop();
            m_reconnect->reset();
            if (event.error.code == ErrorCode::CodeRequired) {
                // Not an error: a question. The window asks for the code.
                m_closingOnPurpose = true;
                m_socket.abort(); // says it is disconnected, once
                if (m_state != State::Disconnected) {
                    setState(State::Disconnected);
                    emit disconnected(false);
                }
            } else {
                fail(tr("The server turned us away: %1").arg(event.text));
            }
            if (event.error.code != ErrorCode::CodeWait)
                emit roomCodeNeeded(event.error.code == ErrorCode::WrongCode);
            return;
        }
        if ((event.error.code == ErrorCode::RoomFull ||
             event.error.code == ErrorCode::RoomLocked) &&
            m_state == State::Joining) {
            fail(tr("The server turned us away: %1").arg(event.text));
            return;
        }
        break;
    case ChatEvent::Kind::NickRefused:
        if (m_state == State::Joining) {
            if (m_reconnecting && !m_token.isEmpty()) {
                // Our token did not get it back: someone has it now. Trying
                // again would loop for ever; the person chooses.
                m_token.clear();
                m_reconnecting = false;
                m_reconnect->reset();
                fail(tr("While you were away, your nickname \"%1\" was taken: %2 Choose "
                        "another one and connect again.")
                         .arg(event.nick, event.reason));
                emit nameLost(event.nick, event.reason); // once disconnected
                return;
            }
            fail(tr("The nickname \"%1\" can't be used: %2").arg(event.nick, event.reason));
            return;
        }
        break;
    case ChatEvent::Kind::Ping: {
        ChatCommand pong = ChatCommand::of(ChatCommand::Kind::Pong);
        pong.pingId = event.pingId;
        send(pong);
        return;
    }
    case ChatEvent::Kind::Goodbye:
        m_serverSaidBye = true;
        break;
    default:
        break;
    }
    emit eventReceived(event);
}

void ServerLink::disconnectFromServer()
{
    m_closingOnPurpose = true;
    m_timeout.stop();
    m_heartbeatTick.stop();
    m_reconnect->stop();
    const bool wasWaiting = m_state == State::Reconnecting;
    m_reconnecting = false;
    if (wasWaiting) {
        setState(State::Disconnected);
        emit disconnected(false);
        return;
    }
    if (m_state == State::Connected || m_state == State::Joining) {
        send(ChatCommand::of(ChatCommand::Kind::Leave));
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

void ServerLink::scheduleReconnect()
{
    m_reconnecting = true;
    m_heartbeatTick.stop();
    m_reconnect->schedule();
    setState(State::Reconnecting);
    emit reconnectCountdown(reconnectSecondsLeft());
}

void ServerLink::reconnectNow()
{
    if (m_state != State::Reconnecting)
        return;
    m_reconnect->stop();
    emit reconnectCountdown(0);
    connectToServer(m_host, m_port, m_nick);
}

void ServerLink::checkHeartbeat()
{
    if (m_state != State::Connected)
        return;
    switch (m_heartbeat.step()) {
    case Heartbeat::Step::Wait:
        break;
    case Heartbeat::Step::Ping:
        send(ChatCommand::of(ChatCommand::Kind::Ping));
        break;
    case Heartbeat::Step::GiveUp:
        // A half-open connection: nothing arrives and nothing says so.
        emit errorOccurred(tr("The server stopped answering (nothing for %1 s): the connection "
                              "is lost.")
                               .arg(m_heartbeat.silentMs() / 1000));
        m_socket.abort();
        break;
    }
}

void ServerLink::handleSocketState(QAbstractSocket::SocketState socketState)
{
    switch (socketState) {
    case QAbstractSocket::HostLookupState:
        setState(State::LookingUp);
        break;
    case QAbstractSocket::ConnectingState:
        m_opening.start();
        setState(State::Connecting);
        break;
    case QAbstractSocket::UnconnectedState:
        handleDisconnected();
        break;
    default:
        break;
    }
}

void ServerLink::handleConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A new connection, counted from its first byte.
    delete TlsWireWatch::of(&m_socket);
    TlsWireWatch::attach(&m_socket, m_tap, m_connectionCount, peerText());
    m_roundTrip =
        RoundTrip::of(m_socket.socketDescriptor(), m_opening.isValid() ? m_opening.elapsed() : 0);
    qCDebug(lcClient) << "round trip" << m_roundTrip.rttMs << "ms, resend after"
                      << m_roundTrip.rtoMs << "ms";
    setState(State::WaitingForBanner);
    m_timeout.start(answerWaitMs());
}

void ServerLink::handleTimeout()
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
        if (m_encrypted)
            fail(tr("The server finished the TLS handshake but did not greet us within %1 s.")
                     .arg(qRound(greetingInsideTlsWaitMs() / 100.0) / 10.0));
        else if (m_tlsStarted)
            fail(tr("The server did not finish the TLS handshake within %1 s.")
                     .arg(qRound(tlsWaitMs() / 100.0) / 10.0));
        else
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

void ServerLink::fail(const QString &text)
{
    if (m_reconnecting) {
        // A try that did not work (the old nickname still held, say): the
        // countdown says it, and the next try comes.
        qCDebug(lcClient) << "reconnection failed:" << text;
        emit reconnectTryFailed(text);
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

void ServerLink::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_closingOnPurpose)
        return;
    if (m_reconnecting) {
        // A try to come back: Qt may say the socket closed before it says
        // why, so the link can already be waiting for the next try. The loss
        // was said once; a failed try only updates the status line.
        qCDebug(lcClient) << "reconnection try failed:" << m_socket.errorString();
        emit reconnectTryFailed(
            ConnectionProblem::describe(error, m_host, m_port, m_socket.errorString()));
        return;
    }
    qCDebug(lcClient) << "socket error" << error << m_socket.errorString();
    if (error == QAbstractSocket::RemoteHostClosedError && m_serverSaidBye)
        return;
    emit errorOccurred(ConnectionProblem::describe(error, m_host, m_port, m_socket.errorString()));
}

void ServerLink::handleDisconnected()
{
    m_timeout.stop();
    if (m_state == State::RawText)
        m_rawText->flush();
    m_rawText->reset();
    m_heartbeatTick.stop();
    if (m_state == State::Disconnected || m_state == State::Reconnecting)
        return;
    // A connection that never opened was not lost: its error says what happened.
    const bool wasOpen = m_state != State::LookingUp && m_state != State::Connecting;
    // Removed by the teacher: said by the server, not lost.
    const bool unexpected = wasOpen && !m_closingOnPurpose && !m_kicked;
    const bool wasInRoom = m_state == State::Connected;
    emit connectionEnded();
    if (m_reconnecting && !m_closingOnPurpose) {
        scheduleReconnect(); // this try failed too
        return;
    }
    if (!wasOpen && !m_closingOnPurpose) {
        // Qt says why (refused, no route…) right after this: the person
        // reads that first, then that they are disconnected.
        QTimer::singleShot(0, this, [this, attempt = m_connectionCount] {
            if (attempt != m_connectionCount || m_state == State::Disconnected)
                return;
            m_reconnecting = false;
            setState(State::Disconnected);
            emit disconnected(false);
        });
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

void ServerLink::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    if (m_tap)
        m_tap->recordBytes(m_connectionCount, peerText(), WireTap::Direction::Out, bytes,
                           tapLayer());
}

void ServerLink::setWireTap(WireTap *tap)
{
    m_tap = tap;
    TlsWireWatch::attach(&m_socket, tap, m_connectionCount, peerText());
}

WireTap::Layer ServerLink::tapLayer() const
{
    return m_socket.isEncrypted() ? WireTap::Layer::Decrypted : WireTap::Layer::Clear;
}

QString ServerLink::peerText() const
{
    return m_host + QLatin1Char(':') + QString::number(m_port);
}
