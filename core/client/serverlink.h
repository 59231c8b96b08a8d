#pragma once

// serverlink.h — the connection to one server, as a state machine: look up,
// connect, wait for the banner, say hello, in the room; or raw text mode
// against a foreign server; and, after an unexpected loss, reconnect with a
// growing wait. It turns frames into events (SalonClientCodec) and answers
// pings itself; what the events mean for a room is ChatClient's business.
//
// A server whose banner offers TLS gets our ClientHello as our first bytes
// (never one that did not offer it: a Salon 1.0 server would post it as
// chat), and we are greeted again inside TLS. Nothing is sent before the
// server's certificate is checked against the fingerprint pinned for that
// host and port (serverlink_tls.cpp): none pinned yet, or another one, and
// the link stops and says so; a pinned server that offers no TLS any more
// stops it too.

#include "base/framedecoder.h"
#include "base/heartbeat.h"
#include "base/roundtrip.h"
#include "base/wiretap.h"
#include "client/rawtextreceiver.h"
#include "client/reconnecttimer.h"
#include "model/chatcommand.h"
#include "model/chatevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

class ServerLink : public QObject
{
    Q_OBJECT
public:
    // The same steps as ChatClient::State, in the same order.
    enum class State {
        Disconnected,
        LookingUp,
        Connecting,
        WaitingForBanner,
        Joining,
        Connected,
        RawText,
        Reconnecting,
    };

    explicit ServerLink(QObject *parent = nullptr);
    ~ServerLink() override;

    void connectToServer(const QString &host, quint16 port, const QString &nick);
    void disconnectFromServer();
    void reconnectNow();
    int reconnectSecondsLeft() const
    {
        return m_state == State::Reconnecting ? m_reconnect->secondsLeft() : 0;
    }
    // The name a reconnection asks for (ours may have changed since).
    void setNick(const QString &nick) { m_nick = nick; }
    // The room's code, given in every hello from now on (empty: none).
    void setRoomCode(const QString &code) { m_roomCode = code; }
    QString roomCode() const { return m_roomCode; }

    void send(const ChatCommand &command);
    // Raw text mode: bytes as they are.
    void sendRaw(const QByteArray &bytes);

    State state() const { return m_state; }
    // On the way back into the room after losing it: waiting for the next
    // try, or trying.
    bool isComingBack() const { return m_reconnecting && m_state != State::Disconnected; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    bool autoReconnect() const { return m_autoReconnect; }
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setBannerTimeout(int ms) { m_bannerTimeoutMs = ms; }
    void setSilenceTimeout(int ms) { m_rawText->setSilenceTimeout(ms); }
    void setReconnectDelays(int firstMs, int maxMs) { m_reconnect->setDelays(firstMs, maxMs); }
    void setHeartbeat(int intervalMs, int timeoutMs)
    {
        m_heartbeat = Heartbeat(intervalMs, timeoutMs);
    }
    void setWireTap(WireTap *tap);

    // The SHA-256 of the certificate this host and port must show (empty:
    // none known yet). For the next connection.
    void setPinnedFingerprint(const QByteArray &sha256) { m_pinned = sha256; }
    QByteArray pinnedFingerprint() const { return m_pinned; }
    // For programs with nobody to ask (tests, load generators): the first
    // certificate met is pinned and the link goes on, as ssh's accept-new.
    // Another one later still stops it.
    void setAcceptNewServers(bool accept) { m_acceptNew = accept; }
    // Whether the room is reached through TLS, with the pinned certificate.
    bool isEncrypted() const { return m_encrypted; }
    // The member token the room gave us (empty: none yet). A secret: for
    // the requests that prove who we are (a hand-in), never for a log.
    QString memberToken() const { return m_token; }
    // The next connectToServer() to `host`, `port` as `nick` comes back as
    // the member `token` proves (a welcome gave it before: a hand-in run
    // again after an interruption).
    void resumeMember(const QString &host, quint16 port, const QString &nick, const QString &token)
    {
        m_host = host.trimmed();
        m_port = port;
        m_nick = nick.trimmed();
        m_token = token;
    }
    // The fingerprint of the server we are in the room with (empty: plain).
    QByteArray serverFingerprint() const { return m_encrypted ? m_pinned : QByteArray(); }

signals:
    void stateChanged(ServerLink::State state);
    // Every event from a Salon server, after the link has done its part
    // (a welcome puts it in the Connected state first).
    void eventReceived(const ChatEvent &event);
    void foreignServerDetected();
    void rawTextReceived(const QString &text);
    void rawLineTooLong(qsizetype maxBytes);
    void errorOccurred(const QString &text);
    // The connection closed: nobody is known to be in the room any more.
    void connectionEnded();
    void disconnected(bool unexpected);
    void reconnectCountdown(int secondsLeft);
    void reconnectTryFailed(const QString &reason);
    // Coming back, our name was refused although we proved it was ours: it
    // was lost (taken once its hold ran out). No more tries by themselves.
    // The room needs a code, or the one given was `wrong`: the person types it.
    void roomCodeNeeded(bool wrong);
    void nameLost(const QString &nick, const QString &reason);
    // The server speaks TLS with a certificate nobody pinned for this host
    // and port yet: the person compares `sha256` with the projector, then
    // connects again. Nothing was sent; the link is closed.
    void serverIdentityUnknown(const QByteArray &sha256);
    // The server showed another certificate than the pinned one, or (seen
    // empty) no longer offers TLS: it may not be the teacher's server. The
    // link is closed and tries no more by itself.
    void serverIdentityChanged(const QByteArray &pinned, const QByteArray &seen);

private:
    static constexpr qint64 ReadChunkBytes = 64 * 1024;

    void setState(State state);
    WireTap::Layer tapLayer() const;
    void handleSocketState(QAbstractSocket::SocketState socketState);
    void handleConnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void handleTimeout();
    void readIncoming();
    void readGreeting(const QByteArray &bytes);
    void readFrames(const QByteArray &bytes);
    void handleEvent(const ChatEvent &event);
    void enterRawMode();
    void startTls();
    void checkServerIdentity();
    void stopForIdentity(const QByteArray &seen, bool known);
    void fail(const QString &text);
    void scheduleReconnect();
    void checkHeartbeat();
    void write(const QByteArray &bytes);
    QString peerText() const;

    QSslSocket m_socket;
    QByteArray m_pinned; // the certificate this host and port must show
    bool m_tlsStarted = false;
    bool m_acceptNew = false;
    bool m_encrypted = false; // and checked
    QPointer<WireTap> m_tap;
    quint64 m_connectionCount = 0; // numbers the connections the inspector shows
    State m_state = State::Disconnected;
    QString m_host;
    quint16 m_port = 0;
    QString m_nick;
    // The member token our last welcome gave (a secret: never logged); a
    // reconnection proves with it that the name is ours.
    QString m_token;
    QString m_roomCode;
    QByteArray m_greeting; // bytes received before we know what the server speaks
    FrameDecoder m_frames;
    RawTextReceiver *m_rawText;
    QTimer m_timeout; // connecting, then waiting for the banner
    int m_connectTimeoutMs = 5000;
    int m_bannerTimeoutMs = 1500;
    // Each wait for the server's answer allows for this connection's round
    // trip, measured once it opened: a slow Wi-Fi is not a foreign server.
    QElapsedTimer m_opening;
    RoundTrip m_roundTrip;
    int answerWaitMs() const { return m_bannerTimeoutMs + m_roundTrip.allowanceMs(); }
    int tlsWaitMs() const { return m_connectTimeoutMs + 2 * m_roundTrip.allowanceMs(); }
    // TLS is finished for us a one-way trip before the server knows (our
    // last handshake message must reach it), and then it greets: two legs,
    // each of which may lose a packet on a lossy Wi-Fi.
    int greetingInsideTlsWaitMs() const
    {
        return m_bannerTimeoutMs + 2 * m_roundTrip.allowanceMs();
    }
    bool m_closingOnPurpose = false;
    bool m_serverSaidBye = false;
    bool m_kicked = false;

    bool m_autoReconnect = true;
    bool m_reconnecting = false; // the current try is a reconnection
    ReconnectTimer *m_reconnect;

    Heartbeat m_heartbeat{15000, 45000};
    QTimer m_heartbeatTick;
};
