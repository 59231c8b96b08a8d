#pragma once

// chatserver.h — hosts a chat room on a TCP port: the facade the windows and
// the headless server use. A connection goes listener → admission →
// handshake (what does it speak?) → session in a room (docs/architecture.md).

#include "base/wiretap.h"
#include "files/filedesk.h"
#include "model/chatmessage.h"
#include "model/participant.h"
#include "security/serveridentity.h"
#include "server/admission.h"
#include "server/aftercrowd.h"
#include "server/banlist.h"
#include "server/codegate.h"
#include "server/handshake.h"
#include "server/listener.h"
#include "server/room.h"
#include "server/serverlimits.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class Dialect;
class HttpExchange;
class TransferExchange;
struct HttpRequest;
class PeerSession;
class QTcpSocket;
class QWebSocketServer;
class Transport;
struct ChatCommand;

class PeekingSocket;

class ChatServer : public QObject
{
    Q_OBJECT
public:
    explicit ChatServer(QObject *parent = nullptr);
    ~ChatServer() override;

    // Listens on every interface (IPv4 and IPv6) by default. Port 0 picks a
    // free port. On failure, errorString() says what to do about it.
    bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 12800);
    // Says goodbye to everyone and stops listening.
    void stop();

    bool isListening() const { return m_listener.isListening(); }
    quint16 serverPort() const { return m_listener.serverPort(); }
    QString errorString() const { return m_errorString; }
    // The last listen() failed because another program has that port.
    bool portWasInUse() const { return m_portWasInUse; }
    // The first port after `port` (at most 100 after) nobody listens on, or 0.
    static quint16 nextFreePort(quint16 port, const QHostAddress &address = QHostAddress::Any);

    QList<Participant> participants() const;

    // How full the room is, for the server window.
    struct Occupancy
    {
        int members = 0;    // in the room
        int connecting = 0; // still getting in
        int heldNames = 0;  // kept for Salon clients that dropped
        int turnedAway = 0; // refused in the last minute
        int places = 0;     // the room's size
        int wrongCodes = 0; // wrong room codes in the last ten minutes
        int waiting = 0;    // addresses kept waiting for guessing the code
    };
    Occupancy occupancy() const;
    // Names kept for Salon clients that dropped without a goodbye.
    int heldNames() const { return m_room.heldNames(); }

    // The teacher's name in the room ("Teacher", "Professeur": the
    // server's language, until the teacher changes it). Nobody else may
    // take it or one like it; students' private messages to it come out
    // as messageRelayed(); it signs the teacher's actions in the history.
    // False (and nothing changes) when it is not a possible nickname.
    bool setTeacherName(const QString &name);
    QString teacherName() const { return m_room.hostName(); }
    // A private message from the teacher; false when nobody here has that name.
    bool sendPrivate(const QString &to, const QString &text);

    // A notice from the server to everyone in the room.
    void announce(const QString &text);
    // Removes one person, telling them and the room why.
    void disconnectClient(quint64 id, const QString &reason);
    // The same, by name; false when nobody in the room has it.
    bool kick(const QString &nick, const QString &reason);

    // Locked, nobody new joins: those in the room stay, and a Salon client
    // that dropped gets back in (its member token proves it was there).
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // The room code (empty: none). Those in the room stay; a Salon client
    // that dropped gets back in with its member token, whatever the code.
    // A Salon client gives it in its hello; a text client is asked for it
    // after the banner and answers with its first line. Guessing is slowed
    // (CodeGate). The code is a secret: it never goes into the log.
    void setRoomCode(const QString &code);
    QString roomCode() const { return m_codeGate.code(); }

    // Muted, a member stays and reads; what it sends is not delivered, and
    // it is told why. It follows the member (Room::memberKeyOf). False when
    // nobody in the room has that name.
    bool setMuted(const QString &nick, bool muted);
    bool isMuted(const QString &nick) const;
    // Only the teacher speaks: every student's message is refused, saying why.
    void setQuiet(bool quiet);
    bool isQuiet() const { return m_room.moderation().isQuiet(); }
    // One message every `seconds` per student; 0 ends it.
    void setSlowSeconds(int seconds);
    int slowSeconds() const { return m_room.moderation().slowSeconds(); }
    // Bans, for the rest of the lesson. On a LAN by address: when others
    // in the room share that address, nothing happens unless `evenShared`,
    // and `sharing` says who they are. On this PC, by name (and look-alikes).
    enum class BanResult { Banned, NoSuchNick, SharedAddress };
    BanResult ban(const QString &nick, bool evenShared = false, QStringList *sharing = nullptr);
    bool unban(const QString &nick);
    const QList<BanList::Ban> &bans() const { return m_bans.bans(); }

    // Removes public message `id` from every Salon window and from the
    // history; text clients are told a message was removed. False when
    // there is no such message (any more).
    bool deleteMessage(qint64 id);

    // Raised hands, in order; the teacher lowers one, or all.
    QList<Room::RaisedHand> hands() const { return m_room.hands(); }
    bool lowerHand(const QString &nick);
    bool hasHandUp(const QString &nick) const;
    void lowerAllHands();
    void setPrivateMessages(Moderation::PrivateMessages allowed);
    Moderation::PrivateMessages privateMessages() const
    {
        return m_room.moderation().privateMessages();
    }

    // A lesson is what the teacher decides belongs together: the room code,
    // the lock, mutes, bans, hands, the quiet room, slow mode, private
    // messages. With a history folder it is kept in lesson-PORT.json there
    // (LessonFile) as it changes, and a server started again on that port
    // goes on with it (after `kill -9` too). A new lesson, or the end of
    // one, starts clean; those in the room stay.
    void startLesson();
    void endLesson();
    // When the lesson under way began (invalid: none).
    QDateTime lessonStarted() const { return m_lessonStarted; }
    QString lessonFile() const;

    // The room replays its last public messages to newcomers. With a
    // folder, it also keeps them all on disk there, in history-PORT.jsonl
    // (one JSON object per line), from the next listen() on, so a restarted
    // server remembers. A file that can't be written is reported by
    // problem(); the room then remembers in memory only.
    void setHistoryFolder(const QString &folder) { m_historyFolder = folder; }
    QString historyFile() const;

    // Files (chatserver_files.cpp, docs/protocol.md §9), each on a
    // connection of its own. A file handed out is offered to every member,
    // and to everyone who joins later in the lesson, each with an address of
    // its own. Empty, or why `path` can't be handed out.
    QString handOut(const QString &path);
    const QList<FileDesk::Offered> &handedOut() const { return m_files.offered(); }
    // A collection: members hand work in to the teacher only, into
    // handInFolder()/<date and title>/<student>/. False (`error` says why)
    // when its folder can't be made.
    bool collect(const QString &title, QString *error = nullptr);
    void stopCollecting();
    const std::optional<FileDesk::Collection> &collection() const { return m_files.collection(); }
    // Those in the room at any time in this lesson who handed nothing in.
    QStringList notHandedIn() const { return m_files.missing(); }
    // Students may share files with the whole room (off unless the teacher
    // allows it; it belongs to the lesson).
    void setStudentFiles(bool allowed);
    bool studentFiles() const { return m_files.isSharingAllowed(); }
    void setHandInFolder(const QString &folder) { m_files.setHandInFolder(folder); }
    QString handInFolder() const { return m_files.handInFolder(); }
    void setFileLimits(const FileDesk::Limits &limits) { m_files.setLimits(limits); }
    const FileDesk::Limits &fileLimits() const { return m_files.limits(); }

    // Who the server is. With an identity, the room speaks TLS on its port
    // too: a client's ClientHello, before or right after the banner, starts
    // it (docs/security.md); without one, plain only. For new connections.
    void setIdentity(const std::optional<ServerIdentity> &identity);
    const std::optional<ServerIdentity> &identity() const { return m_identity; }
    bool offersTls() const;
    // Only encrypted connections come in: a plain one is told how to make
    // one, then closed. Needs an identity.
    void setRequireTls(bool required) { m_requireTls = required; }
    bool requiresTls() const { return m_requireTls && offersTls(); }

    // Reports every connection's traffic to `tap`, from now on (nullptr: stop).
    void setWireTap(WireTap *tap);

    // Applies to connections made from now on.
    void setLimits(const ServerLimits &limits);
    const ServerLimits &limits() const { return m_limits; }

    // How long a silent peer may take before it counts as a text client, and
    // how long a newline-less chunk waits for more bytes. Tests shorten them.
    void setIdentifyTimeout(int ms) { m_timing.identifyMs = ms; }
    void setTlsTimeout(int ms) { m_timing.tlsMs = ms; }
    void setSilenceTimeout(int ms) { m_timing.silenceMs = ms; }

signals:
    void started(quint16 port);
    void stopped();
    void clientJoined(const Participant &participant);
    void clientLeft(const Participant &participant, const QString &reason);
    void clientRenamed(const Participant &participant, const QString &oldNick);
    void messageRelayed(const ChatMessage &message);
    void announced(const QString &text);
    // The teacher removed `message` (as it was).
    void messageDeleted(const ChatMessage &message);
    // Something the teacher did, as a sentence that says who did it ("Teacher
    // muted alice."): for the log. It is kept in the history file too.
    void teacherActed(const QString &sentence);
    // Something for the server's log: bad input, a refused nickname.
    void problem(const QString &text);
    // Someone began connecting, came in, left or was turned away.
    void occupancyChanged();
    void lockedChanged(bool locked);
    void roomCodeChanged(const QString &code);
    // A new identity (or none): new connections use it.
    void identityChanged();
    // A lesson started or ended (lessonStarted() says which).
    void lessonChanged();
    // So many wrong room codes came in the last ten minutes that someone may
    // be guessing: the teacher may change the code or lock the room.
    void codeGuessing(int wrongCodes);
    // A mute, the quiet room, slow mode or private messages changed.
    void moderationChanged();
    void mutedChanged(const QString &nick, bool muted);
    void bansChanged();
    // A file is offered to the room (hashed, ready).
    void fileHandedOut(const FileDesk::Offered &file);
    // A collection opened or closed.
    void collectionChanged();
    void studentFilesChanged(bool allowed);
    // A student's work arrived, whole and checked.
    void handedIn(const FileDesk::HandIn &handIn);
    // A hand went up or down (`nick`'s, or everyone's when empty).
    void handsChanged(const QString &nick, bool up);

private:
    void openHistory();
    // The lesson kept on disk: read at listen(), written soon after each change.
    void loadLesson();
    void saveLessonSoon();
    void saveLesson();
    void clearLesson();
    void accept(PeekingSocket *socket);
    void refuse(PeekingSocket *socket, const QString &reason);
    void handleAcceptError(QAbstractSocket::SocketError error);
    void startSession(Handshake *handshake, quint64 id);
    void beginSession(Transport *transport, std::unique_ptr<Dialect> dialect, quint64 id,
                      bool stateShown);
    // Browsers (chatserver_web.cpp): the page's files, and its WebSocket.
    void startHttp(Handshake *handshake, quint64 id);
    void upgrade(QTcpSocket *socket, quint64 id, bool encrypted);
    void takeWebSockets();
    // Files (chatserver_files.cpp).
    void startTransfer(QTcpSocket *socket, const HttpRequest &request, quint64 id);
    void offer(PeerSession *session, const FileDesk::Offered &file);
    // What a newcomer gets: the files handed out so far, an open collection.
    void offerFiles(PeerSession *session);
    ChatEvent collectingEvent() const;
    void stopTransfers();
    void connectFiles();
    void stopWeb();
    // A plain connection to a room that only accepts encrypted ones.
    void turnAwayPlain(PeerSession *session, Transport *transport);
    void handleCommand(PeerSession *session, const ChatCommand &command);
    void handleHello(PeerSession *session, const QString &nick, const QString &token,
                     const QString &code);
    void handleRename(PeerSession *session, const QString &nick);
    // True when `answer` opens the door for `session`; if not, it was told
    // why and is on its way out.
    bool checkCode(PeerSession *session, const QString &answer);
    void handleCodeAnswer(PeerSession *session, const QString &answer);
    // Into the room now, or in its turn when a crowd is let in (admitPerPass).
    void admit(PeerSession *session, const QString &nick, const QString &token = {});
    void letIn(PeerSession *session, const QString &nick, const QString &token);
    void refuseNick(PeerSession *session, const QString &nick, const Room::NickRefusal &refusal);
    // Once a pass: welcomes those let in, then lets the next ones in.
    void postWelcomes();
    void admitWaiting();
    struct WaitingToJoin;
    // Lets in one whose turn came; false: refused, or gone meanwhile.
    bool letInWaiting(const WaitingToJoin &waiting);
    // One that hung up while it waited its turn, with something said: let
    // in out of turn, so that it is heard, before it leaves.
    void hearLastWords(PeerSession *session);
    void leave(PeerSession *session, const QString &reason,
               Room::NameAfter after = Room::NameAfter::Held);
    void handleClosed(PeerSession *session);
    void release(quint64 id);
    void reportTurnedAway(const QString &who, const QString &reason);
    // The teacher did something: into the history (with who did it) and the log.
    void record(const QString &action, const QString &sentence);

    Listener m_listener;
    Admission m_admission;
    Room m_room;
    QString m_historyFolder;
    QPointer<WireTap> m_tap;
    QList<Handshake *> m_handshakes;       // owned as QObject children
    QList<PeerSession *> m_sessions;       // owned as QObject children
    QList<HttpExchange *> m_exchanges;     // owned as QObject children
    QList<TransferExchange *> m_transfers; // owned as QObject children
    FileDesk m_files;
    // Sockets handed to QtWebSockets, by "address:port", until it has made
    // a WebSocket of them (or given up).
    struct Upgrade
    {
        quint64 id = 0;
        bool encrypted = false;
        QPointer<QTcpSocket> socket;
    };
    QHash<QString, Upgrade> m_upgrades;
    QWebSocketServer *m_webSockets = nullptr;
    QString m_errorString;
    bool m_portWasInUse = false;
    bool m_locked = false;
    bool m_welcomesPosted = false; // the room welcomes this pass's arrivals soon
    int m_admittedThisPass = 0;
    struct WaitingToJoin
    {
        QPointer<PeerSession> session;
        QString nick;
        QString token;
    };
    std::deque<WaitingToJoin> m_waitingToJoin; // checked, for the next passes
    BanList m_bans;
    CodeGate m_codeGate;
    QList<PeerSession *> m_answeringCode; // text clients asked for the code
    QTimer m_turnedAwaySummary;           // one line for many refusals
    int m_turnedAwayUnreported = 0;
    QString m_lastTurnedAwayReason;
    quint64 m_nextConnectionId = 1;
    ServerLimits m_limits;
    Handshake::Timing m_timing;
    std::optional<ServerIdentity> m_identity;
    std::optional<QSslConfiguration> m_tls;
    bool m_requireTls = false;
    QDateTime m_lessonStarted;
    AfterCrowd m_afterCrowd; // memory back to the system once a crowd settled
    QTimer m_lessonSave;     // many changes at once: one write
};
