#pragma once

// room.h — one chat room: its id, who is in it, and what was said. It
// decides nothing about sockets or languages: it makes events and hands
// them to its members' sessions, each broadcast encoded once per dialect.
// People still connecting hear what is said too (bounded), and get it
// right after the history when they come in, so nothing is lost.

#include "dialects/encodedevent.h"
#include "model/chatcommand.h"
#include "model/chatmessage.h"
#include "model/roomid.h"
#include "server/duplicatefilter.h"
#include "server/joinbacklog.h"
#include "server/memberregistry.h"
#include "server/moderation.h"
#include "storage/historylog.h"
#include "storage/lessonfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class PeerSession;

class Room
{
    Q_DECLARE_TR_FUNCTIONS(Room)
public:
    // Why a nickname can't be had: "invalid", "taken" or "held"
    // (Protocol::NickRefusal), and a sentence for the person.
    struct NickRefusal
    {
        QString code;
        QString reason;
    };

    // What becomes of a member's name when it leaves.
    enum class NameAfter {
        Held,  // dropped without a goodbye: kept for its token a while
        Freed, // a goodbye, a kick: the token is revoked
        Kept,  // replaced by its own new connection: it stays its own
    };

    explicit Room(const RoomId &id) : m_id(id) {}

    const RoomId &id() const { return m_id; }
    const QList<PeerSession *> &members() const { return m_members; }
    QStringList people() const;
    PeerSession *findByNick(const QString &nick) const;
    // Why `nick` can't be had by `asking` (who holds `token`, if any):
    // invalid, someone here has it or one that looks like it, or it is
    // held for someone who dropped. Nothing when it can.
    std::optional<NickRefusal> nickRefusal(const QString &nick, const PeerSession *asking,
                                           const QString &token = {}) const;
    QString nextGuestNick();

    // The teacher's name in the room: nobody may take it or one like it;
    // private messages to it go to the teacher, and the teacher's own
    // private messages come from it.
    void setHostName(const QString &name) { m_hostName = name; }
    const QString &hostName() const { return m_hostName; }
    bool isHostName(const QString &nick) const;

    // Names kept for Salon clients that dropped without a goodbye, and for
    // how long (0: none kept).
    void setNameHoldMs(qint64 ms) { m_nameHoldMs = ms; }
    int heldNames() const { return m_registry.heldCount(); }
    // True when `token` proves the name `nick`: its member is in the room or
    // was, a moment ago, under a name like it.
    bool tokenProves(const QString &token, const QString &nick) const;
    // The name of the member `token` proves (in the room, or away with its
    // name held); empty when it proves nobody.
    QString memberNick(const QString &token) const;
    // The member in the room with `token` (its old connection, not yet
    // known to be dead), if any.
    PeerSession *findByToken(const QString &token) const;

    // Who may say what (mutes, quiet, slow mode, private messages).
    Moderation &moderation() { return m_moderation; }
    const Moderation &moderation() const { return m_moderation; }
    // How moderation knows a member again: a Salon client by its member
    // token, a text client on the LAN by its address, one on this PC by its
    // connection.
    QString memberKeyOf(const PeerSession *session) const;
    // Mutes or unmutes `session`, and tells it.
    void setMuted(PeerSession *session, bool muted);
    bool isMuted(const PeerSession *session) const
    {
        return m_moderation.isMuted(memberKeyOf(session));
    }
    // Raised hands, in the order they went up.
    struct RaisedHand
    {
        QString nick;
        QDateTime since;
    };
    QList<RaisedHand> hands() const;
    // Raises, lowers or toggles `session`'s hand; false when nothing changed.
    // Everyone whose place in line changed is told.
    bool moveHand(PeerSession *session, ChatCommand::HandMove move);
    // The hands of members who are away go down too (the teacher lowered all).
    void dropAbsentHands()
    {
        m_hands.removeIf([](const Hand &hand) { return hand.session == nullptr; });
    }

    // The lesson's part the room keeps (mutes, quiet, slow mode, private
    // messages, hands, members' tokens), to keep on disk and to restore
    // after a restart; and back to a clean room for a new lesson.
    void exportLesson(Lesson &lesson) const;
    void restoreLesson(const Lesson &lesson);
    void clearLesson();
    // A new lesson in the history: nothing said before is replayed.
    void startLessonHistory() { m_history.startLesson(); }

    // What a text client is replayed when it joins, and at most on demand
    // (/history N): the tutorial's client reads 1 KiB after each line it
    // sends, so a long replay would hide the live chat from it.
    static constexpr int TextReplay = 5;
    static constexpr int MaxReplay = HistoryLog::RecentCount;
    // The room's last `count` messages again, for `session` alone.
    void replay(PeerSession *session, int count);

    // A notice for one member only.
    void notify(PeerSession *session, const QString &notice) const;

    void setMaxMessageChars(int chars) { m_maxMessageChars = chars; }

    // Opens the room's history file; ids go on from the last one in it.
    bool openHistory(const QString &path);
    void closeHistory() { m_history.close(); }
    const HistoryLog &history() const { return m_history; }
    // What the teacher did, into the history file (see HistoryLog::appendAction).
    void recordAction(const QString &action, const QString &sentence)
    {
        m_history.appendAction(m_hostName, action, sentence);
    }

    // Connection `id` may come in: everything said from now on is kept for
    // it (JoinBacklog), at most `bytes` for all who are still coming in.
    void expect(quint64 id) { m_backlog.expect(id, m_nextMessageId - 1); }
    void forget(quint64 id) { m_backlog.forget(id); }
    void setMaxBacklogBytes(qint64 bytes) { m_backlog.setMaxBytes(bytes); }

    // In under `nick`, at once for every question about who is here. False
    // when it missed more than was kept: it is told, and stays out.
    // A Salon client gets a member token in its welcome; one that proved
    // `token` keeps it.
    bool admit(PeerSession *session, const QString &nick, const QString &token = {});
    // Those admitted since the last call are announced to those who were
    // here before them, all in one event (a whole class joining at once is
    // one broadcast, not one per student); each newcomer then gets its
    // welcome, who is here, the history up to when it came, then all it
    // missed, and then what was sent to it meanwhile. Called at the end of
    // each pass of the event loop, and before anything else happens in the
    // room, so everyone sees the same order.
    void welcomeArrivals();
    bool hasArrivals() const { return !m_arrivals.isEmpty(); }
    // Who is here, for `session` alone (/who).
    void tellWhoIsHere(PeerSession *session);
    // Out, for `reason`; false when it was not in. Its name is then `after`.
    bool remove(PeerSession *session, const QString &reason, NameAfter after = NameAfter::Held);

    // Accepted messages, with their id and time; nothing when refused (the
    // sender is told why, with its `clientId`) or when the sender had sent
    // it already under that client id (it gets the first copy back again).
    std::optional<ChatMessage> say(PeerSession *from, const QString &text,
                                   const QString &clientId = {});
    std::optional<ChatMessage> tell(PeerSession *from, const QString &to, const QString &text,
                                    const QString &clientId = {});
    // False when refused (the asker is told why).
    bool rename(PeerSession *session, const QString &nick);
    // The teacher's announcement, to everyone and into the record.
    ChatMessage announce(const QString &text);
    // A private message from the teacher to `to`; nothing when nobody here
    // has that name.
    std::optional<ChatMessage> tellFromHost(const QString &to, const QString &text);
    // Removes message `id` from the history (memory and disk) and from every
    // member's window (text clients are told one was removed). The message
    // as it was, or nothing when the room has no message `id`.
    std::optional<ChatMessage> deleteMessage(qint64 id);

private:
    bool checkLength(PeerSession *from, const QString &text, const QString &clientId) const;
    // True when the teacher's rules keep `from` from saying it (it is told
    // why, with the message's client id).
    bool refusedByModeration(PeerSession *from, bool isPrivate, const QString &clientId,
                             bool toTeacher = false);
    // True when `from` sent `clientId` before: it gets that message again.
    bool answeredAsDuplicate(PeerSession *from, const QString &clientId) const;
    // A new message from `from`, with the room's id, the time and (if
    // public) the next number.
    ChatMessage stamp(ChatMessage::Kind kind, const QString &from, const QString &to,
                      const QString &text, const QString &clientId);
    EncodedEvent messageEvent(const ChatMessage &message) const;
    void broadcast(const EncodedEvent &event);
    // Who is here, encoded for each dialect once until someone comes, goes
    // or takes another name.
    std::shared_ptr<const EncodedEvent> whoIsHere();
    std::shared_ptr<const EncodedEvent> m_whoIsHere;
    // A newcomer's welcome, who is here, the history and what it missed.
    void introduce(PeerSession *session, const JoinBacklog::Catchup &catchup,
                   const EncodedEvent &people) const;

    RoomId m_id;
    QList<PeerSession *> m_members; // in the order they came in
    // Members by the skeleton of their name (Nickname::skeleton): no two
    // share one.
    QHash<QString, PeerSession *> m_bySkeleton;
    JoinBacklog m_backlog;
    struct Arrival
    {
        PeerSession *session;
        JoinBacklog::Catchup catchup;
        bool askedWho = false; // before its welcome
    };
    QList<Arrival> m_arrivals; // admitted, not welcomed yet
    HistoryLog m_history;
    DuplicateFilter m_duplicates;
    MemberRegistry m_registry;
    Moderation m_moderation;
    struct Hand
    {
        QString member; // memberKeyOf
        QString nick;
        QDateTime since;
        PeerSession *session; // null while its member is away
    };
    QList<Hand> m_hands; // raised, first first
    // Each present hand from the `from`th on is told its place in line.
    void tellHands(int from) const;
    int placeOf(int index) const;                 // in line among those present, from 1
    QHash<const PeerSession *, QString> m_tokens; // members' tokens
    qint64 m_nameHoldMs = 10 * 60 * 1000;
    qint64 m_nextMessageId = 1;
    int m_nextGuest = 1;
    QString m_hostName;
    int m_maxMessageChars = 4000;
};
