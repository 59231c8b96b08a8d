#include "security/tlswirewatch.h"

#include "security/serveridentity.h"

#include <QSslCipher>
#include <QSslSocket>

#include <cstddef>
#include <utility>

#ifdef Q_OS_LINUX
// Not <netinet/tcp.h>: glibc's tcp_info stops before tcpi_bytes_received.
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

TlsWireWatch::TlsWireWatch(QSslSocket *socket) : QObject(socket), m_socket(socket)
{
    setObjectName(QStringLiteral("tlsWireWatch"));
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &TlsWireWatch::noteWritten);
    connect(socket, &QSslSocket::encrypted, this, &TlsWireWatch::noteEstablished);
}

TlsWireWatch *TlsWireWatch::of(QSslSocket *socket)
{
    return socket->findChild<TlsWireWatch *>(QStringLiteral("tlsWireWatch"),
                                             Qt::FindDirectChildrenOnly);
}

TlsWireWatch *TlsWireWatch::attach(QSslSocket *socket, WireTap *tap, quint64 connection,
                                   const QString &peer)
{
    TlsWireWatch *watch = of(socket);
    if (!tap) {
        delete watch;
        return nullptr;
    }
    if (!watch) {
        watch = new TlsWireWatch(socket);
        // Counted from here: what came before was not watched.
        watch->m_received = bytesReceived(socket->socketDescriptor());
        watch->m_established = socket->isEncrypted();
    }
    watch->m_tap = tap;
    watch->m_connection = connection;
    watch->m_peer = peer;
    return watch;
}

qint64 TlsWireWatch::bytesReceived(qintptr descriptor)
{
#ifdef Q_OS_LINUX
    if (descriptor < 0)
        return -1;
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return -1;
    // Older kernels fill in less of the structure.
    if (length < offsetof(tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received)
        return -1;
    return qint64(info.tcpi_bytes_received);
#else
    Q_UNUSED(descriptor)
    return -1;
#endif
}

void TlsWireWatch::noteIncoming()
{
    const qint64 now = bytesReceived(m_socket->socketDescriptor());
    const qint64 before = std::exchange(m_received, now);
    // Nothing to say of a socket that is not (yet) speaking TLS: its bytes
    // are rows of their own, in clear.
    if (!m_tap || now < 0 || before < 0 || now <= before ||
        m_socket->mode() == QSslSocket::UnencryptedMode)
        return;
    WireTap::TlsRecord record;
    record.direction = WireTap::Direction::In;
    record.step = m_established ? WireTap::TlsStep::Encrypted : WireTap::TlsStep::Handshake;
    record.size = now - before;
    m_tap->recordTls(m_connection, m_peer, record);
}

void TlsWireWatch::noteClientHello(const QByteArray &firstBytes)
{
    if (!m_tap)
        return;
    WireTap::TlsRecord record;
    record.direction = WireTap::Direction::In;
    record.step = WireTap::TlsStep::ClientHello;
    // The TLS record's own length, when the first bytes show all of its header.
    record.size = firstBytes.size();
    if (firstBytes.size() >= 5)
        record.size = 5 + (qint64(quint8(firstBytes.at(3))) << 8 | quint8(firstBytes.at(4)));
    record.bytes = firstBytes.left(record.size);
    // The system had them when the watch began counting: they are not
    // counted again.
    m_tap->recordTls(m_connection, m_peer, record);
}

void TlsWireWatch::noteEstablished()
{
    if (m_established || !m_socket->isEncrypted())
        return;
    // The rest of the peer's handshake came in meanwhile.
    noteIncoming();
    m_established = true;
    if (!m_tap)
        return;
    WireTap::TlsRecord record;
    record.step = WireTap::TlsStep::Established;
    const QSslCertificate certificate = m_socket->mode() == QSslSocket::SslServerMode
                                            ? m_socket->localCertificate()
                                            : m_socket->peerCertificate();
    const QString protocol = [this] {
        switch (m_socket->sessionProtocol()) {
        case QSsl::TlsV1_2:
            return QStringLiteral("TLS 1.2");
        case QSsl::TlsV1_3:
            return QStringLiteral("TLS 1.3");
        default:
            return QStringLiteral("TLS");
        }
    }();
    record.detail =
        QStringLiteral("%1 · %2 · SHA256 %3")
            .arg(protocol, m_socket->sessionCipher().name(),
                 ServerIdentity::shortForm(certificate.digest(QCryptographicHash::Sha256)));
    m_tap->recordTls(m_connection, m_peer, record);
}

void TlsWireWatch::noteWritten(qint64 bytes)
{
    if (!m_tap || bytes <= 0)
        return;
    WireTap::TlsRecord record;
    record.direction = WireTap::Direction::Out;
    record.step = m_established ? WireTap::TlsStep::Encrypted : WireTap::TlsStep::Handshake;
    record.size = bytes;
    m_tap->recordTls(m_connection, m_peer, record);
}
