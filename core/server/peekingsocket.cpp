#include "server/peekingsocket.h"

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <utility>

namespace {
#ifdef Q_OS_WIN
using Native = SOCKET;
using Length = int;
constexpr int PeekFlags = MSG_PEEK;
constexpr int SendFlags = 0;
void closeDescriptor(qintptr descriptor)
{
    ::closesocket(SOCKET(descriptor));
}
// The last call failed only because nothing waits yet.
bool wouldBlock()
{
    const int error = ::WSAGetLastError();
    return error == WSAEWOULDBLOCK || error == WSAEINTR;
}
#else
using Native = int;
using Length = socklen_t;
constexpr int PeekFlags = MSG_PEEK | MSG_DONTWAIT;
constexpr int SendFlags = MSG_NOSIGNAL | MSG_DONTWAIT;
void closeDescriptor(qintptr descriptor)
{
    ::close(int(descriptor));
}
bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}
#endif
// After a look, the next one no sooner than this.
constexpr int PauseMs = 15;
} // namespace

PeekingSocket::PeekingSocket(qintptr descriptor, QObject *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_notifier(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
{
    sockaddr_storage address{};
    Length length = sizeof address;
    if (::getpeername(Native(descriptor), reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peerAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        if (address.ss_family == AF_INET)
            m_peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
        else if (address.ss_family == AF_INET6)
            m_peerPort = ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    }
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
    connect(m_notifier, &QSocketNotifier::activated, this, &PeekingSocket::check);
}

void PeekingSocket::discard(qintptr descriptor)
{
    closeDescriptor(descriptor);
}

PeekingSocket::~PeekingSocket()
{
    close();
}

void PeekingSocket::check()
{
    m_notifier->setEnabled(false);
    char probe[1];
    const auto got = ::recv(Native(m_descriptor), probe, 1, PeekFlags);
    if (got == 0) {
        emit closed(); // the peer closed, and sent nothing more than peek() shows
        return;
    }
    if (got < 0) {
        // Reset by the peer, or any other failure: the connection is over.
        if (!wouldBlock()) {
            emit closed();
            return;
        }
        m_pause.start();
        return;
    }
    const qsizetype waiting = bytesWaiting();
    if (waiting != m_seen) {
        m_seen = waiting;
        emit readyRead();
    }
    if (m_descriptor >= 0)
        m_pause.start();
}

qsizetype PeekingSocket::bytesWaiting() const
{
#ifdef Q_OS_WIN
    u_long waiting = 0;
    if (::ioctlsocket(Native(m_descriptor), FIONREAD, &waiting) != 0)
        return 0;
#else
    int waiting = 0;
    if (::ioctl(int(m_descriptor), FIONREAD, &waiting) != 0)
        return 0;
#endif
    return qsizetype(waiting);
}

QByteArray PeekingSocket::peek(qsizetype maxBytes)
{
    if (m_descriptor < 0 || maxBytes <= 0)
        return {};
    QByteArray bytes(maxBytes, Qt::Uninitialized);
    const auto got = ::recv(Native(m_descriptor), bytes.data(),
                            int(qMin<qsizetype>(maxBytes, 1 << 20)), PeekFlags);
    bytes.truncate(got > 0 ? qsizetype(got) : 0);
    return bytes;
}

void PeekingSocket::write(const QByteArray &bytes)
{
    if (m_descriptor < 0)
        return;
    if (!m_unsent.isEmpty()) {
        m_unsent += bytes;
        return;
    }
    const auto sent = ::send(Native(m_descriptor), bytes.constData(), int(bytes.size()), SendFlags);
    m_unsent = bytes.mid(sent > 0 ? qsizetype(sent) : 0);
}

QTcpSocket *PeekingSocket::take(bool tls)
{
    if (m_descriptor < 0)
        return nullptr;
    m_pause.stop();
    delete m_notifier; // before a socket watches the same descriptor
    m_notifier = nullptr;
    QTcpSocket *socket = tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(m_descriptor)) {
        delete socket;
        close();
        return nullptr;
    }
    m_descriptor = -1;
    if (!m_unsent.isEmpty())
        socket->write(std::exchange(m_unsent, {}));
    return socket;
}

qintptr PeekingSocket::release(QByteArray *unsent)
{
    m_pause.stop();
    delete m_notifier; // before another notifier watches the same descriptor
    m_notifier = nullptr;
    *unsent = std::exchange(m_unsent, {});
    return std::exchange(m_descriptor, -1);
}

void PeekingSocket::close()
{
    m_pause.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_descriptor >= 0)
        closeDescriptor(m_descriptor);
    m_descriptor = -1;
}
