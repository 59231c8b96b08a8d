// room_teacher.cpp — Room's part for the teacher's decisions about its
// members: mutes, raised hands (which wait for a member who dropped), and
// the lesson's share the room keeps (to save, restore and clear). The
// messages' part is in room.cpp.

#include "base/protocol.h"
#include "model/nickname.h"
#include "server/peersession.h"
#include "server/room.h"

#include <algorithm>

void Room::setMuted(PeerSession *session, bool muted)
{
    m_moderation.setMuted(memberKeyOf(session), muted);
    notify(session, muted ? tr("The teacher muted you: you can read, but what you send is not "
                               "delivered.")
                          : tr("The teacher unmuted you: you can speak again."));
}

QList<Room::RaisedHand> Room::hands() const
{
    QList<RaisedHand> raised;
    for (const Hand &hand : m_hands) {
        if (hand.session)
            raised.append({hand.session->nick(), hand.since});
    }
    return raised;
}

int Room::placeOf(int index) const
{
    return int(std::count_if(m_hands.cbegin(), m_hands.cbegin() + index + 1,
                             [](const Hand &hand) { return hand.session != nullptr; }));
}

bool Room::moveHand(PeerSession *session, ChatCommand::HandMove move)
{
    const auto at = std::find_if(m_hands.begin(), m_hands.end(),
                                 [session](const Hand &hand) { return hand.session == session; });
    const bool up = at != m_hands.end();
    const bool raise =
        move == ChatCommand::HandMove::Toggle ? !up : move == ChatCommand::HandMove::Raise;
    if (raise == up) {
        // Nothing changed: the asker still hears where it is.
        ChatEvent same = ChatEvent::of(ChatEvent::Kind::Hand);
        same.room = m_id;
        same.handUp = up;
        same.position = up ? placeOf(int(at - m_hands.begin())) : 0;
        session->send(same);
        return false;
    }
    if (raise) {
        m_hands.append(
            {memberKeyOf(session), session->nick(), QDateTime::currentDateTimeUtc(), session});
        tellHands(int(m_hands.size()) - 1);
        return true;
    }
    const int from = int(at - m_hands.begin());
    m_hands.erase(at);
    ChatEvent down = ChatEvent::of(ChatEvent::Kind::Hand);
    down.room = m_id;
    session->send(down);
    tellHands(from); // those behind move up
    return true;
}

void Room::tellHands(int from) const
{
    for (int i = from; i < m_hands.size(); ++i) {
        if (!m_hands.at(i).session)
            continue;
        ChatEvent hand = ChatEvent::of(ChatEvent::Kind::Hand);
        hand.room = m_id;
        hand.handUp = true;
        hand.position = placeOf(i);
        m_hands.at(i).session->send(hand);
    }
}

void Room::exportLesson(Lesson &lesson) const
{
    lesson.quiet = m_moderation.isQuiet();
    lesson.slowSeconds = m_moderation.slowSeconds();
    switch (m_moderation.privateMessages()) {
    case Moderation::PrivateMessages::All:
        lesson.privateMessages = QStringLiteral("all");
        break;
    case Moderation::PrivateMessages::TeacherOnly:
        lesson.privateMessages = QStringLiteral("teacher");
        break;
    case Moderation::PrivateMessages::Off:
        lesson.privateMessages = QStringLiteral("off");
        break;
    }
    // A member known by its connection on this PC can't come back as itself.
    const auto lasting = [](const QString &member) {
        return !member.startsWith(QLatin1String("s:"));
    };
    for (const QString &member : m_moderation.mutedMembers()) {
        if (lasting(member))
            lesson.muted.append(member);
    }
    for (const Hand &hand : m_hands) {
        if (lasting(hand.member))
            lesson.hands.append(
                {hand.member, hand.session ? hand.session->nick() : hand.nick, hand.since});
    }
    for (const auto &[token, nick] : m_registry.entries())
        lesson.members.append({token, nick});
}

void Room::restoreLesson(const Lesson &lesson)
{
    m_moderation.setQuiet(lesson.quiet);
    m_moderation.setSlowSeconds(lesson.slowSeconds);
    m_moderation.setPrivateMessages(lesson.privateMessages == QLatin1String("teacher")
                                        ? Moderation::PrivateMessages::TeacherOnly
                                    : lesson.privateMessages == QLatin1String("off")
                                        ? Moderation::PrivateMessages::Off
                                        : Moderation::PrivateMessages::All);
    for (const QString &member : lesson.muted)
        m_moderation.setMuted(member, true);
    for (const Lesson::Hand &hand : lesson.hands) {
        if (!hand.member.isEmpty())
            m_hands.append({hand.member, hand.nick, hand.since, nullptr});
    }
    // Those who were in get back in with their token, under their name.
    for (const Lesson::Member &member : lesson.members) {
        if (member.token.size() == Protocol::MemberTokenChars &&
            Nickname::problem(member.nick).isEmpty())
            m_registry.restore(member.token, member.nick, m_nameHoldMs);
    }
}

void Room::clearLesson()
{
    m_moderation.reset();
    for (const Hand &hand : std::exchange(m_hands, {})) {
        if (hand.session) {
            ChatEvent down = ChatEvent::of(ChatEvent::Kind::Hand);
            down.room = m_id;
            hand.session->send(down);
        }
    }
}
