// serverlink_tls.cpp — ServerLink's part for TLS: start it when the banner
// offers it, and check the server's certificate against the pinned
// fingerprint before a single byte of ours is sent inside it.

#include "base/logging.h"
#include "client/serverlink.h"
#include "security/tlswirewatch.h"

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>

void ServerLink::startTls()
{
    m_tlsStarted = true;
    m_greeting.clear(); // the server waits for our ClientHello: nothing follows the banner
    QSslConfiguration configuration = m_socket.sslConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // The certificate is the server's own, trusted by its fingerprint, not
    // by an authority: Qt is asked for it, and checkServerIdentity() judges.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_socket.setSslConfiguration(configuration);
    m_timeout.start(tlsWaitMs());
    m_socket.startClientEncryption();
}

void ServerLink::checkServerIdentity()
{
    // The wire inspector shows the certificate, whatever is decided of it.
    if (TlsWireWatch *watch = TlsWireWatch::of(&m_socket))
        watch->noteEstablished();
    const QByteArray seen = m_socket.peerCertificate().digest(QCryptographicHash::Sha256);
    if (m_pinned.isEmpty() && m_acceptNew && !seen.isEmpty())
        m_pinned = seen;
    if (seen.isEmpty() || seen != m_pinned) {
        stopForIdentity(seen, !m_pinned.isEmpty());
        return;
    }
    m_encrypted = true;
    qCDebug(lcClient) << "TLS with" << peerText() << m_socket.sessionCipher().name();
    // Greeted again inside TLS, then the hello, as on a plain connection.
    m_timeout.start(greetingInsideTlsWaitMs());
    if (m_socket.bytesAvailable() > 0)
        readIncoming();
}

void ServerLink::stopForIdentity(const QByteArray &seen, bool known)
{
    // No coming back by itself: a person must look first.
    m_timeout.stop();
    m_reconnecting = false;
    m_reconnect->stop();
    m_reconnect->reset();
    m_closingOnPurpose = true;
    m_socket.abort(); // says it is disconnected, once
    if (m_state != State::Disconnected) {
        setState(State::Disconnected);
        emit disconnected(false);
    }
    if (known)
        emit serverIdentityChanged(m_pinned, seen);
    else
        emit serverIdentityUnknown(seen);
}
