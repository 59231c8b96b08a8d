#include "server/handshake.h"

#include "dialects/greeting.h"

#include <QTcpSocket>

Handshake::Handshake(QTcpSocket *socket, quint64 id, const ServerLimits &limits,
                     const Timing &timing, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_peer(Participant::endpointOf(socket->peerAddress(), socket->peerPort()))
    , m_detector(limits.maxFrameBytes, limits.maxTextLineBytes)
    , m_timing(timing)
{
    m_socket->setParent(this);
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify})
        timer->setSingleShot(true);
    connect(&m_greet, &QTimer::timeout, this, &Handshake::greet);
    connect(&m_silence, &QTimer::timeout, this, &Handshake::decideText);
    connect(&m_identify, &QTimer::timeout, this, &Handshake::decideText);
    connect(m_socket, &QTcpSocket::readyRead, this, &Handshake::inspect);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        // Bytes sent just before closing (`printf hi | nc`) still count.
        if (m_socket->bytesAvailable() > 0)
            decideText();
        else
            emit abandoned();
    });
}

void Handshake::start()
{
    m_greet.start(m_timing.greetMs);
    // Bytes may have come with the connection itself.
    inspect();
}

void Handshake::close()
{
    for (QTimer *timer : {&m_greet, &m_silence, &m_identify})
        timer->stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->disconnectFromHost();
}

void Handshake::setWireTap(WireTap *tap)
{
    if (m_tap == tap)
        return;
    if (m_tap)
        disconnect(m_socket, &QAbstractSocket::stateChanged, m_tap, nullptr);
    m_tap = tap;
    if (!tap)
        return;
    tap->recordState(m_id, m_peer, m_socket->state());
    connect(m_socket, &QAbstractSocket::stateChanged, tap,
            [tap, id = m_id, peer = m_peer](QAbstractSocket::SocketState state) {
                tap->recordState(id, peer, state);
            });
}

void Handshake::inspect()
{
    if (m_dialect || m_socket->bytesAvailable() == 0)
        return;
    const DialectDetector::Verdict verdict =
        m_detector.detect(m_socket->peek(m_detector.peekBytes()));
    if (verdict == DialectDetector::Verdict::NotYet)
        m_silence.start(m_timing.silenceMs);
    else
        decide(m_detector.dialectFor(verdict));
}

void Handshake::greet()
{
    if (m_greeted)
        return;
    m_greeted = true;
    const QByteArray banner = Greeting::banner();
    m_socket->write(banner);
    if (m_tap)
        m_tap->recordBytes(m_id, m_peer, WireTap::Direction::Out, banner);
    // A Salon client answers the banner with its hello; one that stays
    // silent this long after it is a text client that only listens.
    if (!m_dialect)
        m_identify.start(m_timing.identifyMs);
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
    m_dialect = std::move(dialect);
    emit identified();
}

QTcpSocket *Handshake::takeSocket()
{
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_tap)
        disconnect(m_socket, &QAbstractSocket::stateChanged, m_tap, nullptr);
    m_socket->setParent(nullptr);
    return m_socket;
}
