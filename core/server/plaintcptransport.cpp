#include "server/plaintcptransport.h"

// Unix only: elsewhere plain peers keep a QTcpSocket (ChatServer chooses).
#if defined(Q_OS_UNIX)

#include "base/logging.h"
#include "server/deadpeerdetection.h"
#include "server/peekingsocket.h"

#include <QAbstractSocket>
#include <QScopedValueRollback>
#include <QSocketNotifier>
#include <QThreadStorage>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// Read per call, and at most this many calls per pass of the event loop,
// so that one fast sender can't keep the others waiting (the 256 KiB a
// QTcpSocket was allowed to hold).
constexpr qsizetype ReadChunkBytes = 64 * 1024;
constexpr int ReadsPerPass = 4;
// Past this, what is queued goes to the system at once rather than at the
// end of the pass: a receiver far behind under a broadcast storm.
constexpr qint64 WriteNowBytes = 16 * 1024;
// The first unit bound, until the session sets its dialect's.
constexpr qsizetype DefaultMaxUnitBytes = 16 * 1024;

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

void addressOf(const sockaddr_storage &address, QHostAddress *host, quint16 *port)
{
    *host = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
    if (address.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    else if (address.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
}
} // namespace

// Everything queued during one pass of the event loop leaves in one call
// per connection at its end: a message said to 1,000 people is 1,000 calls,
// however many lines the pass carried, and the calls are shared over the
// machine's cores (SendPool). One per thread (Qt's sockets and ours live in
// the thread that made them).
class PlainTcpFlusher : public QObject
{
public:
    static PlainTcpFlusher *forThisThread()
    {
        static QThreadStorage<PlainTcpFlusher *> flushers;
        if (!flushers.hasLocalData())
            flushers.setLocalData(new PlainTcpFlusher);
        return flushers.localData();
    }

    void add(PlainTcpTransport *transport)
    {
        m_due.push_back(transport);
        if (!m_posted) {
            m_posted = true;
            QMetaObject::invokeMethod(this, &PlainTcpFlusher::writeAll, Qt::QueuedConnection);
        }
    }
    void remove(PlainTcpTransport *transport)
    {
        std::replace(m_due.begin(), m_due.end(), transport,
                     static_cast<PlainTcpTransport *>(nullptr));
        std::replace(m_batch.begin(), m_batch.end(), transport,
                     static_cast<PlainTcpTransport *>(nullptr));
    }

private:
    void writeAll()
    {
        m_posted = false;
        // Every call first, while nothing is told to anyone: nothing can
        // queue more or close meanwhile. Then what the calls lead to, which
        // can close connections and queue more (for the next pass).
        std::vector<PlainTcpTransport *> due;
        due.swap(m_due);
        m_batch.clear();
        m_sends.clear();
        for (PlainTcpTransport *transport : due) {
            if (!transport)
                continue;
            transport->m_writeScheduled = false;
            const SendPool::Send send = transport->pendingSend();
            if (send.size == 0)
                continue; // sent already, when its queue grew long
            transport->m_inBatch = true;
            m_batch.push_back(transport);
            m_sends.push_back(send);
        }
        SendPool::sendAll(m_sends.data(), qsizetype(m_sends.size()));
        for (size_t i = 0; i < m_batch.size(); ++i)
            m_batch[i]->took(m_sends[i]); // counted before anything can queue more
        for (size_t i = 0; i < m_batch.size(); ++i) {
            PlainTcpTransport *transport = m_batch[i];
            if (!transport)
                continue; // gone with a connection closed just before
            transport->m_inBatch = false;
            transport->afterSend(m_sends[i]);
        }
        m_batch.clear();
    }

    std::vector<PlainTcpTransport *> m_due;
    std::vector<PlainTcpTransport *> m_batch;
    std::vector<SendPool::Send> m_sends;
    bool m_posted = false;
};

PlainTcpTransport::PlainTcpTransport(PeekingSocket *connection, QObject *parent)
    : Transport(parent)
    , m_address(connection->peerAddress())
    , m_port(connection->peerPort())
    , m_lines(DefaultMaxUnitBytes)
{
    QByteArray unsent;
    m_descriptor = connection->release(&unsent);
    if (m_descriptor < 0) {
        m_closed = true;
        return;
    }
    const int fd = int(m_descriptor);
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) == 0)
        addressOf(local, &m_localAddress, &m_localPort);
    // Chat lines are small and should leave at once, not wait for Nagle.
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    // The system's own check for dead peers, the only one a text client
    // answers: tuned to about a minute (Salon clients are also pinged).
    DeadPeerDetection::applyTo(m_descriptor);
    m_readNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false); // until begin()
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PlainTcpTransport::readAvailable);
    if (!unsent.isEmpty()) {
        m_queuedBytes = unsent.size();
        m_queue = std::move(unsent);
        scheduleWrite();
    }
}

PlainTcpTransport::~PlainTcpTransport()
{
    if (m_writeScheduled || m_inBatch)
        PlainTcpFlusher::forThisThread()->remove(this);
    delete m_readNotifier;
    delete m_writeNotifier;
    if (m_descriptor >= 0)
        ::close(int(m_descriptor));
}

void PlainTcpTransport::begin()
{
    m_begun = true;
    if (m_closed) {
        finish(); // gone while the handshake looked at it
        return;
    }
    m_readNotifier->setEnabled(true);
    // Bytes may already wait: the handshake only looked at them.
    readAvailable();
}

void PlainTcpTransport::readAvailable()
{
    if (m_closed || m_peerClosed)
        return;
    thread_local char buffer[ReadChunkBytes];
    const QPointer<PlainTcpTransport> alive(this);
    for (int call = 0; call < ReadsPerPass && !m_closed; ++call) {
        const ssize_t got = ::recv(int(m_descriptor), buffer, sizeof buffer, MSG_DONTWAIT);
        if (got < 0) {
            if (!wouldBlock(errno))
                fail(errno);
            return;
        }
        if (got == 0) {
            // What came just before the close still counts: `printf hi | nc`
            // and the tutorial's client, which sends "fin" and closes at once.
            m_peerClosed = true;
            m_readNotifier->setEnabled(false);
            if (m_closeReason.isEmpty())
                m_closeReason = tr("connection closed");
            finish();
            return;
        }
        const QByteArray chunk(buffer, qsizetype(got));
        if (m_tap)
            m_tap->recordBytes(m_tapId, m_tapPeer, WireTap::Direction::In, chunk,
                               WireTap::Layer::Clear);
        m_lines.append(chunk);
        emit arrived();
        if (!alive)
            return;
        if (got < qsizetype(sizeof buffer))
            return; // all there was
    }
}

Transport::Queued PlainTcpTransport::queue(const QByteArray &bytes, qint64 maxQueuedBytes)
{
    if (m_closed || m_closing)
        return Queued::Closed;
    const QScopedValueRollback writing(m_writing, m_writing + 1);
    if (m_queuedBytes + bytes.size() > maxQueuedBytes) {
        // Hand what waits to the system first: only a peer that stopped
        // reading (the system's buffer full too) has a full queue.
        writeQueued();
        if (m_closed)
            return Queued::Closed;
        if (m_queuedBytes + bytes.size() > maxQueuedBytes)
            return Queued::Full;
    }
    if (bytes.isEmpty())
        return Queued::Yes;
    if (m_queue.isEmpty()) {
        m_queue = bytes; // shared with every other receiver, not copied
    } else {
        if (m_sent >= WriteNowBytes) {
            m_queue.remove(0, m_sent); // what the system took goes first
            m_sent = 0;
        }
        m_queue.append(bytes);
    }
    m_queuedBytes += bytes.size();
    if (m_tap)
        m_tap->recordBytes(m_tapId, m_tapPeer, WireTap::Direction::Out, bytes,
                           WireTap::Layer::Clear);
    if (m_queuedBytes >= WriteNowBytes)
        writeQueued();
    else
        scheduleWrite();
    return m_closed ? Queued::Closed : Queued::Yes;
}

void PlainTcpTransport::flush()
{
    const QScopedValueRollback writing(m_writing, m_writing + 1);
    writeQueued();
}

void PlainTcpTransport::scheduleWrite()
{
    // While the system's buffer is full, its "writable" says when to go on.
    if (m_writeScheduled || (m_writeNotifier && m_writeNotifier->isEnabled()))
        return;
    m_writeScheduled = true;
    PlainTcpFlusher::forThisThread()->add(this);
}

void PlainTcpTransport::writeQueued()
{
    if (m_closed)
        return;
    SendPool::Send send = pendingSend();
    if (send.size > 0) {
        SendPool::sendOne(send);
        took(send);
    }
    afterSend(send);
}

SendPool::Send PlainTcpTransport::pendingSend() const
{
    SendPool::Send send;
    if (m_closed || m_sent >= m_queue.size())
        return send;
    send.descriptor = int(m_descriptor);
    send.data = m_queue.constData() + m_sent;
    send.size = m_queue.size() - m_sent;
    return send;
}

void PlainTcpTransport::took(const SendPool::Send &send)
{
    m_sent += send.sent;
    m_queuedBytes -= send.sent;
}

void PlainTcpTransport::afterSend(const SendPool::Send &send)
{
    if (m_closed)
        return;
    if (send.error != 0 && !wouldBlock(send.error)) {
        fail(send.error);
        return;
    }
    if (m_sent < m_queue.size()) {
        if (send.sent < send.size) {
            // The system's buffer is full: its "writable" says when to go on.
            if (!m_writeNotifier) {
                m_writeNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
                connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
                    m_writeNotifier->setEnabled(false);
                    writeQueued();
                });
            }
            m_writeNotifier->setEnabled(true);
        } else {
            scheduleWrite(); // queued after the call was made
        }
        return;
    }
    // All sent: the memory goes with it.
    m_queue = QByteArray();
    m_sent = 0;
    if (m_closing)
        finish();
}

void PlainTcpTransport::closeAfterWriting()
{
    if (m_closed || m_closing)
        return;
    m_closing = true;
    if (m_readNotifier)
        m_readNotifier->setEnabled(false); // what it says now is not heard
    recordState(QAbstractSocket::ClosingState);
    // Hand the last words to the system now, so they leave even if the
    // program quits next; the end follows once they are sent.
    const QScopedValueRollback writing(m_writing, m_writing + 1);
    writeQueued();
}

void PlainTcpTransport::abort()
{
    if (m_finished)
        return;
    m_queue = QByteArray();
    m_sent = 0;
    m_queuedBytes = 0;
    finish();
}

void PlainTcpTransport::fail(int error)
{
    if (m_closeReason.isEmpty()) {
        switch (error) {
        case ECONNRESET:
        case EPIPE:
            m_closeReason = tr("connection closed");
            break;
        case ETIMEDOUT:
        case EHOSTUNREACH:
        case ENETUNREACH:
            m_closeReason = tr("connection lost");
            break;
        default:
            m_closeReason = tr("connection lost: %1").arg(QString::fromLocal8Bit(strerror(error)));
            break;
        }
    }
    qCDebug(lcServer) << "peer" << m_address << m_port << "error" << strerror(error);
    m_queue = QByteArray();
    m_sent = 0;
    m_queuedBytes = 0;
    finish();
}

void PlainTcpTransport::finish()
{
    if (!m_closed) {
        m_closed = true;
        delete m_readNotifier;
        m_readNotifier = nullptr;
        delete m_writeNotifier;
        m_writeNotifier = nullptr;
        if (m_descriptor >= 0) {
            // What was sent is delivered before the end; then the descriptor goes.
            ::shutdown(int(m_descriptor), SHUT_WR);
            ::close(int(m_descriptor));
            m_descriptor = -1;
        }
        m_queue = QByteArray();
        m_sent = 0;
        m_queuedBytes = 0;
        recordState(QAbstractSocket::UnconnectedState);
    }
    if (m_finished || !m_begun)
        return; // begin() says it
    if (m_writing > 0) {
        // Found gone inside a write: said from the event loop, not from
        // inside it (a crowd leaving at once would nest each "left"
        // broadcast in the last one's writes).
        QMetaObject::invokeMethod(this, &PlainTcpTransport::finish, Qt::QueuedConnection);
        return;
    }
    m_finished = true;
    emit closed(m_closeReason.isEmpty() ? tr("connection closed") : m_closeReason);
}

void PlainTcpTransport::setWireTap(WireTap *tap, quint64 id, const QString &peer, bool stateShown)
{
    if (m_tap == tap)
        return;
    m_tap = tap;
    m_tapId = id;
    m_tapPeer = peer;
    if (tap && !stateShown)
        recordState(m_closed ? QAbstractSocket::UnconnectedState : QAbstractSocket::ConnectedState);
}

void PlainTcpTransport::recordState(int state)
{
    if (m_tap)
        m_tap->recordState(m_tapId, m_tapPeer, QAbstractSocket::SocketState(state));
}

#endif // Q_OS_UNIX
