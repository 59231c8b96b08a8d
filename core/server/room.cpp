#include "server/room.h"

#include "base/protocol.h"
#include "base/textcodec.h"
#include "dialects/encodedevent.h"
#include "model/nickname.h"
#include "server/peersession.h"

namespace {
// Nothing but spaces: nothing to say (checked once per message, without a copy).
bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}
} // namespace

QStringList Room::people() const
{
    QStringList people;
    for (const PeerSession *member : m_members)
        people.append(member->nick());
    return people;
}

PeerSession *Room::findByNick(const QString &nick) const
{
    const QString key = Nickname::key(nick);
    for (PeerSession *member : m_members) {
        if (Nickname::key(member->nick()) == key)
            return member;
    }
    return nullptr;
}

std::optional<Room::NickRefusal> Room::nickRefusal(const QString &nick, const PeerSession *asking,
                                                   const QString &token) const
{
    if (const QString problem = Nickname::problem(nick); !problem.isEmpty())
        return NickRefusal{QLatin1String(Protocol::NickRefusal::Invalid), problem};
    if (isHostName(nick))
        return NickRefusal{
            QLatin1String(Protocol::NickRefusal::Taken),
            tr("\"%1\" is the teacher's name in this room: choose another.").arg(nick)};
    // Looked up, not compared with everyone: a whole class joins at once.
    if (const PeerSession *member = m_bySkeleton.value(Nickname::skeleton(nick));
        member && member != asking) {
        const QString reason =
            Nickname::key(member->nick()) == Nickname::key(nick)
                ? tr("The nickname \"%1\" is already taken in this room.").arg(nick)
                : tr("The nickname \"%1\" looks too much like \"%2\", who is in the room.")
                      .arg(nick, member->nick());
        return NickRefusal{QLatin1String(Protocol::NickRefusal::Taken), reason};
    }
    if (const QString held = m_registry.heldLookAlike(nick, token); !held.isEmpty()) {
        const int minutes = m_registry.minutesHeld(nick);
        return NickRefusal{
            QLatin1String(Protocol::NickRefusal::Held),
            tr("The nickname \"%1\" is kept for someone who was disconnected a moment ago; "
               "it is free again in %n minute(s) if they do not come back.",
               nullptr, minutes)
                .arg(held)};
    }
    return std::nullopt;
}

QString Room::memberKeyOf(const PeerSession *session) const
{
    if (const QString token = m_tokens.value(session); !token.isEmpty())
        return QStringLiteral("t:") + token;
    const QHostAddress &address = session->participant().address;
    if (!address.isLoopback())
        return QStringLiteral("a:") + address.toString();
    return QStringLiteral("s:") + QString::number(session->id());
}

std::optional<ChatMessage> Room::deleteMessage(qint64 id)
{
    if (id <= 0 || id >= m_nextMessageId)
        return std::nullopt;
    const std::optional<ChatMessage> removed = m_history.remove(id);
    if (!removed)
        return std::nullopt;
    m_duplicates.forget(id);
    ChatEvent deleted = ChatEvent::of(ChatEvent::Kind::Deleted);
    deleted.room = m_id;
    deleted.message = *removed;
    broadcast(EncodedEvent(std::move(deleted)));
    return removed;
}

void Room::replay(PeerSession *session, int count)
{
    ChatEvent history = ChatEvent::of(ChatEvent::Kind::History);
    history.room = m_id;
    history.messages = m_history.recent();
    const qsizetype wanted = qBound(1, count > 0 ? count : 20, MaxReplay);
    if (history.messages.size() > wanted)
        history.messages.remove(0, history.messages.size() - wanted);
    // At most half a send queue, like a newcomer's.
    JoinBacklog::keepNewestWithin(history.messages, m_backlog.maxBytes() / 2);
    if (history.messages.isEmpty()) {
        notify(session, tr("Nothing has been said in the room yet."));
        return;
    }
    session->send(history);
}

void Room::notify(PeerSession *session, const QString &notice) const
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Notice);
    event.room = m_id;
    event.text = notice;
    session->send(event);
}

bool Room::tokenProves(const QString &token, const QString &nick) const
{
    const MemberRegistry::Member *member = m_registry.find(token);
    return member && Nickname::skeleton(member->nick) == Nickname::skeleton(nick);
}

QString Room::memberNick(const QString &token) const
{
    const MemberRegistry::Member *member = m_registry.find(token);
    return member ? member->nick : QString();
}

PeerSession *Room::findByToken(const QString &token) const
{
    if (token.isEmpty())
        return nullptr;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        if (it.value() == token)
            return const_cast<PeerSession *>(it.key());
    }
    return nullptr;
}

QString Room::nextGuestNick()
{
    QString nick;
    do {
        nick = QStringLiteral("guest-%1").arg(m_nextGuest++);
    } while (nickRefusal(nick, nullptr));
    return nick;
}

bool Room::openHistory(const QString &path)
{
    const bool opened = m_history.open(path);
    // Ids go on from the history's, so a client can tell old from new.
    m_nextMessageId = qMax(m_nextMessageId, m_history.lastId() + 1);
    // A client that lost the server in a crash sends its last messages
    // again: those the history kept are known.
    for (const ChatMessage &message : m_history.recent())
        m_duplicates.remember(message);
    return opened;
}

bool Room::remove(PeerSession *session, const QString &reason, NameAfter after)
{
    welcomeArrivals(); // it came in before it left
    m_backlog.forget(session->id());
    if (!m_members.removeOne(session))
        return false;
    m_whoIsHere.reset();
    // Gone for good, its hand goes down; dropped with its name held, its
    // hand waits for it. Either way those behind move up.
    if (const auto at =
            std::find_if(m_hands.begin(), m_hands.end(),
                         [session](const Hand &hand) { return hand.session == session; });
        at != m_hands.end()) {
        const int from = int(at - m_hands.begin());
        if (after != NameAfter::Freed && m_tokens.contains(session)) {
            at->nick = session->nick();
            at->session = nullptr;
        } else {
            m_hands.erase(at);
        }
        tellHands(from);
    }
    if (const QString skeleton = Nickname::skeleton(session->nick());
        m_bySkeleton.value(skeleton) == session)
        m_bySkeleton.remove(skeleton);
    const QString token = m_tokens.take(session);
    if (after == NameAfter::Held)
        m_registry.hold(token, m_nameHoldMs);
    else if (after == NameAfter::Freed)
        m_registry.revoke(token);
    ChatEvent left = ChatEvent::of(ChatEvent::Kind::Left);
    left.room = m_id;
    left.nick = session->nick();
    left.reason = reason;
    broadcast(EncodedEvent(std::move(left)));
    return true;
}

bool Room::checkLength(PeerSession *from, const QString &text, const QString &clientId) const
{
    // UTF-16 units are never fewer than characters: count those only when needed.
    if (text.size() <= m_maxMessageChars)
        return true;
    const qsizetype characters = TextCodec::characterCount(text);
    if (characters <= m_maxMessageChars)
        return true;
    from->sendError(ErrorCode::MessageTooLong,
                    {QString::number(characters), QString::number(m_maxMessageChars)}, clientId);
    return false;
}

bool Room::isHostName(const QString &nick) const
{
    return !m_hostName.isEmpty() && Nickname::skeleton(nick) == Nickname::skeleton(m_hostName);
}

std::optional<ChatMessage> Room::tellFromHost(const QString &to, const QString &text)
{
    welcomeArrivals();
    PeerSession *receiver = findByNick(to);
    if (!receiver || isBlank(text))
        return std::nullopt;
    const ChatMessage message =
        stamp(ChatMessage::Kind::Private, m_hostName, receiver->nick(), text, {});
    receiver->send(messageEvent(message));
    return message;
}

bool Room::refusedByModeration(PeerSession *from, bool isPrivate, const QString &clientId,
                               bool toTeacher)
{
    const auto refusal = m_moderation.refusal(memberKeyOf(from), isPrivate, toTeacher);
    if (!refusal)
        return false;
    from->sendError(refusal->code, refusal->args, clientId);
    return true;
}

bool Room::answeredAsDuplicate(PeerSession *from, const QString &clientId) const
{
    auto first = m_duplicates.find(from->nick(), clientId);
    if (!first)
        return false;
    // Said before: for the sender only, as history, so a client that has
    // shown it already shows it once.
    first->history = true;
    ChatEvent again = ChatEvent::of(ChatEvent::Kind::Message);
    again.room = m_id;
    again.message = *first;
    from->send(again);
    return true;
}

ChatMessage Room::stamp(ChatMessage::Kind kind, const QString &from, const QString &to,
                        const QString &text, const QString &clientId)
{
    ChatMessage message;
    message.kind = kind;
    // Only public messages take a number in the room's order: they are all
    // kept in the history file, so a restarted server counts on from the
    // last and never gives a number twice. A private message, never kept,
    // has none (0).
    if (kind == ChatMessage::Kind::Public)
        message.id = m_nextMessageId++;
    message.room = m_id;
    message.time = QDateTime::currentDateTimeUtc();
    message.from = from;
    message.to = to;
    message.text = text;
    message.clientId = clientId;
    return message;
}

EncodedEvent Room::messageEvent(const ChatMessage &message) const
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Message);
    event.room = m_id;
    event.message = message;
    return EncodedEvent(std::move(event));
}

std::optional<ChatMessage> Room::say(PeerSession *from, const QString &text,
                                     const QString &clientId)
{
    welcomeArrivals(); // what it says comes after who came in before
    if (answeredAsDuplicate(from, clientId) || isBlank(text) ||
        !checkLength(from, text, clientId) || refusedByModeration(from, false, clientId))
        return std::nullopt;
    const ChatMessage message = stamp(ChatMessage::Kind::Public, from->nick(), {}, text, clientId);
    broadcast(messageEvent(message));
    m_backlog.record(message);
    m_history.append(message);
    m_duplicates.remember(message);
    return message;
}

std::optional<ChatMessage> Room::tell(PeerSession *from, const QString &to, const QString &text,
                                      const QString &clientId)
{
    welcomeArrivals();
    const bool toHost = isHostName(to);
    if (answeredAsDuplicate(from, clientId) || isBlank(text) ||
        !checkLength(from, text, clientId) || refusedByModeration(from, true, clientId, toHost))
        return std::nullopt;
    if (toHost) {
        // For the teacher: the server's window or console shows it.
        const ChatMessage message =
            stamp(ChatMessage::Kind::Private, from->nick(), m_hostName, text, clientId);
        from->send(messageEvent(message));
        m_duplicates.remember(message);
        return message;
    }
    PeerSession *receiver = findByNick(to);
    if (!receiver) {
        from->sendError(ErrorCode::NoSuchNick, {to}, clientId);
        return std::nullopt;
    }
    const ChatMessage message =
        stamp(ChatMessage::Kind::Private, from->nick(), receiver->nick(), text, clientId);
    const EncodedEvent encoded = messageEvent(message);
    receiver->send(encoded);
    if (receiver != from)
        from->send(encoded);
    m_duplicates.remember(message);
    return message;
}

bool Room::rename(PeerSession *session, const QString &nick)
{
    welcomeArrivals();
    const QString token = m_tokens.value(session);
    if (const auto refusal = nickRefusal(nick, session, token)) {
        ChatEvent refused = ChatEvent::of(ChatEvent::Kind::NickRefused);
        refused.nick = nick;
        refused.reason = refusal->reason;
        refused.code = refusal->code;
        session->send(refused);
        return false;
    }
    m_registry.rename(token, nick);
    m_bySkeleton.remove(Nickname::skeleton(session->nick()));
    m_bySkeleton.insert(Nickname::skeleton(nick), session);
    ChatEvent renamed = ChatEvent::of(ChatEvent::Kind::Renamed);
    renamed.room = m_id;
    renamed.from = session->nick();
    renamed.to = nick;
    session->rename(nick);
    m_whoIsHere.reset();
    broadcast(EncodedEvent(std::move(renamed)));
    return true;
}

ChatMessage Room::announce(const QString &text)
{
    // Part of the room's record: numbered among the messages, kept in the
    // history, replayed to those who come later (as an announcement).
    ChatMessage message = stamp(ChatMessage::Kind::Public, m_hostName, {}, text, {});
    message.announcement = true;
    m_history.append(message);
    m_backlog.record(message);
    ChatEvent notice = ChatEvent::of(ChatEvent::Kind::Notice);
    notice.room = m_id;
    notice.text = text;
    broadcast(EncodedEvent(std::move(notice)));
    return message;
}

void Room::broadcast(const EncodedEvent &event)
{
    welcomeArrivals(); // those who came in hear it, and others hear of them first
    // A member may be dropped while it is written to (its queue overflowed):
    // it leaves the list only later, once its connection has closed.
    const QList<PeerSession *> receivers = m_members;
    for (PeerSession *receiver : receivers)
        receiver->send(event);
}
