#pragma once

// handshake.h — owns a new connection until it is known what the peer
// speaks. It only peeks at the first bytes, where the system keeps them
// (PeekingSocket), so that the socket made once it is known — a QTcpSocket,
// or a QSslSocket for a ClientHello — reads them all, and
// asks the DialectDetector; bytes with no newline followed by a pause are a
// text client; silence gets the banner after a moment, and is a text client
// that only listens once identifyMs more have passed. Then identified()
// hands the socket and its dialect over.
//
// Where the room speaks TLS, a ClientHello as the peer's first bytes —
// before the banner (openssl s_client, browsers) or right after it (the
// Salon client, which reads the banner first) — starts TLS on the same
// socket, and all of the above begins again inside it. A ClientHello the
// room can't answer closes the connection: it never reaches the room as chat.

#include "base/wiretap.h"
#include "dialects/dialect.h"
#include "dialects/dialectdetector.h"
#include "server/serverlimits.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class PeekingSocket;
class QTcpSocket;
class TlsWireWatch;

class Handshake : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        // Listen this long before the banner, for clients that speak first: a
        // TLS client's ClientHello that comes after the banner fails it, and
        // on a busy PC it can take a while. Inside TLS, the handshake itself
        // has shown the client is there: a shorter wait.
        int greetMs = 250;
        int greetInsideTlsMs = 100;
        int silenceMs = 100;   // bytes with no newline end after this pause
        int identifyMs = 1500; // silent this long after the banner: a text client
        int tlsMs = 10000;     // the most a TLS handshake may take
    };

    // Takes `connection` over (it becomes a child).
    Handshake(PeekingSocket *connection, quint64 id, const ServerLimits &limits,
              const Timing &timing, QObject *parent = nullptr);
    ~Handshake() override;

    // Lets a ClientHello start TLS with `configuration` (the server's
    // identity); without it, one closes the connection. Before start().
    void offerTls(const QSslConfiguration &configuration);
    void start();
    // The server stops before the peer said what it speaks.
    void close();
    quint64 id() const { return m_id; }
    // Reports the connection's state and the banner to `tap` (nullptr: to nobody).
    void setWireTap(WireTap *tap);

    // Whether the peer speaks to the room through TLS.
    bool isEncrypted() const { return m_encrypted; }
    // After identified(): whether it is a browser (HTTP: no dialect yet).
    bool speaksHttp() const { return m_http; }
    // After identified(): the socket (no longer a child) and its dialect.
    // The socket is a Qt one for TLS, HTTP, and any peer off Unix; nullptr
    // for a plain peer on Unix, whose connection is still the descriptor
    // (takeConnection(): it stays this object's child, to take it from).
    QTcpSocket *takeSocket();
    PeekingSocket *takeConnection();
    std::unique_ptr<Dialect> takeDialect() { return std::move(m_dialect); }

signals:
    void identified();
    // The peer left before it was known what it speaks, or was closed for
    // `reason` (empty: it just left).
    void abandoned(const QString &reason = {});

private:
    // A ClientHello is shown whole in the wire inspector up to this size.
    static constexpr qsizetype MaxClientHelloShown = 2048;
    void inspect();
    void greet();
    void decide(std::unique_ptr<Dialect> dialect);
    void decideText();
    // Text, unless bytes came that inspect() has not seen yet.
    void decideUnlessSpoken();
    void startTls();
    QByteArray peekFirstBytes();
    // The connection goes from the PeekingSocket to a Qt socket.
    bool takeOver(bool tls);
    void followState();
    // Reports the TLS layer to the wire tap, if there is one.
    void watchTls();
    TlsWireWatch *tlsWatch() const;
    void beginInside();
    // An HTTP request line: identified() as a browser.
    void decideHttp();
    void drop(const QString &reason);

    PeekingSocket *m_raw;           // until it is known
    QTcpSocket *m_socket = nullptr; // from then on
    quint64 m_id;
    QString m_peer; // "192.0.2.4:50312", for the wire inspector
    DialectDetector m_detector;
    Timing m_timing;
    bool m_greeted = false;
    qsizetype m_inspectedBytes = 0; // what inspect() saw last
    bool m_tlsOffered = false;
    bool m_tlsStarted = false;
    bool m_encrypted = false;
    bool m_http = false;
    QSslConfiguration m_tls;
    QTimer m_greet;
    QTimer m_silence;
    QTimer m_identify;
    QTimer m_tlsDeadline;
    std::unique_ptr<Dialect> m_dialect;
    QPointer<WireTap> m_tap;
};
