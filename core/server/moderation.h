#pragma once

// moderation.h — what the teacher decided about who may say what: mutes,
// a quiet room (only the teacher speaks), slow mode, and who may send
// private messages. Keyed by member (Room::memberKeyOf): a Salon client by
// its member token, so a mute or slow mode follows it out and back in; a
// text client on the LAN by its address (it can prove nothing else); on
// this PC, by its connection. It knows no socket: the room asks it.

#include "model/chaterror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class Moderation
{
public:
    enum class PrivateMessages { All, TeacherOnly, Off };

    Moderation() { m_clock.start(); }

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }
    // One message every `seconds` per member; 0 ends slow mode.
    void setSlowSeconds(int seconds) { m_slowSeconds = qMax(0, seconds); }
    int slowSeconds() const { return m_slowSeconds; }
    void setPrivateMessages(PrivateMessages allowed) { m_private = allowed; }
    PrivateMessages privateMessages() const { return m_private; }

    void setMuted(const QString &member, bool muted);
    bool isMuted(const QString &member) const { return m_muted.contains(member); }
    QStringList mutedMembers() const { return m_muted.values(); }
    // Back to a room where everyone may speak (a new lesson).
    void reset();

    // Why `member` can't say a message now (a private one or not), as the
    // error to send back; nothing when it may, and then it counts as said.
    // A private message to the teacher passes "only with the teacher".
    std::optional<ChatError> refusal(const QString &member, bool isPrivate, bool toTeacher = false);
    // The same at `nowMs` on the moderation's clock (for tests).
    std::optional<ChatError> refusalAt(const QString &member, bool isPrivate, qint64 nowMs,
                                       bool toTeacher = false);

private:
    bool m_quiet = false;
    int m_slowSeconds = 0;
    PrivateMessages m_private = PrivateMessages::All;
    QSet<QString> m_muted;
    QHash<QString, qint64> m_lastSaid; // for slow mode, ms on m_clock
    QElapsedTimer m_clock;
};
