// room_arrivals.cpp — Room's part for people coming in: admitted at once,
// then announced and welcomed together, once per pass of the loop, so a
// class arriving at the bell is one broadcast and one list. The messages'
// part is in room.cpp.

#include "model/nickname.h"
#include "server/peersession.h"
#include "server/room.h"

#include <algorithm>
#include <utility>

bool Room::admit(PeerSession *session, const QString &nick, const QString &token)
{
    JoinBacklog::Catchup catchup = m_backlog.take(session->id());
    if (catchup.incomplete) {
        session->sendError(ErrorCode::MissedTooMuch,
                           {QString::number(m_backlog.maxBytes() / 1024)});
        // Coming back, it keeps its name for the next try.
        m_registry.hold(token, m_nameHoldMs);
        return false;
    }
    // In now, for every question about who is here; what it is told waits
    // for its welcome (welcomeArrivals).
    session->holdOutput();
    m_members.append(session);
    m_whoIsHere.reset();
    m_bySkeleton.insert(Nickname::skeleton(nick), session);
    session->join(nick);
    // Only a client that can show it again later gets a token: a Salon one.
    if (session->dialect().asksToJoin()) {
        QString memberToken = token;
        if (memberToken.isEmpty() || !m_registry.find(memberToken)) {
            memberToken = m_registry.issue(nick);
        } else {
            m_registry.returned(memberToken);
            m_registry.rename(memberToken, nick);
        }
        m_tokens.insert(session, memberToken);
    }
    // A hand raised before it dropped (or before the server restarted) is
    // still in line.
    const QString member = memberKeyOf(session);
    if (const auto waiting = std::find_if(
            m_hands.begin(), m_hands.end(),
            [&member](const Hand &hand) { return !hand.session && hand.member == member; });
        waiting != m_hands.end()) {
        waiting->session = session;
        tellHands(int(waiting - m_hands.begin()));
    }
    m_arrivals.append({session, std::move(catchup)});
    return true;
}

void Room::welcomeArrivals()
{
    if (m_arrivals.isEmpty())
        return;
    const QList<Arrival> arrivals = std::exchange(m_arrivals, {});
    // Nothing happened in the room since the first of them came in (all
    // else welcomes them first), so they are the last members, in order.
    const qsizetype firstNew = m_members.size() - arrivals.size();
    Q_ASSERT(firstNew >= 0 && m_members.at(firstNew) == arrivals.first().session);
    // One dropped while it is written to leaves the list at once.
    const QList<PeerSession *> before = m_members.first(firstNew);

    // Those here before hear of them all in one event, encoded once.
    ChatEvent joined = ChatEvent::of(ChatEvent::Kind::Joined);
    joined.room = m_id;
    joined.nick = arrivals.first().session->nick();
    for (const Arrival &arrival : arrivals)
        joined.people.append(arrival.session->nick());
    const EncodedEvent announced(std::move(joined));
    for (PeerSession *member : before)
        member->send(announced);

    // The newcomers all get the same list of who is here, encoded once.
    const std::shared_ptr<const EncodedEvent> everyone = whoIsHere();
    for (const Arrival &arrival : arrivals) {
        PeerSession *session = arrival.session;
        session->releaseOutput([&] { introduce(session, arrival.catchup, *everyone); });
        if (arrival.askedWho) // the same answer, after what waited
            session->send(*everyone);
    }
}

void Room::tellWhoIsHere(PeerSession *session)
{
    // One asking before its welcome has the answer with it: the list is
    // made once for a whole class arriving, not once per newcomer.
    const auto arrival =
        std::find_if(m_arrivals.begin(), m_arrivals.end(),
                     [session](const Arrival &each) { return each.session == session; });
    if (arrival != m_arrivals.end())
        arrival->askedWho = true;
    else
        session->send(*whoIsHere());
}

std::shared_ptr<const EncodedEvent> Room::whoIsHere()
{
    // Shared: one who leaves while it is sent makes the next one anew.
    if (!m_whoIsHere) {
        ChatEvent people = ChatEvent::of(ChatEvent::Kind::People);
        people.room = m_id;
        people.people = this->people();
        m_whoIsHere = std::make_shared<const EncodedEvent>(std::move(people));
    }
    return m_whoIsHere;
}

void Room::introduce(PeerSession *session, const JoinBacklog::Catchup &catchup,
                     const EncodedEvent &people) const
{
    ChatEvent welcome = ChatEvent::of(ChatEvent::Kind::Welcome);
    welcome.room = m_id;
    welcome.nick = session->nick();
    welcome.token = m_tokens.value(session);
    session->send(welcome);
    session->send(people);

    // The history stops where the peer came in; what was said since follows
    // as live messages. It all goes into the newcomer's send queue at once:
    // what it missed must fit (it was bounded so), and the history takes at
    // most half of what is left, newest first, so long messages never make
    // a newcomer look like a reader that stopped.
    ChatEvent history = ChatEvent::of(ChatEvent::Kind::History);
    history.room = m_id;
    history.messages = m_history.recent();
    history.messages.removeIf(
        [&catchup](const ChatMessage &message) { return message.id > catchup.lastIdBefore; });
    if (!session->dialect().asksToJoin() && history.messages.size() > TextReplay)
        history.messages.remove(0, history.messages.size() - TextReplay);
    qint64 budget = m_backlog.maxBytes() / 2;
    for (const ChatMessage &message : catchup.missed)
        budget -= JoinBacklog::costOf(message);
    JoinBacklog::keepNewestWithin(history.messages, budget);
    if (!history.messages.isEmpty())
        session->send(history);
    ChatEvent live = ChatEvent::of(ChatEvent::Kind::Message);
    live.room = m_id;
    for (const ChatMessage &message : catchup.missed) {
        live.message = message;
        session->send(live);
    }
}
