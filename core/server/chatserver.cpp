#include "server/chatserver.h"

#include "base/logging.h"
#include "base/protocol.h"
#include "dialects/greeting.h"
#include "model/chatcommand.h"
#include "server/peekingsocket.h"
#include "server/peersession.h"
#include "server/plaintcptransport.h"
#include "server/tcptransport.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

namespace {
// A whole class clicking Connect at once must not overflow the queue of
// connections waiting to be accepted (Qt's default holds 50): the ones
// dropped would wait seconds for the kernel to retry.
constexpr int ListenBacklog = 1024;
} // namespace

ChatServer::ChatServer(QObject *parent) : QObject(parent), m_room(RoomId::main())
{
    m_webSockets =
        new QWebSocketServer(QStringLiteral("Salon"), QWebSocketServer::NonSecureMode, this);
    // The HTTP side has checked each upgrade's origin (HttpExchange) and
    // knows whether it runs inside TLS: QtWebSockets only speaks WebSocket.
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &ChatServer::takeWebSockets);
    m_room.setHostName(tr("Teacher"));
    connectFiles();
    m_turnedAwaySummary.setInterval(5000);
    m_turnedAwaySummary.setSingleShot(true);
    connect(&m_turnedAwaySummary, &QTimer::timeout, this, [this] {
        if (m_turnedAwayUnreported == 0)
            return;
        emit problem(tr("Refused %n more connection(s) in the last 5 s (the last: %1)", nullptr,
                        std::exchange(m_turnedAwayUnreported, 0))
                         .arg(m_lastTurnedAwayReason));
        m_turnedAwaySummary.start();
    });
    // What the lesson is made of is kept on disk soon after it changes.
    m_lessonSave.setSingleShot(true);
    m_lessonSave.setInterval(50);
    connect(&m_lessonSave, &QTimer::timeout, this, &ChatServer::saveLesson);
    connect(this, &ChatServer::lockedChanged, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::moderationChanged, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::bansChanged, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::roomCodeChanged, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::handsChanged, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::mutedChanged, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::clientJoined, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::clientLeft, this, &ChatServer::saveLessonSoon);
    connect(this, &ChatServer::clientRenamed, this, &ChatServer::saveLessonSoon);
    connect(&m_listener, &Listener::accepted, this, &ChatServer::accept);
    connect(&m_listener, &QTcpServer::acceptError, this, &ChatServer::handleAcceptError);
    setLimits(m_limits);
}

ChatServer::~ChatServer()
{
    // The sessions are children; make sure none reports into a half-destroyed server.
    for (PeerSession *session : std::as_const(m_sessions))
        disconnect(session, nullptr, this, nullptr);
    for (Handshake *handshake : std::as_const(m_handshakes))
        disconnect(handshake, nullptr, this, nullptr);
}

void ChatServer::setLimits(const ServerLimits &limits)
{
    m_limits = limits;
    m_admission.setLimits(limits);
    m_room.setMaxMessageChars(limits.maxMessageChars);
    // What people still coming in missed waits for them like a send queue.
    m_room.setMaxBacklogBytes(limits.maxSendQueueBytes);
    m_room.setNameHoldMs(limits.nameHoldMs);
}

void ChatServer::handleAcceptError(QAbstractSocket::SocketError error)
{
    // Out of file descriptors: QTcpServer pauses accepting. Try again a
    // little later instead of staying deaf for good.
    emit problem(tr("A connection could not be accepted (%1); trying again in a second.")
                     .arg(m_listener.errorString()));
    qCWarning(lcServer) << "accept error" << error << m_listener.errorString();
    QTimer::singleShot(1000, this, [this] {
        if (m_listener.isListening())
            m_listener.resumeAccepting();
    });
}

bool ChatServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_listener.isListening())
        return true;
    m_listener.setListenBacklogSize(ListenBacklog);
    m_portWasInUse = false;
    if (!m_listener.listen(address, port)) {
        m_portWasInUse = m_listener.serverError() == QAbstractSocket::AddressInUseError;
        switch (m_listener.serverError()) {
        case QAbstractSocket::AddressInUseError:
            m_errorString = tr("Port %1 is already in use — choose another or close the other "
                               "server.")
                                .arg(port);
            break;
        case QAbstractSocket::SocketAccessError:
            m_errorString = tr("Port %1 needs administrator rights — choose a port from 1024 "
                               "to 65535.")
                                .arg(port);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            m_errorString =
                tr("The address %1 does not belong to this computer.").arg(address.toString());
            break;
        default:
            m_errorString =
                tr("Could not listen on port %1: %2").arg(port).arg(m_listener.errorString());
            break;
        }
        qCDebug(lcServer) << "listen failed:" << m_listener.errorString();
        return false;
    }
    m_errorString.clear();
    openHistory();
    loadLesson();
    emit started(m_listener.serverPort());
    return true;
}

void ChatServer::stop()
{
    if (!m_listener.isListening() && m_sessions.isEmpty() && m_handshakes.isEmpty() &&
        m_exchanges.isEmpty() && m_upgrades.isEmpty() && m_transfers.isEmpty())
        return;
    // What changed in the last moments is kept (the lesson file is named
    // after the port the listener still has).
    if (m_lessonSave.isActive()) {
        m_lessonSave.stop();
        saveLesson();
    }
    m_listener.stop();
    for (Handshake *handshake : std::exchange(m_handshakes, {})) {
        disconnect(handshake, nullptr, this, nullptr);
        handshake->close();
        handshake->deleteLater();
    }
    stopWeb();
    stopTransfers();
    const QString reason = tr("the server stopped");
    for (PeerSession *session : std::exchange(m_sessions, {})) {
        const bool joined = m_room.remove(session, reason);
        release(session->id());
        session->closeWithGoodbye(tr("The server is stopping. Goodbye!"));
        if (joined)
            emit clientLeft(session->participant(), reason);
    }
    m_room.closeHistory();
    emit stopped();
}

quint16 ChatServer::nextFreePort(quint16 port, const QHostAddress &address)
{
    for (int candidate = port + 1; candidate <= qMin(65535, port + 100); ++candidate) {
        QTcpServer probe;
        if (probe.listen(address, quint16(candidate)))
            return quint16(candidate);
    }
    return 0;
}

QString ChatServer::historyFile() const
{
    return m_room.history().isOpen() ? m_room.history().path() : QString();
}

void ChatServer::setWireTap(WireTap *tap)
{
    m_tap = tap;
    for (Handshake *handshake : std::as_const(m_handshakes))
        handshake->setWireTap(tap);
    for (PeerSession *session : std::as_const(m_sessions))
        session->setWireTap(tap);
}

void ChatServer::openHistory()
{
    if (m_historyFolder.isEmpty())
        return;
    const QString path =
        m_historyFolder + QStringLiteral("/history-%1.jsonl").arg(m_listener.serverPort());
    if (!m_room.openHistory(path))
        emit problem(m_room.history().errorString());
}

QList<Participant> ChatServer::participants() const
{
    QList<Participant> people;
    for (const PeerSession *member : m_room.members())
        people.append(member->participant());
    return people;
}

void ChatServer::accept(PeekingSocket *socket)
{
    const quint64 id = m_nextConnectionId++;
    if (m_bans.isBanned(socket->peerAddress())) {
        refuse(socket, ChatError{ErrorCode::Banned, {}}.text());
        return;
    }
    if (const qint64 wait = m_codeGate.waitMs(socket->peerAddress()); wait > 0) {
        refuse(socket,
               ChatError{ErrorCode::CodeWait, {QString::number((wait + 59999) / 60000)}}.text());
        return;
    }
    if (const QString refusal = m_admission.admit(id, socket->peerAddress()); !refusal.isEmpty()) {
        refuse(socket, refusal);
        return;
    }
    auto *handshake = new Handshake(socket, id, m_limits, m_timing, this);
    if (m_tls)
        handshake->offerTls(*m_tls);
    m_handshakes.append(handshake);
    m_room.expect(id);
    const QHostAddress address = socket->peerAddress();
    qCDebug(lcServer) << "connection from" << Participant::endpointOf(address, socket->peerPort());
    handshake->setWireTap(m_tap);
    connect(handshake, &Handshake::identified, this,
            [this, handshake, id] { startSession(handshake, id); });
    const QString endpoint = Participant::endpointOf(address, socket->peerPort());
    connect(handshake, &Handshake::abandoned, this,
            [this, handshake, id, endpoint](const QString &reason) {
                if (!reason.isEmpty())
                    reportTurnedAway(endpoint, reason);
                m_handshakes.removeOne(handshake);
                release(id);
                handshake->deleteLater();
            });
    handshake->start();
    emit occupancyChanged();
}

void ChatServer::refuse(PeekingSocket *socket, const QString &reason)
{
    // One line both kinds of peer understand, then the door closes.
    socket->write(Greeting::refusal(reason));
    reportTurnedAway(Participant::endpointOf(socket->peerAddress(), socket->peerPort()), reason);
    socket->close();
    socket->deleteLater();
}

void ChatServer::startSession(Handshake *handshake, quint64 id)
{
    m_handshakes.removeOne(handshake);
    handshake->deleteLater();
    if (handshake->speaksHttp()) {
        startHttp(handshake, id);
        return;
    }
    // The handshake showed the connection's state; the session goes on from there.
    Transport *transport = nullptr;
    if (QTcpSocket *socket = handshake->takeSocket())
        transport = new TcpTransport(socket);
#if defined(Q_OS_UNIX)
    else if (PeekingSocket *connection = handshake->takeConnection())
        transport = new PlainTcpTransport(connection);
#endif
    if (!transport) {
        release(id);
        return;
    }
    beginSession(transport, handshake->takeDialect(), id, true);
}

void ChatServer::beginSession(Transport *transport, std::unique_ptr<Dialect> dialect, quint64 id,
                              bool stateShown)
{
    auto *session =
        new PeerSession(id, transport, std::move(dialect), m_limits, m_timing.silenceMs, this);
    m_sessions.append(session);
    m_afterCrowd.noteChange();
    session->setWireTap(m_tap, stateShown);
    connect(session, &PeerSession::problem, this, &ChatServer::problem);
    connect(session, &PeerSession::gone, this,
            [this, session] { leave(session, session->closeReason()); });
    connect(session, &PeerSession::closed, this, [this, session] { handleClosed(session); });
    if (requiresTls() && !transport->isEncrypted()) {
        turnAwayPlain(session, transport);
        return;
    }
    connect(session, &PeerSession::commandReceived, this,
            [this, session](const ChatCommand &command) { handleCommand(session, command); });
    // A text client is let in at once, as a guest (after giving the room's
    // code, if it has one); a Salon client says hello.
    if (!session->dialect().asksToJoin()) {
        if (m_codeGate.isRequired()) {
            m_answeringCode.append(session);
            session->setAnsweringCode(true);
            session->send(ChatEvent::of(ChatEvent::Kind::CodeAsked));
        } else {
            admit(session, m_room.nextGuestNick());
        }
    }
    session->start();
}

void ChatServer::handleCommand(PeerSession *session, const ChatCommand &command)
{
    if (command.room != m_room.id() && command.kind != ChatCommand::Kind::Leave) {
        session->sendError(ErrorCode::NoSuchRoom, {command.room.toString()}, command.clientId);
        return;
    }
    switch (command.kind) {
    case ChatCommand::Kind::Hello:
        handleHello(session, command.nick, command.token, command.code);
        break;
    case ChatCommand::Kind::Say:
        if (m_answeringCode.contains(session)) {
            handleCodeAnswer(session, command.text);
            break;
        }
        if (const auto message = m_room.say(session, command.text, command.clientId))
            emit messageRelayed(*message);
        break;
    case ChatCommand::Kind::Private:
        if (const auto message = m_room.tell(session, command.to, command.text, command.clientId))
            emit messageRelayed(*message);
        break;
    case ChatCommand::Kind::Rename:
        handleRename(session, command.nick);
        break;
    case ChatCommand::Kind::Who:
        m_room.tellWhoIsHere(session);
        break;
    case ChatCommand::Kind::History:
        m_room.replay(session, command.count);
        break;
    case ChatCommand::Kind::Hand:
        if (m_room.moveHand(session, command.hand))
            emit handsChanged(session->nick(), hasHandUp(session->nick()));
        break;
    case ChatCommand::Kind::Leave:
        leave(session, tr("said goodbye"), Room::NameAfter::Freed);
        session->closeWithGoodbye(tr("Goodbye!"));
        break;
    default:
        break; // the session answers the rest itself
    }
}

void ChatServer::handleRename(PeerSession *session, const QString &nick)
{
    const QString oldNick = session->nick();
    if (nick == oldNick)
        return;
    if (m_bans.isBannedName(nick)) {
        ChatEvent refused = ChatEvent::of(ChatEvent::Kind::NickRefused);
        refused.nick = nick;
        refused.code = QLatin1String(Protocol::NickRefusal::Banned);
        refused.reason =
            tr("The name \"%1\" is kept out of this room for the rest of the lesson.").arg(nick);
        session->send(refused);
        return;
    }
    if (m_room.rename(session, nick)) {
        m_files.studentRenamed(oldNick, session->nick());
        emit clientRenamed(session->participant(), oldNick);
    }
}

void ChatServer::handleClosed(PeerSession *session)
{
    if (session->isWaitingItsTurn() && session->hasUnreadInput())
        hearLastWords(session);
    leave(session, session->closeReason());
    session->deleteLater();
}

void ChatServer::leave(PeerSession *session, const QString &reason, Room::NameAfter after)
{
    if (!m_sessions.removeOne(session))
        return;
    m_afterCrowd.noteChange();
    m_answeringCode.removeOne(session);
    release(session->id());
    const bool hadHand = hasHandUp(session->nick());
    if (!m_room.remove(session, reason, after))
        return;
    emit clientLeft(session->participant(), reason);
    if (hadHand)
        emit handsChanged(session->nick(), false);
}

void ChatServer::reportTurnedAway(const QString &who, const QString &reason)
{
    // One line now; under a storm, one line every few seconds that counts
    // the rest, so the log stays readable.
    if (m_turnedAwaySummary.isActive()) {
        ++m_turnedAwayUnreported;
        m_lastTurnedAwayReason = reason;
    } else {
        emit problem(tr("Refused %1: %2").arg(who, reason));
        m_turnedAwaySummary.start();
    }
    emit occupancyChanged();
}

ChatServer::Occupancy ChatServer::occupancy() const
{
    return {m_admission.members(),  m_admission.connecting(),
            m_room.heldNames(),     m_admission.turnedAwayLastMinute(),
            m_limits.maxClients,    m_codeGate.wrongRecently(),
            m_codeGate.blockedNow()};
}

void ChatServer::release(quint64 id)
{
    m_admission.left(id);
    m_room.forget(id);
    emit occupancyChanged();
}
