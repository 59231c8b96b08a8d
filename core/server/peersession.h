#pragma once

// peersession.h — one peer whose language is known: its transport, its
// dialect, its flood control and its heartbeat. Units come in, the dialect
// makes commands of them, and what concerns the room goes up as
// commandReceived(); events go down through the dialect to the transport.
// It knows no room and no window.

#include "base/heartbeat.h"
#include "base/tokenbucket.h"
#include "base/wiretap.h"
#include "dialects/dialect.h"
#include "dialects/encodedevent.h"
#include "model/participant.h"
#include "server/serverlimits.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class Transport;

class PeerSession : public QObject
{
    Q_OBJECT
public:
    // Takes the transport over (it becomes a child).
    PeerSession(quint64 id, Transport *transport, std::unique_ptr<Dialect> dialect,
                const ServerLimits &limits, int silenceMs, QObject *parent = nullptr);

    // Starts listening: handles what already arrived.
    void start();

    quint64 id() const { return m_participant.id; }
    const Participant &participant() const { return m_participant; }
    QString nick() const { return m_participant.nick; }
    bool isJoined() const { return m_joined; }
    // How this peer reaches the server over HTTP: "https://192.168.1.5:12800"
    // (the address it connected to, and https when it speaks TLS).
    QString baseUrl() const;
    const Dialect &dialect() const { return *m_dialect; }

    // The room let the peer in under `nick`.
    void join(const QString &nick);
    void rename(const QString &nick) { m_participant.nick = nick; }
    // What it sends waits unread until resumeInput (its turn to be let in).
    void pauseInput() { m_inputPaused = true; }
    void resumeInput();
    bool isWaitingItsTurn() const { return m_inputPaused; }
    // Lines (or a last piece with no end) it sent that were not read yet.
    bool hasUnreadInput() const;
    // Its connection closed while it waited its turn, and the room let it
    // in all the same: what it sent before the end is heard now.
    void readLastWords();
    // Closing: gone from the room, or about to be.
    bool isClosing() const { return m_closing; }
    // A text client asked for the room's code: its next line is the answer.
    void setAnsweringCode(bool answering) { m_answeringCode = answering; }

    void send(const EncodedEvent &event);
    void send(const ChatEvent &event);
    // What is sent from now on waits (bounded like the send queue), so the
    // room's welcome can come first though it is made later.
    void holdOutput();
    // Stops holding: sends what `first` sends, then what waited.
    void releaseOutput(const std::function<void()> &first);
    // An error for this peer; `clientId` names the message it refuses.
    void sendError(ErrorCode code, const QStringList &args = {}, const QString &clientId = {});

    // Says goodbye, lets the bytes leave, then closes.
    void closeWithGoodbye(const QString &text);
    // Closes now, dropping what was not sent.
    void abort();

    // Reports this peer's traffic to `tap` (nullptr: to nobody); its
    // socket's state first, unless the handshake already showed it.
    void setWireTap(WireTap *tap, bool stateShown = false);

    // Why the connection closed, in words for the room ("connection reset").
    QString closeReason() const { return m_closeReason; }

signals:
    // Hello, Say, Private, Rename, Who, Leave: what the room decides.
    void commandReceived(const ChatCommand &command);
    void problem(const QString &text);
    // Out of the room now (it stopped reading); the connection still lets
    // what waits for it leave, and closed() follows.
    void gone();
    void closed();

private:
    void handleArrival();
    void processUnits();
    // The lines that waited (for a token, for its turn), then the silence
    // that ends a line without a newline.
    void processWaitingUnits();
    void takeSilentUnit();
    void handleUnit(const QByteArray &unit);
    void refuseFlood();
    void giveUpOnReader();
    void checkHeartbeat();
    void giveUpJoining();
    void handleTransportClosed(const QString &reason);
    void write(const QByteArray &bytes);
    void stopTimers();
    QString who() const;

    Transport *m_transport;
    std::unique_ptr<Dialect> m_dialect;
    const void *m_encodingKey; // the dialect's, asked once
    Participant m_participant;
    ServerLimits m_limits;
    bool m_firstUnit = true; // nothing from the peer handled yet
    bool m_joined = false;
    bool m_closing = false;
    bool m_inputPaused = false;
    bool m_answeringCode = false;
    bool m_holding = false;
    QByteArray m_held; // what waits while holding
    TokenBucket m_flood;
    Heartbeat m_heartbeat;
    QTimer m_floodDelay;    // lines over the rate wait for their token
    QTimer m_silence;       // a newline-less chunk ends with silence
    QTimer m_joinDeadline;  // a peer that asks to join must get in in time
    QTimer m_heartbeatTick; // pings a quiet peer, drops a silent one
    QTimer m_lingering;     // a reader given up on that never wakes
    QString m_closeReason;
};
