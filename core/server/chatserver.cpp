#include "server/chatserver.h"

#include "server/clientconnection.h"
#include "base/logging.h"
#include "model/nickname.h"
#include "base/protocol.h"
#include "base/wiretap.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
// The loopback addresses are exempt from the per-address limits, so a whole
// class demo can run on one PC.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
// How many addresses the rate limit remembers at most.
constexpr qsizetype MaxTrackedAddresses = 4096;
constexpr int ListenBacklog = 1024;
} // namespace

ChatServer::ChatServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChatServer::acceptPending);
    connect(&m_server, &QTcpServer::acceptError, this, &ChatServer::handleAcceptError);
    m_clock.start();
}

void ChatServer::handleAcceptError(QAbstractSocket::SocketError error)
{
    // Out of file descriptors: QTcpServer pauses accepting. Try again a
    // little later instead of staying deaf for good.
    emit problem(tr("A connection could not be accepted (%1); trying again in a second.")
                     .arg(m_server.errorString()));
    qCWarning(lcServer) << "accept error" << error << m_server.errorString();
    QTimer::singleShot(1000, this, [this] {
        if (m_server.isListening())
            m_server.resumeAccepting();
    });
}

ChatServer::~ChatServer()
{
    // The connections are children; make sure none reports into a half-destroyed server.
    for (ClientConnection *connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

bool ChatServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server.isListening())
        return true;
    // A whole class clicking Connect at once must not overflow the queue of
    // connections waiting to be accepted (Qt's default holds 50): the ones
    // dropped would wait seconds for the kernel to retry.
    m_server.setListenBacklogSize(ListenBacklog);
    if (!m_server.listen(address, port)) {
        switch (m_server.serverError()) {
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
                tr("Could not listen on port %1: %2").arg(port).arg(m_server.errorString());
            break;
        }
        qCWarning(lcServer) << "listen failed:" << m_server.errorString();
        return false;
    }
    m_errorString.clear();
    openHistory();
    emit started(m_server.serverPort());
    return true;
}

void ChatServer::stop()
{
    if (!m_server.isListening() && m_connections.isEmpty())
        return;
    m_server.close();
    const QList<ClientConnection *> everyone = m_connections;
    const QString reason = tr("the server stopped");
    for (ClientConnection *connection : everyone) {
        const bool joined = connection->isJoined();
        const Participant participant = connection->participant();
        m_connections.removeOne(connection);
        connection->closeWithGoodbye(tr("The server is stopping. Goodbye!"));
        if (joined)
            emit clientLeft(participant, reason);
    }
    m_history.close();
    emit stopped();
}

void ChatServer::setWireTap(WireTap *tap)
{
    m_tap = tap;
    for (ClientConnection *connection : std::as_const(m_connections))
        connection->setWireTap(tap);
}

void ChatServer::openHistory()
{
    if (m_historyFolder.isEmpty())
        return;
    const QString path =
        m_historyFolder + QStringLiteral("/history-%1.jsonl").arg(m_server.serverPort());
    if (!m_history.open(path))
        emit problem(m_history.errorString());
    // Ids go on from the history's, so a client can tell old from new.
    m_nextMessageId = qMax(m_nextMessageId, m_history.lastId() + 1);
}

QList<Participant> ChatServer::participants() const
{
    QList<Participant> people;
    for (const ClientConnection *connection : inRoom())
        people.append(connection->participant());
    return people;
}

void ChatServer::announce(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const ClientConnection::RoomEvent event = ClientConnection::noticeEvent(trimmed);
    for (ClientConnection *connection : inRoom())
        connection->sendEvent(event);
    emit announced(trimmed);
}

void ChatServer::disconnectClient(quint64 id, const QString &reason)
{
    for (ClientConnection *connection : std::as_const(m_connections)) {
        if (connection->participant().id == id) {
            connection->sendError(QStringLiteral("kicked"),
                                  tr("You were disconnected by the server: %1").arg(reason));
            leaveRoom(connection, reason);
            connection->closeWithGoodbye(tr("Goodbye."));
            return;
        }
    }
}

void ChatServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        addConnection(socket);
}

QString ChatServer::refusalFor(const QHostAddress &peer)
{
    if (m_connections.size() >= m_limits.maxClients)
        return tr("The room is full (%1 connections). Try again later.").arg(m_limits.maxClients);
    const QHostAddress address = normalized(peer);
    if (address.isLoopback() && m_limits.loopbackExempt)
        return {};

    const QString key = address.toString();
    const qint64 now = m_clock.elapsed();
    QList<qint64> &recent = m_recentConnects[key];
    recent.removeIf([now](qint64 at) { return now - at >= 1000; });
    if (recent.size() >= m_limits.maxConnectsPerSecondPerAddress)
        return tr("Too many connections per second from %1. Wait a moment.").arg(key);
    recent.append(now);
    if (m_recentConnects.size() > MaxTrackedAddresses) {
        m_recentConnects.removeIf([now](const QHash<QString, QList<qint64>>::iterator &it) {
            return it.value().isEmpty() || now - it.value().constLast() >= 1000;
        });
    }

    int fromAddress = 0;
    for (const ClientConnection *connection : std::as_const(m_connections)) {
        if (normalized(connection->participant().address) == address)
            ++fromAddress;
    }
    if (fromAddress >= m_limits.maxClientsPerAddress)
        return tr("Too many connections from %1 (at most %2).")
            .arg(key)
            .arg(m_limits.maxClientsPerAddress);
    return {};
}

void ChatServer::addConnection(QTcpSocket *socket)
{
    if (const QString refusal = refusalFor(socket->peerAddress()); !refusal.isEmpty()) {
        // One line both kinds of peer understand, then the door closes.
        socket->write(QByteArray(Protocol::RefusalPrefix) + refusal.toUtf8() + '\n');
        socket->flush();
        emit problem(
            tr("Refused %1: %2")
                .arg(Participant::endpointOf(socket->peerAddress(), socket->peerPort()), refusal));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    auto *connection = new ClientConnection(socket, m_nextConnectionId++, m_limits, this);
    m_connections.append(connection);
    connection->setWireTap(m_tap);
    qCDebug(lcServer) << "connection from" << connection->participant().endpoint();

    connect(connection, &ClientConnection::helloReceived, this,
            [this, connection](const QString &nick) { handleHello(connection, nick); });
    connect(connection, &ClientConnection::textPeerIdentified, this,
            [this, connection] { handleTextPeer(connection); });
    connect(connection, &ClientConnection::sayReceived, this,
            [this, connection](const QString &text) { handleSay(connection, text); });
    connect(connection, &ClientConnection::privateReceived, this,
            [this, connection](const QString &to, const QString &text) {
                handlePrivate(connection, to, text);
            });
    connect(connection, &ClientConnection::nickRequested, this,
            [this, connection](const QString &nick) { handleNick(connection, nick); });
    connect(connection, &ClientConnection::whoRequested, this,
            [this, connection] { connection->sendPeople(peopleInRoom()); });
    connect(connection, &ClientConnection::quitRequested, this,
            [this, connection] { handleQuit(connection); });
    connect(connection, &ClientConnection::problem, this, &ChatServer::problem);
    connect(connection, &ClientConnection::closed, this,
            [this, connection] { handleClosed(connection); });

    connection->start(m_identifyMs, m_silenceMs);
}

void ChatServer::handleHello(ClientConnection *connection, const QString &nick)
{
    const QString problemText = nickProblem(nick, connection);
    if (!problemText.isEmpty()) {
        connection->sendNickRefused(nick, problemText);
        emit problem(tr("%1 could not join as \"%2\": %3")
                         .arg(connection->participant().endpoint(), nick, problemText));
        return;
    }
    admit(connection, nick);
}

void ChatServer::handleTextPeer(ClientConnection *connection)
{
    admit(connection, nextGuestNick());
}

void ChatServer::admit(ClientConnection *connection, const QString &nick)
{
    const ClientConnection::RoomEvent event = ClientConnection::joinedEvent(nick);
    for (ClientConnection *other : inRoom())
        other->sendEvent(event);
    QStringList people = peopleInRoom();
    people.append(nick);
    connection->join(nick, people, m_history.recent());
    emit clientJoined(connection->participant());
}

bool ChatServer::checkMessageLength(ClientConnection *connection, const QString &text)
{
    if (text.size() <= m_limits.maxMessageChars)
        return true;
    connection->sendError(QStringLiteral("message-too-long"),
                          tr("Your message has %1 characters; the most is %2. It was not sent.")
                              .arg(text.size())
                              .arg(m_limits.maxMessageChars));
    return false;
}

void ChatServer::handleSay(ClientConnection *connection, const QString &text)
{
    if (!connection->isJoined() || text.trimmed().isEmpty() ||
        !checkMessageLength(connection, text))
        return;
    ChatMessage message;
    message.id = m_nextMessageId++;
    message.time = QDateTime::currentDateTimeUtc();
    message.from = connection->nick();
    message.text = text;
    // Everyone, the sender included, and those still deciding what they speak.
    const MessageWire wire(message);
    const QList<ClientConnection *> everyone = m_connections;
    for (ClientConnection *receiver : everyone)
        receiver->sendMessage(wire);
    m_history.append(message, wire.salonLine());
    emit messageRelayed(message);
}

void ChatServer::handlePrivate(ClientConnection *connection, const QString &to, const QString &text)
{
    if (!connection->isJoined() || text.trimmed().isEmpty() ||
        !checkMessageLength(connection, text))
        return;
    ClientConnection *receiver = findByNick(to);
    if (!receiver) {
        connection->sendError(QStringLiteral("no-such-nick"),
                              tr("Nobody called \"%1\" is in the room.").arg(to));
        return;
    }
    ChatMessage message;
    message.kind = ChatMessage::Kind::Private;
    message.id = m_nextMessageId++;
    message.time = QDateTime::currentDateTimeUtc();
    message.from = connection->nick();
    message.to = receiver->nick();
    message.text = text;
    const MessageWire wire(message);
    receiver->sendMessage(wire);
    if (receiver != connection)
        connection->sendMessage(wire);
    emit messageRelayed(message);
}

void ChatServer::handleNick(ClientConnection *connection, const QString &nick)
{
    if (!connection->isJoined())
        return;
    const QString oldNick = connection->nick();
    if (nick == oldNick)
        return;
    const QString problemText = nickProblem(nick, connection);
    if (!problemText.isEmpty()) {
        connection->sendNickRefused(nick, problemText);
        return;
    }
    connection->rename(nick);
    const ClientConnection::RoomEvent event = ClientConnection::renamedEvent(oldNick, nick);
    for (ClientConnection *receiver : inRoom())
        receiver->sendEvent(event);
    emit clientRenamed(connection->participant(), oldNick);
}

void ChatServer::handleQuit(ClientConnection *connection)
{
    leaveRoom(connection, tr("said goodbye"));
    connection->closeWithGoodbye(tr("Goodbye!"));
}

void ChatServer::handleClosed(ClientConnection *connection)
{
    leaveRoom(connection, connection->closeReason());
    connection->deleteLater();
}

void ChatServer::leaveRoom(ClientConnection *connection, const QString &reason)
{
    if (!m_connections.removeOne(connection))
        return;
    if (!connection->isJoined())
        return;
    const Participant participant = connection->participant();
    const ClientConnection::RoomEvent event = ClientConnection::leftEvent(participant.nick, reason);
    for (ClientConnection *receiver : inRoom())
        receiver->sendEvent(event);
    emit clientLeft(participant, reason);
}

QString ChatServer::nickProblem(const QString &nick, const ClientConnection *asking) const
{
    const QString problemText = Nickname::problem(nick);
    if (!problemText.isEmpty())
        return problemText;
    const ClientConnection *holder = findByNick(nick);
    if (holder && holder != asking)
        return tr("The nickname \"%1\" is already taken in this room.").arg(nick);
    return {};
}

ClientConnection *ChatServer::findByNick(const QString &nick) const
{
    const QString key = Nickname::key(nick);
    for (ClientConnection *connection : inRoom()) {
        if (Nickname::key(connection->nick()) == key)
            return connection;
    }
    return nullptr;
}

QStringList ChatServer::peopleInRoom() const
{
    QStringList people;
    for (const ClientConnection *connection : inRoom())
        people.append(connection->nick());
    return people;
}

QList<ClientConnection *> ChatServer::inRoom() const
{
    QList<ClientConnection *> joined;
    for (ClientConnection *connection : m_connections) {
        if (connection->isJoined())
            joined.append(connection);
    }
    return joined;
}

QString ChatServer::nextGuestNick()
{
    QString nick;
    do {
        nick = QStringLiteral("guest-%1").arg(m_nextGuest++);
    } while (findByNick(nick));
    return nick;
}
