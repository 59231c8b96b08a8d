#pragma once

// memberregistry.h — whose name is whose. Every Salon client gets a member
// token when it joins (in its welcome); the token, not the name, is what it
// proves itself with when it comes back. While a member is in the room, and
// for a while after it drops without a goodbye, its name is its own: only
// its token gets it back, and nobody else may take it or a name that looks
// like it. A goodbye or a kick revokes the token and frees the name. What
// the host decides about a member (mute, slow mode) belongs here too, so it
// follows the member out and back in.
//
// Tokens are secrets: they never go into a log or a window.

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QString>

class MemberRegistry
{
public:
    // Names kept for people who dropped, at most: the oldest goes first.
    static constexpr int MaxHeld = 1000;

    struct Member
    {
        QString nick;
        QString skeleton; // of nick, kept: compared at every join
        bool present = true;
        QDeadlineTimer heldUntil; // while absent
    };

    // A new member under `nick`: its token (128 random bits, in hex).
    QString issue(const QString &nick);
    // The member `token` proves: present, or gone and its name still held.
    const Member *find(const QString &token) const;
    void rename(const QString &token, const QString &nick);
    // Gone without a goodbye: the name stays its own for `ms` (0: not at all).
    void hold(const QString &token, qint64 ms);
    // Back in: the token proved it.
    void returned(const QString &token);
    // Gone for good: the token is worth nothing any more.
    void revoke(const QString &token);

    // The name, held for someone who dropped, that `nick` looks like (see
    // Nickname::skeleton); empty when there is none. `exceptToken`'s own
    // name does not count.
    QString heldLookAlike(const QString &nick, const QString &exceptToken = {}) const;
    // Minutes (rounded up) until the name `nick` looks like is free again.
    int minutesHeld(const QString &nick) const;
    int heldCount() const;

    // Every member with a token: present, or gone with its name held.
    QList<std::pair<QString, QString>> entries() const; // token, nick
    // A member of an earlier run of this lesson: gone, its name held `ms`.
    void restore(const QString &token, const QString &nick, qint64 ms);

private:
    // Forgets the holds that ran out, and the oldest past MaxHeld.
    void expire() const;
    const Member *heldLike(const QString &nick, const QString &exceptToken) const;

    // By token: those in the room, and those away with their name held
    // (only these are compared with a newcomer's name).
    QHash<QString, Member> m_present;
    mutable QHash<QString, Member> m_away;
};
