#pragma once

// admission.h — who may open a connection at all, before a byte is read:
// the room's size, connections per address, and connections per second per
// address. The loopback addresses may be exempt, so a whole class demo runs
// on one PC.

#include "server/serverlimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

class Admission
{
    Q_DECLARE_TR_FUNCTIONS(Admission)
public:
    Admission();

    void setLimits(const ServerLimits &limits) { m_limits = limits; }

    // Why a new connection from `address` is refused, as a sentence for the
    // peer; empty when it may come in. An admitted one counts until left().
    QString admit(const QHostAddress &address);
    void left(const QHostAddress &address);
    int connectionCount() const { return m_connections; }

private:
    QString rateProblem(const QString &key);

    ServerLimits m_limits;
    int m_connections = 0;
    QHash<QString, int> m_perAddress;
    // Recent connection times per address, for the connection-rate limit.
    QHash<QString, QList<qint64>> m_recentConnects;
    QElapsedTimer m_clock;
};
