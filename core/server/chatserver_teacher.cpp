// chatserver_teacher.cpp — ChatServer's part for the room's host (the
// teacher): announcements, remove, lock, mute, quiet, slow mode, private
// messages, bans and raised hands. The same facade; the connections' part
// is in chatserver.cpp.

#include "base/protocol.h"
#include "model/nickname.h"
#include "server/chatserver.h"
#include "server/peersession.h"

void ChatServer::announce(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    m_room.announce(trimmed); // kept in the history as an announcement
    emit announced(trimmed);
}

void ChatServer::record(const QString &action, const QString &sentence)
{
    m_room.recordAction(action, sentence);
    emit teacherActed(sentence);
}

bool ChatServer::setTeacherName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!Nickname::formProblem(trimmed).isEmpty())
        return false;
    // Someone in the room has it, or one like it: it stays theirs.
    const QString skeleton = Nickname::skeleton(trimmed);
    for (const PeerSession *member : m_room.members()) {
        if (Nickname::skeleton(member->nick()) == skeleton)
            return false;
    }
    if (trimmed == teacherName())
        return true;
    const QString before = teacherName();
    m_room.setHostName(trimmed);
    record(QStringLiteral("name"), tr("%1 is now called %2 in the room.").arg(before, trimmed));
    return true;
}

bool ChatServer::sendPrivate(const QString &to, const QString &text)
{
    const std::optional<ChatMessage> message = m_room.tellFromHost(to, text.trimmed());
    if (!message)
        return false;
    emit messageRelayed(*message);
    return true;
}

void ChatServer::disconnectClient(quint64 id, const QString &reason)
{
    for (PeerSession *session : std::as_const(m_sessions)) {
        if (session->id() == id) {
            record(QStringLiteral("kick"),
                   tr("%1 removed %2 (%3).").arg(teacherName(), session->nick(), reason));
            session->sendError(ErrorCode::Kicked, {reason});
            leave(session, reason, Room::NameAfter::Freed);
            session->closeWithGoodbye(tr("Goodbye."));
            return;
        }
    }
}

bool ChatServer::kick(const QString &nick, const QString &reason)
{
    const PeerSession *member = m_room.findByNick(nick);
    if (!member)
        return false;
    disconnectClient(member->id(), reason);
    return true;
}

void ChatServer::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    record(locked ? QStringLiteral("lock") : QStringLiteral("unlock"),
           locked ? tr("%1 locked the room: nobody new joins; those who drop get back in.")
                        .arg(teacherName())
                  : tr("%1 unlocked the room: anyone may join.").arg(teacherName()));
    emit lockedChanged(locked);
}

bool ChatServer::setMuted(const QString &nick, bool muted)
{
    PeerSession *member = m_room.findByNick(nick);
    if (!member)
        return false;
    if (m_room.isMuted(member) != muted) {
        m_room.setMuted(member, muted);
        record(muted ? QStringLiteral("mute") : QStringLiteral("unmute"),
               muted ? tr("%1 muted %2: they read, but are not heard.")
                           .arg(teacherName(), member->nick())
                     : tr("%1 let %2 speak again.").arg(teacherName(), member->nick()));
        emit mutedChanged(member->nick(), muted);
        emit moderationChanged();
    }
    return true;
}

ChatServer::BanResult ChatServer::ban(const QString &nick, bool evenShared, QStringList *sharing)
{
    PeerSession *member = m_room.findByNick(nick);
    if (!member)
        return BanResult::NoSuchNick;
    const QHostAddress address = member->participant().address;
    const bool byAddress = !address.isLoopback();
    if (byAddress && !evenShared) {
        QStringList others;
        for (const Participant &participant : participants()) {
            if (participant.id != member->id() && participant.address.isEqual(address))
                others.append(participant.nick);
        }
        if (!others.isEmpty()) {
            if (sharing)
                *sharing = others;
            return BanResult::SharedAddress;
        }
    }
    const QString bannedNick = member->nick();
    m_files.revokeMember(m_room.memberKeyOf(member));
    m_bans.add(bannedNick, byAddress ? address : QHostAddress());
    record(QStringLiteral("ban"),
           byAddress ? tr("%1 kept %2 out for the rest of the lesson (address %3).")
                           .arg(teacherName(), bannedNick, address.toString())
                     : tr("%1 kept %2 out for the rest of the lesson (by name).")
                           .arg(teacherName(), bannedNick));
    member->sendError(ErrorCode::Banned);
    leave(member, tr("banned by the host"), Room::NameAfter::Freed);
    member->closeWithGoodbye(tr("Goodbye."));
    // Everyone else from that address goes too (the teacher said so).
    if (byAddress) {
        const QList<PeerSession *> sessions = m_sessions;
        for (PeerSession *other : sessions) {
            if (other->participant().address.isEqual(address)) {
                m_files.revokeMember(m_room.memberKeyOf(other));
                other->sendError(ErrorCode::Banned);
                leave(other, tr("banned by the host"), Room::NameAfter::Freed);
                other->closeWithGoodbye(tr("Goodbye."));
            }
        }
    }
    emit bansChanged();
    return BanResult::Banned;
}

bool ChatServer::unban(const QString &nick)
{
    if (!m_bans.remove(nick))
        return false;
    record(QStringLiteral("unban"), tr("%1 let %2 in again.").arg(teacherName(), nick));
    emit bansChanged();
    return true;
}

bool ChatServer::hasHandUp(const QString &nick) const
{
    const QList<Room::RaisedHand> raised = m_room.hands();
    return std::any_of(raised.cbegin(), raised.cend(),
                       [&nick](const Room::RaisedHand &hand) { return hand.nick == nick; });
}

bool ChatServer::lowerHand(const QString &nick)
{
    PeerSession *member = m_room.findByNick(nick);
    if (!member || !m_room.moveHand(member, ChatCommand::HandMove::Lower))
        return false;
    m_room.notify(member, tr("The teacher lowered your hand."));
    record(QStringLiteral("lower"), tr("%1 lowered %2's hand.").arg(teacherName(), member->nick()));
    emit handsChanged(member->nick(), false);
    return true;
}

void ChatServer::lowerAllHands()
{
    const QList<Room::RaisedHand> raised = m_room.hands();
    for (const Room::RaisedHand &hand : raised) {
        if (PeerSession *member = m_room.findByNick(hand.nick)) {
            m_room.moveHand(member, ChatCommand::HandMove::Lower);
            m_room.notify(member, tr("The teacher lowered your hand."));
        }
    }
    m_room.dropAbsentHands();
    if (!raised.isEmpty()) {
        record(QStringLiteral("lower"), tr("%1 lowered every hand.").arg(teacherName()));
        emit handsChanged({}, false);
    }
}

bool ChatServer::isMuted(const QString &nick) const
{
    const PeerSession *member = m_room.findByNick(nick);
    return member && m_room.isMuted(member);
}

void ChatServer::setQuiet(bool quiet)
{
    if (isQuiet() == quiet)
        return;
    m_room.moderation().setQuiet(quiet);
    record(QStringLiteral("quiet"),
           quiet ? tr("%1 made the room quiet: only the teacher speaks.").arg(teacherName())
                 : tr("%1 let everyone speak again.").arg(teacherName()));
    announce(
        quiet
            ? tr("Only the teacher speaks now: you can read, but your messages are not delivered.")
            : tr("Everyone may speak again."));
    emit moderationChanged();
}

void ChatServer::setSlowSeconds(int seconds)
{
    seconds = qBound(0, seconds, 3600);
    if (slowSeconds() == seconds)
        return;
    m_room.moderation().setSlowSeconds(seconds);
    record(QStringLiteral("slow"), seconds > 0
                                       ? tr("%1 set slow mode: one message every %2 s per student.")
                                             .arg(teacherName())
                                             .arg(seconds)
                                       : tr("%1 ended slow mode.").arg(teacherName()));
    announce(seconds > 0 ? tr("Slow mode: one message every %n second(s) each.", nullptr, seconds)
                         : tr("Slow mode is over."));
    emit moderationChanged();
}

void ChatServer::setPrivateMessages(Moderation::PrivateMessages allowed)
{
    if (privateMessages() == allowed)
        return;
    m_room.moderation().setPrivateMessages(allowed);
    record(QStringLiteral("pm"),
           allowed == Moderation::PrivateMessages::All
               ? tr("%1 allowed private messages between everyone.").arg(teacherName())
           : allowed == Moderation::PrivateMessages::TeacherOnly
               ? tr("%1 allowed private messages only to and from the teacher.").arg(teacherName())
               : tr("%1 turned private messages off.").arg(teacherName()));
    switch (allowed) {
    case Moderation::PrivateMessages::All:
        announce(tr("Private messages are allowed again."));
        break;
    case Moderation::PrivateMessages::TeacherOnly:
        announce(
            tr("Private messages go only to and from the teacher (%1) now.").arg(teacherName()));
        break;
    case Moderation::PrivateMessages::Off:
        announce(tr("Private messages are off."));
        break;
    }
    emit moderationChanged();
}

void ChatServer::setRoomCode(const QString &code)
{
    if (code == m_codeGate.code())
        return;
    m_codeGate.setCode(code);
    // The code itself is a secret: never in the log or the history.
    record(QStringLiteral("code"),
           code.isEmpty()
               ? tr("%1 removed the room code: anyone may come in.").arg(teacherName())
               : tr("%1 set a room code: newcomers type it; those in stay.").arg(teacherName()));
    emit roomCodeChanged(code);
    emit occupancyChanged();
}

bool ChatServer::checkCode(PeerSession *session, const QString &answer)
{
    if (!m_codeGate.isRequired())
        return true;
    const QHostAddress address = session->participant().address;
    const QString who = session->participant().endpoint();
    if (answer.isEmpty()) {
        // A Salon client that did not know: it asks its person, then comes back.
        session->sendError(ErrorCode::CodeRequired);
        session->closeWithGoodbye(tr("Goodbye."));
        return false;
    }
    const CodeGate::Check check = m_codeGate.check(address, answer);
    switch (check.verdict) {
    case CodeGate::Verdict::Accepted:
        m_codeGate.admitted(address);
        return true;
    case CodeGate::Verdict::Wrong:
        session->sendError(ErrorCode::WrongCode);
        reportTurnedAway(who, tr("wrong room code"));
        break;
    case CodeGate::Verdict::WrongAndBlocked:
    case CodeGate::Verdict::Blocked: {
        const qint64 minutes = (check.waitMs + 59999) / 60000;
        session->sendError(ErrorCode::CodeWait, {QString::number(minutes)});
        if (check.verdict == CodeGate::Verdict::WrongAndBlocked)
            emit problem(tr("%1 gave too many wrong room codes: its address waits %n min.", nullptr,
                            int(minutes))
                             .arg(who));
        else
            reportTurnedAway(who, tr("too many wrong room codes"));
        break;
    }
    }
    if (check.budgetSpent) {
        const int wrong = m_codeGate.wrongRecently();
        emit problem(tr("%n wrong room code(s) in the last 10 minutes: someone may be guessing. "
                        "Change the code or lock the room.",
                        nullptr, wrong));
        emit codeGuessing(wrong);
    }
    session->closeWithGoodbye(tr("Goodbye."));
    emit occupancyChanged();
    return false;
}

void ChatServer::handleCodeAnswer(PeerSession *session, const QString &answer)
{
    if (answer.trimmed().isEmpty())
        return; // a stray Enter: still waiting for the code
    if (!checkCode(session, answer))
        return;
    m_answeringCode.removeOne(session);
    session->setAnsweringCode(false);
    admit(session, m_room.nextGuestNick());
}

bool ChatServer::deleteMessage(qint64 id)
{
    const std::optional<ChatMessage> removed = m_room.deleteMessage(id);
    if (!removed)
        return false;
    record(QStringLiteral("delete"), tr("%1 removed message #%2 from %3 from every window and the "
                                        "history.")
                                         .arg(teacherName())
                                         .arg(removed->id)
                                         .arg(removed->from));
    emit messageDeleted(*removed);
    return true;
}
