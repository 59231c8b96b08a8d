#pragma once

// chatclient.h — joins a chat room: what the windows use. Its ServerLink is
// the connection's state machine (connect, banner, hello, reconnect; raw
// text against a foreign server such as the tutorial's serveur.py); its
// ClientRoom is the room's state (who is there, what is said). ChatClient
// turns what a person types into commands and the link's events into the
// room's.

#include "base/wiretap.h"
#include "client/clientroom.h"
#include "client/outbox.h"
#include "client/serverlink.h"
#include "model/chatcommand.h"
#include "model/chatevent.h"
#include "model/chatmessage.h"

#include <QObject>
#include <QStringList>

class ChatClient : public QObject
{
    Q_OBJECT
public:
    // ServerLink::State's steps, with a type of the windows' own.
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

    void connectToServer(const QString &host, quint16 port, const QString &nick);
    // A polite goodbye to a Salon server, then the connection closes. Also
    // stops trying to reconnect.
    void disconnectFromServer();

    // After an unexpected loss of a room it was in (the server stopped, a
    // cable was pulled, the server stopped answering), the client tries
    // again by itself, waiting 1, 2, 4… up to 30 s between tries, and
    // rejoins under the same nickname. Not after a kick or a goodbye of ours.
    void setAutoReconnect(bool on) { m_link->setAutoReconnect(on); }
    bool autoReconnect() const { return m_link->autoReconnect(); }
    void reconnectNow();
    // Seconds until the next try, while Reconnecting.
    int reconnectSecondsLeft() const { return m_link->reconnectSecondsLeft(); }

    // A message for everyone (or, in raw text mode, bytes for the server).
    // It waits in the outbox until the server's copy comes back: while
    // reconnecting too, and it is sent again after a lost connection. False
    // when it can't be sent (not connected, too long, the outbox full: an
    // error says why).
    bool sendMessage(const QString &text);
    bool sendPrivateMessage(const QString &to, const QString &text);
    // What was sent and not yet shown back by the server, oldest first.
    const Outbox &outbox() const { return m_outbox; }
    // Gives up on what waits in the outbox (the person chose to).
    void discardOutbox();
    void changeNick(const QString &nick);
    // The room's code, for the next connections (empty: none). A member
    // that dropped comes back without it (its member token proves it).
    void setRoomCode(const QString &code) { m_link->setRoomCode(code); }
    QString roomCode() const { return m_link->roomCode(); }
    // The certificate fingerprint (SHA-256) this server must show; empty:
    // none known yet (ServerLink).
    void setPinnedFingerprint(const QByteArray &sha256) { m_link->setPinnedFingerprint(sha256); }
    QByteArray pinnedFingerprint() const { return m_link->pinnedFingerprint(); }
    // Pins the first certificate met, with nobody to ask (ServerLink).
    void setAcceptNewServers(bool accept) { m_link->setAcceptNewServers(accept); }
    bool isEncrypted() const { return m_link->isEncrypted(); }
    QByteArray serverFingerprint() const { return m_link->serverFingerprint(); }
    QString memberToken() const { return m_link->memberToken(); }
    void resumeMember(const QString &host, quint16 port, const QString &nick, const QString &token)
    {
        m_link->resumeMember(host, port, nick, token);
    }
    // Asks the teacher for the floor, or takes the request back; the room's
    // answer comes as handChanged().
    void setHandRaised(bool up);
    // What a person typed, read by CommandParser: a message, /msg, /nick,
    // /who, /help, fin or /quit. The answers for this person only come back
    // as localReply() (/help, /who) or commandError() (a usage error; then
    // it returns false, and the person may want to correct the line).
    bool sendTyped(const QString &line);

    State state() const { return State(m_link->state()); }
    bool isInRoom() const { return state() == State::Connected || state() == State::RawText; }
    // Lost the room and on the way back: waiting for the next try, or trying.
    bool isComingBack() const { return m_link->isComingBack(); }
    QString nick() const { return m_room->nick(); }
    QStringList people() const { return m_room->people(); }
    QString host() const { return m_link->host(); }
    quint16 port() const { return m_link->port(); }

    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    LineEnding lineEnding() const { return m_lineEnding; }

    // How long to wait for each step. Tests shorten them.
    void setConnectTimeout(int ms) { m_link->setConnectTimeout(ms); }
    void setBannerTimeout(int ms) { m_link->setBannerTimeout(ms); }
    void setSilenceTimeout(int ms) { m_link->setSilenceTimeout(ms); }
    // The first wait before reconnecting; it doubles up to maxMs.
    void setReconnectDelays(int firstMs, int maxMs) { m_link->setReconnectDelays(firstMs, maxMs); }
    // Pings a quiet server after intervalMs; after timeoutMs with nothing
    // from it, the connection counts as lost.
    void setHeartbeat(int intervalMs, int timeoutMs)
    {
        m_link->setHeartbeat(intervalMs, timeoutMs);
    }

    static QString stateText(State state);
    // Another name to offer when `nick` is taken: "alice2", "alice3"…
    static QString anotherNick(const QString &nick);

    // Reports this client's traffic to `tap` (nullptr: to nobody).
    void setWireTap(WireTap *tap) { m_link->setWireTap(tap); }

signals:
    void stateChanged(ChatClient::State state);
    void joined(const QString &nick);
    void messageReceived(const ChatMessage &message);
    void peopleChanged(const QStringList &people);
    void personJoined(const QString &nick);
    void personLeft(const QString &nick, const QString &reason);
    void personRenamed(const QString &from, const QString &to);
    void noticeReceived(const QString &text);
    // The room's host (the teacher, the server) said `text` to the room, or
    // to us alone: not a goodbye, not an error.
    void announcementReceived(const QString &text);
    // Our hand is `up`, `position` in line (1: first).
    void handChanged(bool up, int position);
    // The teacher hands out `file` (FileTransfers fetches it).
    void fileOffered(const ChatEvent::OfferedFile &file);
    // The teacher collects work (`open`), titled `title`; or no longer.
    void collectingChanged(bool open, const QString &title);
    // Students may share files with the room (`allowed`), or no longer.
    void sharingChanged(bool allowed);
    // The teacher removed message `id` from the room: it goes from the screen.
    void messageDeleted(qint64 id);
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
    // A try to come back failed, and why: for the one status line that
    // says how reconnecting goes (the loss itself was said once).
    void reconnectTryFailed(const QString &reason);
    // Lines for this person only: the help, who is in the room.
    void localReply(const QStringList &lines);
    // A typed command that can't be sent, and why ("Usage: /msg NAME text").
    void commandError(const QString &text);
    // The outbox changed: a message went in, was delivered or refused.
    void outboxChanged();
    // The server refused a message of ours, for `reason`.
    void messageRefused(const ChatCommand &message, const QString &reason);
    // Messages typed for one server were dropped, as another one was chosen.
    void outboxDropped(int count);
    // Coming back after a loss, our nickname had been taken: no more tries
    // by themselves. `suggestion` is a name to offer instead.
    void nameLost(const QString &nick, const QString &suggestion);
    // The room needs a code, or the one given was `wrong`: ask the person,
    // then connect again.
    void roomCodeNeeded(bool wrong);
    // First time with this server: compare `sha256` with the projector,
    // pin it, connect again.
    void serverIdentityUnknown(const QByteArray &sha256);
    // Not the certificate pinned for this server (`seen` empty: no TLS any
    // more). Stopped; a person must read why.
    void serverIdentityChanged(const QByteArray &pinned, const QByteArray &seen);

private:
    void handleEvent(const ChatEvent &event);
    void send(const ChatCommand &command) { m_link->send(command); }
    // Into the outbox, and out to the server when we are in the room.
    bool queue(const ChatCommand &command);
    // True while a message typed now will reach the room: in it, or on the
    // way back after a lost connection.
    bool canQueue() const;

    ServerLink *m_link;
    ClientRoom *m_room;
    Outbox m_outbox;
    QString m_outboxServer; // host:port the waiting messages are for
    LineEnding m_lineEnding = LineEnding::None;
    bool m_whoAsked = false; // the next list of people answers a /who
};
