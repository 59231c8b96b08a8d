// chatserver_web.cpp — ChatServer's part for browsers: an HTTP request on
// the room's port is served by an HttpExchange (the page's files); the
// page's WebSocket goes to QtWebSockets, and comes back as a session like
// any Salon client's, with the same limits, flood control and moderation.

#include "dialects/salondialect.h"
#include "server/chatserver.h"
#include "server/httpexchange.h"
#include "server/peersession.h"
#include "server/transferexchange.h"
#include "server/websockettransport.h"

#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

void ChatServer::startHttp(Handshake *handshake, quint64 id)
{
    HttpExchange::Options options;
    options.encrypted = handshake->isEncrypted();
    // Sent to https:// only where the room can answer there.
    options.requireTls = requiresTls() && offersTls();
    options.headMs = m_timing.tlsMs;
    options.idleMs = qMin(options.idleMs, m_timing.tlsMs);
    QTcpSocket *socket = handshake->takeSocket();
    const QString endpoint = Participant::endpointOf(socket->peerAddress(), socket->peerPort());
    auto *exchange = new HttpExchange(socket, id, options, this);
    m_exchanges.append(exchange);
    connect(exchange, &HttpExchange::transferRequested, this,
            [this, id](QTcpSocket *transferring, const HttpRequest &request) {
                startTransfer(transferring, request, id);
            });
    connect(exchange, &HttpExchange::upgradeRequested, this,
            [this, id, encrypted = options.encrypted](QTcpSocket *upgrading) {
                upgrade(upgrading, id, encrypted);
            });
    connect(exchange, &HttpExchange::finished, this,
            [this, exchange, id, endpoint](const QString &problem) {
                m_exchanges.removeOne(exchange);
                exchange->deleteLater();
                if (!problem.isEmpty())
                    reportTurnedAway(endpoint, problem);
                // A page, an icon: served, and the connection's place is free.
                // An upgrade keeps it for the WebSocket.
                bool upgrading = false;
                for (const Upgrade &pending : std::as_const(m_upgrades))
                    upgrading = upgrading || pending.id == id;
                for (const TransferExchange *transfer : std::as_const(m_transfers))
                    upgrading = upgrading || transfer->id() == id;
                if (!upgrading)
                    release(id);
            });
    exchange->start();
}

void ChatServer::upgrade(QTcpSocket *socket, quint64 id, bool encrypted)
{
    const QString key = Participant::endpointOf(socket->peerAddress(), socket->peerPort());
    socket->setParent(this); // until QtWebSockets makes it a WebSocket's
    m_upgrades.insert(key, Upgrade{id, encrypted, socket});
    // Given up on (a broken upgrade, or the browser gone): the place is free.
    connect(socket, &QTcpSocket::disconnected, this, [this, key, socket] {
        const auto pending = m_upgrades.constFind(key);
        if (pending == m_upgrades.cend() || pending->socket != socket)
            return;
        const quint64 given = pending->id;
        m_upgrades.remove(key);
        release(given);
        socket->deleteLater();
    });
    m_webSockets->handleConnection(socket);
}

void ChatServer::takeWebSockets()
{
    while (QWebSocket *webSocket = m_webSockets->nextPendingConnection()) {
        const QString key =
            Participant::endpointOf(webSocket->peerAddress(), webSocket->peerPort());
        const auto pending = m_upgrades.constFind(key);
        if (pending == m_upgrades.cend()) {
            webSocket->abort();
            webSocket->deleteLater();
            continue;
        }
        const Upgrade upgrade = *pending;
        m_upgrades.remove(key);
        if (upgrade.socket)
            disconnect(upgrade.socket, nullptr, this, nullptr);
        // A Salon client in a browser: frames as a Salon client sends them.
        beginSession(new WebSocketTransport(webSocket, upgrade.encrypted),
                     std::make_unique<SalonDialect>(m_limits.maxFrameBytes), upgrade.id, false);
    }
}

void ChatServer::stopWeb()
{
    for (HttpExchange *exchange : std::exchange(m_exchanges, {})) {
        disconnect(exchange, nullptr, this, nullptr);
        release(exchange->id());
        exchange->deleteLater();
    }
    for (const Upgrade &pending : std::exchange(m_upgrades, {})) {
        release(pending.id);
        if (pending.socket) {
            disconnect(pending.socket, nullptr, this, nullptr);
            pending.socket->abort();
            pending.socket->deleteLater();
        }
    }
}
