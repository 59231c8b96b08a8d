#pragma once

// banlist.h — who the teacher kept out for the rest of the lesson. On a
// LAN a ban is by address (what a student can't change from their seat);
// on the server's own PC, where everyone is 127.0.0.1, by name (and the
// member token is revoked, as for a kick). A banned name is refused, and so
// is any name that looks like it (Nickname::skeleton).

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

class BanList
{
public:
    struct Ban
    {
        QString nick;         // who was banned
        QHostAddress address; // null: banned by name only
        QDateTime since;
    };

    void add(const QString &nick, const QHostAddress &address,
             const QDateTime &since = QDateTime::currentDateTimeUtc());
    // Lifts the ban on `nick` (or one that looks like it); false when none.
    bool remove(const QString &nick);
    void clear() { m_bans.clear(); }

    bool isBanned(const QHostAddress &address) const;
    bool isBannedName(const QString &nick) const;
    const QList<Ban> &bans() const { return m_bans; }

private:
    QList<Ban> m_bans;
};
