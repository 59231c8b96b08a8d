#pragma once

// chatclient.h — joins a chat room. Speaks the Salon protocol to a Salon
// server; against a server that sends no Salon banner (the tutorial's
// serveur.py, say) it falls back to raw text: typed lines go out as bytes,
// whatever arrives is shown as text.

#include "model/chatmessage.h"
#include "base/framedecoder.h"
#include "base/linesplitter.h"
#include "base/wiretap.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

class ChatClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        LookingUp,        // resolving the host name
        Connecting,       // TCP handshake
        WaitingForBanner, // connected; is it a Salon server?
        Joining,          // hello sent, waiting for welcome
        Connected,        // in the room
        RawText,          // a foreign server: raw text mode
        Reconnecting,     // the connection was lost; trying again soon
    };
    Q_ENUM(State)

    enum class LineEnding { None, LF, CRLF };
    Q_ENUM(LineEnding)

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    void connectToServer(const QString &host, quint16 port, const QString &nick);
    // A polite goodbye to a Salon server, then the connection closes. Also
    // stops trying to reconnect.
    void disconnectFromServer();

    // After an unexpected loss of a room it was in (the server stopped, a
    // cable was pulled, the server stopped answering), the client tries
    // again by itself, waiting 1, 2, 4… up to 30 s between tries, and
    // rejoins under the same nickname. Not after a kick or a goodbye of ours.
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    bool autoReconnect() const { return m_autoReconnect; }
    void reconnectNow();
    // Seconds until the next try, while Reconnecting.
    int reconnectSecondsLeft() const;

    // A message for everyone (or, in raw text mode, bytes for the server).
    void sendMessage(const QString &text);
    void sendPrivateMessage(const QString &to, const QString &text);
    void changeNick(const QString &nick);

    State state() const { return m_state; }
    bool isInRoom() const { return m_state == State::Connected || m_state == State::RawText; }
    QString nick() const { return m_nick; }
    QStringList people() const { return m_people; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    LineEnding lineEnding() const { return m_lineEnding; }

    // How long to wait for each step. Tests shorten them.
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setBannerTimeout(int ms) { m_bannerTimeoutMs = ms; }
    void setSilenceTimeout(int ms) { m_silence.setInterval(ms); }
    // The first wait before reconnecting; it doubles up to maxMs.
    void setReconnectDelays(int firstMs, int maxMs)
    {
        m_reconnectFirstMs = firstMs;
        m_reconnectMaxMs = maxMs;
    }
    // Pings a quiet server after intervalMs; after timeoutMs with nothing
    // from it, the connection counts as lost.
    void setHeartbeat(int intervalMs, int timeoutMs)
    {
        m_heartbeatIntervalMs = intervalMs;
        m_heartbeatTimeoutMs = timeoutMs;
    }

    static QString stateText(State state);

    // Reports this client's traffic to `tap` (nullptr: to nobody).
    void setWireTap(WireTap *tap) { m_tap = tap; }

signals:
    void stateChanged(ChatClient::State state);
    void joined(const QString &nick);
    void messageReceived(const ChatMessage &message);
    void peopleChanged(const QStringList &people);
    void personJoined(const QString &nick);
    void personLeft(const QString &nick, const QString &reason);
    void personRenamed(const QString &from, const QString &to);
    void noticeReceived(const QString &text);
    // An error the server reported (message too long, unknown name…).
    void serverError(const QString &text);
    void nickRefused(const QString &nick, const QString &reason);
    // The server sent no Salon banner: raw text mode from now on.
    void foreignServerDetected();
    void rawTextReceived(const QString &text);
    // A sentence a person can act on: refused, host not found, timeout…
    void errorOccurred(const QString &text);
    // The connection is gone; unexpected is true when nobody asked for it.
    void disconnected(bool unexpected);
    // While Reconnecting: once a second, and when a try begins (0).
    void reconnectCountdown(int secondsLeft);

private:
    void setState(State state);
    void handleSocketState(QAbstractSocket::SocketState socketState);
    void handleConnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void handleTimeout();
    void readIncoming();
    void readGreeting(const QByteArray &bytes);
    void readFrames(const QByteArray &bytes);
    void readRawText(const QByteArray &bytes);
    void flushRawText();
    void handleFrame(const QJsonObject &frame);
    void enterRawMode();
    void sendFrame(const QJsonObject &frame);
    void fail(const QString &text);
    void scheduleReconnect();
    void checkHeartbeat();

    void write(const QByteArray &bytes);
    QString peerText() const;

    QTcpSocket m_socket;
    QPointer<WireTap> m_tap;
    quint64 m_connectionCount = 0; // numbers the connections the inspector shows
    State m_state = State::Disconnected;
    QString m_host;
    quint16 m_port = 0;
    QString m_nick;
    QStringList m_people;
    LineEnding m_lineEnding = LineEnding::None;
    QByteArray m_greeting; // bytes received before we know what the server speaks
    FrameDecoder m_frames;
    LineSplitter m_rawLines;
    QTimer m_timeout; // connecting, then waiting for the banner
    QTimer m_silence; // raw text without a newline is shown after a pause
    int m_connectTimeoutMs = 5000;
    int m_bannerTimeoutMs = 1500;
    bool m_closingOnPurpose = false;
    bool m_serverSaidBye = false;
    bool m_kicked = false;

    bool m_autoReconnect = true;
    bool m_reconnecting = false; // the current try is a reconnection
    int m_reconnectTries = 0;
    int m_reconnectFirstMs = 1000;
    int m_reconnectMaxMs = 30000;
    QTimer m_reconnect;     // when the next try starts
    QTimer m_countdownTick; // once a second, for the countdown
    QElapsedTimer m_reconnectClock;
    int m_reconnectDelayMs = 0;

    int m_heartbeatIntervalMs = 15000;
    int m_heartbeatTimeoutMs = 45000;
    QTimer m_heartbeat;
    QElapsedTimer m_lastHeard;
    bool m_pinged = false;
};
