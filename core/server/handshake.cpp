#include "server/handshake.h"

#include "base/logging.h"
#include "base/roundtrip.h"
#include "dialects/greeting.h"
#include "security/tlswirewatch.h"
#include "server/peekingsocket.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

#include <utility>

Handshake::Handshake(PeekingSocket *connection, quint64 id, const ServerLimits &limits,
                     const Timing &timing, QObject *parent)
    : QObject(parent)
    , m_raw(connection)
    , m_id(id)
    , m_peer(Participant::endpointOf(connection->peerAddress(), connection->peerPort()))
    , m_detector(limits.maxFrameBytes, limits.maxTextLineBytes)
    , m_timing(timing)
{
    m_raw->setParent(this);
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify, &m_tlsDeadline})
        timer->setSingleShot(true);
    connect(&m_greet, &QTimer::timeout, this, &Handshake::greet);
    connect(&m_tlsDeadline, &QTimer::timeout, this,
            [this] { drop(QStringLiteral("the TLS handshake took too long")); });
    connect(&m_silence, &QTimer::timeout, this, &Handshake::decideUnlessSpoken);
    connect(&m_identify, &QTimer::timeout, this, &Handshake::decideUnlessSpoken);
    connect(m_raw, &PeekingSocket::readyRead, this, &Handshake::inspect);
    connect(m_raw, &PeekingSocket::closed, this, [this] {
        // Bytes sent just before closing (`printf hi | nc`) still count.
        if (!m_raw->peek(1).isEmpty())
            decideText();
        else
            emit abandoned();
    });
}

Handshake::~Handshake() = default;

void Handshake::offerTls(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_tlsOffered = true;
}

void Handshake::start()
{
    m_greet.start(m_timing.greetMs);
    // Bytes may have come with the connection itself.
    inspect();
}

void Handshake::close()
{
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify, &m_tlsDeadline})
        timer->stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->disconnectFromHost();
    } else {
        m_raw->close();
    }
}

void Handshake::setWireTap(WireTap *tap)
{
    if (m_tap == tap)
        return;
    if (m_tap && m_socket)
        disconnect(m_socket, &QAbstractSocket::stateChanged, m_tap, nullptr);
    m_tap = tap;
    if (!tap)
        return;
    tap->recordState(m_id, m_peer, m_socket ? m_socket->state() : QAbstractSocket::ConnectedState);
    if (m_socket)
        followState();
    watchTls();
}

void Handshake::watchTls()
{
    if (m_tlsStarted)
        TlsWireWatch::attach(static_cast<QSslSocket *>(m_socket), m_tap, m_id, m_peer);
}

TlsWireWatch *Handshake::tlsWatch() const
{
    return m_tlsStarted ? TlsWireWatch::of(static_cast<QSslSocket *>(m_socket)) : nullptr;
}

void Handshake::followState()
{
    if (!m_tap)
        return;
    connect(m_socket, &QAbstractSocket::stateChanged, m_tap,
            [tap = m_tap.data(), id = m_id, peer = m_peer](QAbstractSocket::SocketState state) {
                tap->recordState(id, peer, state);
            });
}

QByteArray Handshake::peekFirstBytes()
{
    if (m_socket)
        return m_socket->bytesAvailable() > 0 ? m_socket->peek(m_detector.peekBytes())
                                              : QByteArray();
    return m_raw->peek(m_detector.peekBytes());
}

void Handshake::inspect()
{
    if (TlsWireWatch *watch = tlsWatch())
        watch->noteIncoming();
    if (m_dialect || m_http || (m_tlsStarted && !m_encrypted))
        return;
    const QByteArray first = peekFirstBytes();
    m_inspectedBytes = first.size();
    if (first.isEmpty())
        return;
    const DialectDetector::Verdict verdict = m_detector.detect(first);
    if (verdict == DialectDetector::Verdict::NotYet)
        m_silence.start(m_timing.silenceMs);
    else if (verdict == DialectDetector::Verdict::Tls)
        startTls();
    else if (verdict == DialectDetector::Verdict::Http)
        decideHttp();
    else
        decide(m_detector.dialectFor(verdict));
}

bool Handshake::takeOver(bool tls)
{
    m_socket = m_raw->take(tls);
    if (!m_socket)
        return false;
    m_socket->setParent(this);
    followState();
    return true;
}

void Handshake::startTls()
{
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify})
        timer->stop();
    // TLS inside TLS, or a room without an identity: a ClientHello is no chat.
    if (!m_tlsOffered || m_tlsStarted) {
        drop(m_tlsStarted ? QStringLiteral("a TLS record inside TLS")
                          : QStringLiteral("TLS, which this room does not speak"));
        return;
    }
    // The ClientHello is still where the system keeps it: a QSslSocket
    // takes the connection from here and reads it.
    const QByteArray clientHello = m_tap ? m_raw->peek(MaxClientHelloShown) : QByteArray();
    if (!takeOver(true)) {
        drop(QStringLiteral("the connection could not be taken over"));
        return;
    }
    m_tlsStarted = true;
    auto *socket = static_cast<QSslSocket *>(m_socket);
    watchTls();
    if (TlsWireWatch *watch = tlsWatch())
        watch->noteClientHello(clientHello);
    socket->setSslConfiguration(m_tls);
    connect(socket, &QSslSocket::encrypted, this, &Handshake::beginInside);
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        if (!m_encrypted)
            drop(QStringLiteral("TLS failed: %1").arg(socket->errorString()));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Handshake::inspect);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_encrypted && m_socket->bytesAvailable() > 0)
            decideText();
        else
            emit abandoned();
    });
    m_tlsDeadline.start(m_timing.tlsMs);
    socket->startServerEncryption();
}

void Handshake::decideHttp()
{
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify, &m_tlsDeadline})
        timer->stop();
    // A browser: the HTTP side takes the socket as it is, request unread.
    if (!m_socket && !takeOver(false)) {
        drop(QStringLiteral("the connection could not be taken over"));
        return;
    }
    m_http = true;
    emit identified();
}

void Handshake::beginInside()
{
    m_tlsDeadline.stop();
    m_encrypted = true;
    if (TlsWireWatch *watch = tlsWatch())
        watch->noteEstablished();
    qCDebug(lcServer) << m_peer << "speaks TLS"
                      << static_cast<QSslSocket *>(m_socket)->sessionCipher().name();
    // A new start, inside TLS: listen a moment, then the banner.
    m_greeted = false;
    m_greet.start(m_timing.greetInsideTlsMs);
    inspect();
}

void Handshake::drop(const QString &reason)
{
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify, &m_tlsDeadline})
        timer->stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    } else {
        m_raw->close();
    }
    emit abandoned(reason);
}

void Handshake::greet()
{
    if (m_greeted)
        return;
    m_greeted = true;
    // Inside TLS, nothing more to offer.
    const QByteArray banner = Greeting::banner(m_tlsOffered && !m_tlsStarted);
    if (m_socket)
        m_socket->write(banner);
    else
        m_raw->write(banner);
    if (m_tap)
        m_tap->recordBytes(m_id, m_peer, WireTap::Direction::Out, banner,
                           m_encrypted ? WireTap::Layer::Decrypted : WireTap::Layer::Clear);
    // A Salon client answers the banner with its hello (or its ClientHello);
    // one that stays silent this long after it is a text client that only
    // listens. On a slow or lossy Wi-Fi the answer can take a round trip and
    // a resent packet more: a Salon client taken for a listener there would
    // have its ClientHello read as text.
    if (!m_dialect) {
        const RoundTrip roundTrip =
            RoundTrip::of(m_socket ? m_socket->socketDescriptor() : m_raw->descriptor());
        qCDebug(lcServer) << m_peer << "greeted; round trip" << roundTrip.rttMs
                          << "ms, resend after" << roundTrip.rtoMs << "ms";
        m_identify.start(m_timing.identifyMs + roundTrip.allowanceMs());
    }
}

void Handshake::decideUnlessSpoken()
{
    // A busy server (a whole school arriving at once) can come to this
    // timer before it comes to the bytes that arrived in time: a Salon
    // client's hello is read, not taken for silence.
    if (peekFirstBytes().size() != m_inspectedBytes) {
        inspect();
        return;
    }
    decideText();
}

void Handshake::decideText()
{
    if (!m_dialect)
        decide(m_detector.dialectFor(DialectDetector::Verdict::Text));
}

void Handshake::decide(std::unique_ptr<Dialect> dialect)
{
    m_greet.stop();
    m_silence.stop();
    m_identify.stop();
    // Salon and text peers both get the banner first, whenever they spoke.
    greet();
#if !defined(Q_OS_UNIX)
    // A plain peer gets a plain socket: it reads what the peer sent from here.
    // (On Unix the session's transport takes the descriptor itself.)
    if (!m_socket && !takeOver(false)) {
        drop(QStringLiteral("the connection could not be taken over"));
        return;
    }
#endif
    m_dialect = std::move(dialect);
    emit identified();
}

PeekingSocket *Handshake::takeConnection()
{
    if (m_socket || !m_raw)
        return nullptr;
    disconnect(m_raw, nullptr, this, nullptr);
    return m_raw;
}

QTcpSocket *Handshake::takeSocket()
{
    if (!m_socket)
        return nullptr;
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_tap)
        disconnect(m_socket, &QAbstractSocket::stateChanged, m_tap, nullptr);
    m_socket->setParent(nullptr);
    return m_socket;
}
