// chatserver_arrivals.cpp — ChatServer's part for people coming in: a
// hello checked, then the room's door, a few hundred per pass of the event
// loop, and the welcomes of each pass in one go (Room::welcomeArrivals).

#include "base/protocol.h"
#include "server/chatserver.h"
#include "server/peersession.h"

#include <algorithm>

void ChatServer::handleHello(PeerSession *session, const QString &nick, const QString &token,
                             const QString &code)
{
    // A member coming back proves it with its token, not with its name.
    const bool proven = m_room.tokenProves(token, nick);
    if (proven) {
        // Its old connection may not be known to be dead yet: this one
        // replaces it.
        if (PeerSession *old = m_room.findByToken(token); old && old != session) {
            leave(old, tr("came back on a new connection"), Room::NameAfter::Kept);
            old->abort();
        }
    }
    // The code first: an outsider learns nothing, not even who is here.
    if (!proven && !checkCode(session, code))
        return;
    auto refusal = m_room.nickRefusal(nick, session, proven ? token : QString());
    if (!refusal && m_bans.isBannedName(nick))
        refusal = Room::NickRefusal{
            QLatin1String(Protocol::NickRefusal::Banned),
            tr("The name \"%1\" is kept out of this room for the rest of the lesson.").arg(nick)};
    if (!refusal) {
        admit(session, nick, proven ? token : QString());
        return;
    }
    refuseNick(session, nick, *refusal);
}

void ChatServer::refuseNick(PeerSession *session, const QString &nick,
                            const Room::NickRefusal &refusal)
{
    ChatEvent refused = ChatEvent::of(ChatEvent::Kind::NickRefused);
    refused.nick = nick;
    refused.reason = refusal.reason;
    refused.code = refusal.code;
    session->send(refused);
    emit problem(tr("%1 could not join as \"%2\": %3")
                     .arg(session->participant().endpoint(), nick, refusal.reason));
}

void ChatServer::admit(PeerSession *session, const QString &nick, const QString &token)
{
    // A crowd is let in a few hundred per pass of the loop, in the order it
    // came; what a waiting one sends waits with it, unread.
    if (m_admittedThisPass >= m_limits.admitPerPass || !m_waitingToJoin.empty()) {
        session->pauseInput();
        m_waitingToJoin.push_back({session, nick, token});
        postWelcomes();
        return;
    }
    letIn(session, nick, token);
}

void ChatServer::letIn(PeerSession *session, const QString &nick, const QString &token)
{
    // The last places are kept for the host's own PC and for members coming
    // back: a room filled by others still lets them in.
    // Locked: only those coming back, proven by their token.
    if (m_locked && token.isEmpty()) {
        session->sendError(ErrorCode::RoomLocked);
        reportTurnedAway(session->participant().endpoint(), tr("the room is locked"));
        session->closeWithGoodbye(tr("Goodbye."));
        return;
    }
    const bool kept = !token.isEmpty() || Admission::isHostsOwn(session->participant().address);
    if (const QString full = m_admission.join(session->id(), kept); !full.isEmpty()) {
        session->sendError(ErrorCode::RoomFull, {QString::number(m_limits.maxClients)});
        reportTurnedAway(session->participant().endpoint(), full);
        session->closeWithGoodbye(tr("Goodbye."));
        return;
    }
    if (!m_room.admit(session, nick, token)) {
        emit problem(tr("%1 missed more than the room keeps for a newcomer; disconnected.")
                         .arg(session->participant().endpoint()));
        session->closeWithGoodbye(tr("Goodbye."));
        return;
    }
    ++m_admittedThisPass;
    postWelcomes();
    emit clientJoined(session->participant());
    emit occupancyChanged();
    offerFiles(session);
}

void ChatServer::postWelcomes()
{
    if (m_welcomesPosted)
        return;
    // Everyone let in during this pass of the loop is welcomed, and
    // announced to the others, in one go; then the next of those waiting
    // are let in, to be welcomed in the next pass.
    m_welcomesPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_welcomesPosted = false;
            m_admittedThisPass = 0;
            m_room.welcomeArrivals();
            admitWaiting();
        },
        Qt::QueuedConnection);
}

void ChatServer::admitWaiting()
{
    while (!m_waitingToJoin.empty() && m_admittedThisPass < m_limits.admitPerPass) {
        const WaitingToJoin waiting = m_waitingToJoin.front();
        m_waitingToJoin.pop_front();
        if (!waiting.session || waiting.session->isClosing())
            continue; // it left while it waited
        if (letInWaiting(waiting))
            waiting.session->resumeInput();
    }
}

bool ChatServer::letInWaiting(const WaitingToJoin &waiting)
{
    PeerSession *session = waiting.session;
    // The name was free when it asked; one let in meanwhile may have it.
    QString nick = waiting.nick;
    if (const auto refusal = m_room.nickRefusal(nick, session, waiting.token)) {
        if (session->dialect().asksToJoin()) {
            refuseNick(session, nick, *refusal);
            session->resumeInput(); // it may try another
            return false;
        }
        nick = m_room.nextGuestNick();
    }
    letIn(session, nick, waiting.token);
    return session->isJoined();
}

void ChatServer::hearLastWords(PeerSession *session)
{
    // `printf 'hi\n' | nc` in a crowd: what it said before it hung up is
    // said in the room, after its arrival and before its leaving.
    const auto waiting =
        std::find_if(m_waitingToJoin.begin(), m_waitingToJoin.end(),
                     [session](const WaitingToJoin &entry) { return entry.session == session; });
    if (waiting == m_waitingToJoin.end())
        return;
    const WaitingToJoin entry = *waiting;
    m_waitingToJoin.erase(waiting);
    if (letInWaiting(entry))
        session->readLastWords();
}
