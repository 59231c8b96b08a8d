#pragma once

// admission.h — who may come in, and how many. A connection is first
// *connecting* (the handshake: what does it speak, what is its name) and
// only then a *member* of the room. The two are counted apart, so
// connections that never join can't take the room's places:
// - at accept, before a byte is read: the room already full to the last
//   place, too many connecting at once, too many connections from one
//   address, or too many per second from it (the loopback addresses may be
//   exempt from those two, so a whole class demo runs on one PC);
// - at join: the room's places, the last few of them kept for the host's
//   own PC and for members coming back (who proved it with their token).
// Connections that do not join in time are closed by their session.

#include "server/serverlimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

#include <deque>

class Admission
{
    Q_DECLARE_TR_FUNCTIONS(Admission)
public:
    Admission();

    void setLimits(const ServerLimits &limits) { m_limits = limits; }

    // Why connection `id` from `address` is refused, as a sentence for the
    // peer; empty when it may begin. It counts as connecting until it joins
    // or leaves.
    QString admit(quint64 id, const QHostAddress &address);
    // Why connection `id` can't take a place in the room; empty when it did.
    // `kept`: it may take one of the places kept for the host's PC and for
    // members coming back.
    QString join(quint64 id, bool kept);
    void left(quint64 id);

    int members() const { return m_members; }
    int connecting() const { return int(m_connections.size()) - m_members; }
    // Connections refused (at accept or at join) in the last minute.
    int turnedAwayLastMinute() const;

    // The host's own PC: a loopback address or one of this machine's.
    static bool isHostsOwn(const QHostAddress &address);

private:
    struct Connection
    {
        QString address; // normalised, as a key
        bool member = false;
    };

    QString rateProblem(const QString &key);
    QString turnAway(const QString &reason);

    ServerLimits m_limits;
    QHash<quint64, Connection> m_connections;
    int m_members = 0;
    QHash<QString, int> m_perAddress;
    // Recent connection times per address, for the connection-rate limit.
    QHash<QString, QList<qint64>> m_recentConnects;
    mutable std::deque<qint64> m_turnedAway; // when, for the last minute's count
    QElapsedTimer m_clock;
};
