#pragma once

// clientconnection.h — one socket the server accepted. It works out whether
// the peer speaks the Salon protocol or plain text lines (nc, telnet, the
// tutorial's client), turns what arrives into requests for the server, and
// formats what the server sends in the peer's own language.

#include "model/chatmessage.h"
#include "base/linesplitter.h"
#include "dialects/messagewire.h"
#include "model/participant.h"
#include "server/serverlimits.h"
#include "base/tokenbucket.h"
#include "base/wiretap.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

class ClientConnection : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Undecided, Salon, Text };

    ClientConnection(QTcpSocket *socket, quint64 id, const ServerLimits &limits,
                     QObject *parent = nullptr);

    // Sends the banner and starts waiting for the peer to show what it speaks:
    // silent for identifyMs means a text peer that only listens.
    void start(int identifyMs, int silenceMs);

    Mode mode() const { return m_mode; }
    bool isJoined() const { return m_joined; }
    const Participant &participant() const { return m_participant; }
    QString nick() const { return m_participant.nick; }

    // The server lets the peer in under this nickname: greets it, sends the
    // people present, the room's recent history up to when the peer came,
    // then whatever was said while it was undecided.
    void join(const QString &nick, const QStringList &people, const QList<ChatMessage> &history);
    void rename(const QString &nick);

    // Everything below is formatted for the peer's mode. Until the peer
    // joins, chat messages are kept (bounded) and sent at join; the rest is
    // only for people in the room.
    void sendMessage(const ChatMessage &message);
    // The same, with the bytes made once for a whole broadcast.
    void sendMessage(const MessageWire &wire);
    // What the whole room is told, in both languages, made once per event
    // rather than once per receiver.
    struct RoomEvent
    {
        QByteArray salonLine;
        QByteArray textLine;
    };
    static RoomEvent joinedEvent(const QString &nick);
    static RoomEvent leftEvent(const QString &nick, const QString &reason);
    static RoomEvent renamedEvent(const QString &from, const QString &to);
    static RoomEvent noticeEvent(const QString &text);
    void sendEvent(const RoomEvent &event);
    void sendError(const QString &code, const QString &text);
    void sendPeople(const QStringList &people);
    void sendNickRefused(const QString &nick, const QString &reason);

    // Says goodbye, lets the bytes leave, then closes.
    void closeWithGoodbye(const QString &text);
    // Closes now, dropping what was not sent.
    void abort();

    // Reports this connection's traffic to `tap` (nullptr: to nobody).
    void setWireTap(WireTap *tap);

    // Why the socket closed, in words for the room ("connection reset").
    QString closeReason() const { return m_closeReason; }

signals:
    void helloReceived(const QString &nick);
    void textPeerIdentified();
    void sayReceived(const QString &text);
    void privateReceived(const QString &to, const QString &text);
    void nickRequested(const QString &nick);
    void whoRequested();
    void quitRequested();
    void problem(const QString &detail);
    void closed();

private:
    void readIncoming();
    void processLines();
    void refuseFlood();
    void handleLine(const QByteArray &line);
    void handleFrame(const QJsonObject &frame);
    void handleTextLine(const QString &text);
    void handleTextCommand(const QString &command, const QString &argument);
    void flushSilentChunk();
    void becomeText();
    void handleDisconnected();
    void handleSocketError();
    void write(const QByteArray &bytes);
    void sendFrame(const QJsonObject &frame);
    void sendTextLine(const QString &text);
    static QByteArray textLine(const QString &text);
    void sendHelp();
    void sendHistory(const QList<ChatMessage> &history);
    void stopTimers();
    void checkHeartbeat();

    QTcpSocket *m_socket;
    Participant m_participant;
    Mode m_mode = Mode::Undecided;
    bool m_joined = false;
    bool m_closing = false;
    ServerLimits m_limits;
    LineSplitter m_lines;
    TokenBucket m_flood;
    QTimer m_floodDelay; // lines over the rate wait for their token
    QTimer m_silence;    // a text peer's newline-less chunk ends with silence
    QTimer m_identify;   // a peer that says nothing is a text peer
    QTimer m_handshake;  // a Salon peer must get in (a free nickname) in time
    QTimer m_heartbeat;  // pings a quiet Salon peer, drops a silent one
    QElapsedTimer m_lastHeard;
    bool m_pinged = false;
    QList<ChatMessage> m_backlog;
    QPointer<WireTap> m_tap;
    QString m_closeReason;
};
