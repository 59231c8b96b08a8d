#include "server/websockettransport.h"

#include <QWebSocket>

WebSocketTransport::WebSocketTransport(QWebSocket *socket, bool encrypted, QObject *parent)
    : Transport(parent)
    , m_socket(socket)
    , m_encrypted(encrypted)
    , m_address(socket->peerAddress())
    , m_port(socket->peerPort())
    , m_localAddress(socket->localAddress())
    , m_localPort(socket->localPort())
{
    m_socket->setParent(this);
    setMaxUnitBytes(m_maxUnitBytes);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketTransport::receive);
    // The page sends text only: a binary message is no frame.
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] {
        ++m_oversized;
        if (m_begun)
            emit arrived();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::handleDisconnected);
}

bool WebSocketTransport::isOpen() const
{
    return !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

void WebSocketTransport::begin()
{
    m_begun = true;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        handleDisconnected();
        return;
    }
    if (!m_units.isEmpty() || m_oversized > 0)
        emit arrived();
}

void WebSocketTransport::setMaxUnitBytes(qsizetype bytes)
{
    m_maxUnitBytes = bytes;
    // QtWebSockets would take 2 GB messages: no more than a frame.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(bytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(bytes));
}

void WebSocketTransport::receive(const QString &message)
{
    if (m_closed)
        return;
    const QByteArray unit = message.toUtf8();
    if (m_tap)
        m_tap->recordBytes(m_tapId, m_tapPeer, WireTap::Direction::In, unit + '\n',
                           m_encrypted ? WireTap::Layer::Decrypted : WireTap::Layer::Clear);
    if (unit.size() > m_maxUnitBytes)
        ++m_oversized;
    else
        m_units.enqueue(unit);
    if (m_begun)
        emit arrived();
}

Transport::Queued WebSocketTransport::queue(const QByteArray &bytes, qint64 maxQueuedBytes)
{
    if (!isOpen())
        return Queued::Closed;
    if (m_socket->bytesToWrite() + bytes.size() > maxQueuedBytes) {
        m_socket->flush();
        if (m_socket->bytesToWrite() + bytes.size() > maxQueuedBytes)
            return Queued::Full;
    }
    // One frame, one message, without the line's end; several frames at
    // once (a history, a class arriving) are several messages.
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        const QByteArray frame = bytes.mid(from, end - from);
        from = end + 1;
        if (frame.isEmpty())
            continue;
        m_socket->sendTextMessage(QString::fromUtf8(frame));
        if (m_tap)
            m_tap->recordBytes(m_tapId, m_tapPeer, WireTap::Direction::Out, frame + '\n',
                               m_encrypted ? WireTap::Layer::Decrypted : WireTap::Layer::Clear);
    }
    return Queued::Yes;
}

void WebSocketTransport::flush()
{
    m_socket->flush();
}

void WebSocketTransport::closeAfterWriting()
{
    if (m_closed)
        return;
    m_closed = true;
    m_socket->flush();
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void WebSocketTransport::abort()
{
    const bool wasConnected = m_socket->state() != QAbstractSocket::UnconnectedState;
    m_closed = true;
    m_socket->abort();
    if (!wasConnected)
        handleDisconnected();
}

void WebSocketTransport::setWireTap(WireTap *tap, quint64 id, const QString &peer, bool stateShown)
{
    m_tap = tap;
    m_tapId = id;
    m_tapPeer = peer;
    if (tap && !stateShown)
        tap->recordState(id, peer, m_socket->state());
}

void WebSocketTransport::handleDisconnected()
{
    m_closed = true;
    // Gone before anyone listened: begin() tells it.
    if (!m_begun || m_finished)
        return;
    m_finished = true;
    emit closed(tr("connection closed"));
}
