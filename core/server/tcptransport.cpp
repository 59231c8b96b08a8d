#include "server/tcptransport.h"

#include "base/logging.h"
#include "security/tlswirewatch.h"
#include "server/deadpeerdetection.h"

#include <QScopedValueRollback>
#include <QSslSocket>
#include <QTcpSocket>

namespace {
constexpr qint64 ReadChunkBytes = 64 * 1024;
constexpr qint64 FlushThresholdBytes = 16 * 1024;
// The first unit bound, until the session sets its dialect's.
constexpr qsizetype DefaultMaxUnitBytes = 16 * 1024;
} // namespace

TcpTransport::TcpTransport(QTcpSocket *socket, QObject *parent)
    : Transport(parent)
    , m_socket(socket)
    , m_address(socket->peerAddress())
    , m_port(socket->peerPort())
    , m_localAddress(socket->localAddress())
    , m_localPort(socket->localPort())
    , m_lines(DefaultMaxUnitBytes)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(4 * ReadChunkBytes);
    // Chat lines are small and should leave at once, not wait for Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The system's own check for dead peers, the only one a text client
    // answers: tuned to about a minute (Salon clients are also pinged).
    DeadPeerDetection::applyTo(m_socket);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::handleError);
}

bool TcpTransport::isEncrypted() const
{
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    return tls && tls->isEncrypted();
}

bool TcpTransport::isOpen() const
{
    return !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

void TcpTransport::begin()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpTransport::readAll);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpTransport::handleDisconnected);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        readAll();
    else
        handleDisconnected(); // gone while the handshake looked at it
}

void TcpTransport::readAll()
{
    if (m_tlsWatch)
        m_tlsWatch->noteIncoming();
    // readyRead is not emitted again for bytes already buffered: take them all.
    while (!m_closed && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(qMin(m_socket->bytesAvailable(), ReadChunkBytes));
        if (m_tap)
            m_tap->recordBytes(m_tapId, m_tapPeer, WireTap::Direction::In, chunk, tapLayer());
        m_lines.append(chunk);
        emit arrived();
    }
}

Transport::Queued TcpTransport::queue(const QByteArray &bytes, qint64 maxQueuedBytes)
{
    if (!isOpen())
        return Queued::Closed;
    const QScopedValueRollback writing(m_writing, m_writing + 1);
    qint64 queued = m_socket->bytesToWrite() + bytes.size();
    if (queued > maxQueuedBytes) {
        // Hand what waits to the system first: only a peer that stopped
        // reading (the system's buffer full too) has a full queue.
        m_socket->flush();
        queued = m_socket->bytesToWrite() + bytes.size();
        if (queued > maxQueuedBytes)
            return Queued::Full;
    }
    m_socket->write(bytes);
    if (m_tap)
        m_tap->recordBytes(m_tapId, m_tapPeer, WireTap::Direction::Out, bytes, tapLayer());
    // Qt hands a socket's queue to the system 16 KiB per event-loop pass;
    // under a broadcast storm a receiver's queue would wait passes behind
    // everyone else's. Past this, it is written at once.
    if (queued >= FlushThresholdBytes)
        m_socket->flush();
    return Queued::Yes;
}

void TcpTransport::flush()
{
    const QScopedValueRollback writing(m_writing, m_writing + 1);
    m_socket->flush();
}

void TcpTransport::closeAfterWriting()
{
    if (m_closed)
        return;
    m_closed = true;
    // Hand the last words to the system now, so they leave even if the
    // program quits next; disconnected() follows once they are sent.
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void TcpTransport::abort()
{
    const bool wasConnected = m_socket->state() != QAbstractSocket::UnconnectedState;
    m_closed = true;
    m_socket->abort(); // disconnected() follows at once, if it was connected
    if (!wasConnected)
        handleDisconnected();
}

void TcpTransport::setWireTap(WireTap *tap, quint64 id, const QString &peer, bool stateShown)
{
    if (m_tap == tap)
        return;
    if (m_tap)
        disconnect(m_socket, &QAbstractSocket::stateChanged, m_tap, nullptr);
    m_tap = tap;
    m_tapId = id;
    m_tapPeer = peer;
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        m_tlsWatch = TlsWireWatch::attach(tls, tap, id, peer);
    if (!tap)
        return;
    if (!stateShown)
        tap->recordState(id, peer, m_socket->state());
    connect(
        m_socket, &QAbstractSocket::stateChanged, tap,
        [tap, id, peer](QAbstractSocket::SocketState state) { tap->recordState(id, peer, state); });
}

WireTap::Layer TcpTransport::tapLayer() const
{
    return isEncrypted() ? WireTap::Layer::Decrypted : WireTap::Layer::Clear;
}

void TcpTransport::handleError()
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
    qCDebug(lcServer) << "peer" << m_address << m_port << "error" << m_socket->errorString();
}

void TcpTransport::handleDisconnected()
{
    // What came just before the close still counts: `printf hi | nc` and the
    // tutorial's client, which sends "fin" and closes at once, both rely on it.
    if (m_finished)
        return;
    if (m_writing > 0) {
        QMetaObject::invokeMethod(this, &TcpTransport::handleDisconnected, Qt::QueuedConnection);
        return;
    }
    readAll();
    m_closed = true;
    m_finished = true;
    emit closed(m_closeReason.isEmpty() ? tr("connection closed") : m_closeReason);
}
