#include "server/admission.h"

#include <QNetworkInterface>

namespace {
// "::ffff:192.0.2.4" and "192.0.2.4" are the same peer.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
// How many addresses the rate limit remembers at most.
constexpr qsizetype MaxTrackedAddresses = 4096;
// How many refusals the last minute's count remembers at most.
constexpr size_t MaxTurnedAwayKept = 100000;
constexpr qint64 MinuteMs = 60 * 1000;
} // namespace

Admission::Admission()
{
    m_clock.start();
}

QString Admission::admit(quint64 id, const QHostAddress &peer)
{
    // Not one place left, not even a kept one: no need to listen first.
    if (m_members >= m_limits.maxClients)
        return turnAway(
            tr("The room is full (%1 people). Try again later.").arg(m_limits.maxClients));
    if (connecting() >= m_limits.maxConnecting)
        return turnAway(tr("Too many people are connecting at once (%1). Try again in a moment.")
                            .arg(m_limits.maxConnecting));
    const QHostAddress address = normalized(peer);
    const QString key = address.toString();
    if (!(address.isLoopback() && m_limits.loopbackExempt)) {
        if (QString problem = rateProblem(key); !problem.isEmpty())
            return turnAway(problem);
        if (m_perAddress.value(key) >= m_limits.maxClientsPerAddress)
            return turnAway(tr("Too many connections from %1 (at most %2).")
                                .arg(key)
                                .arg(m_limits.maxClientsPerAddress));
    }
    m_connections.insert(id, {key, false});
    ++m_perAddress[key];
    return {};
}

QString Admission::join(quint64 id, bool kept)
{
    const auto connection = m_connections.find(id);
    if (connection == m_connections.end() || connection->member)
        return {};
    const int places =
        kept ? m_limits.maxClients : qMax(0, m_limits.maxClients - m_limits.keptPlaces);
    if (m_members >= places)
        return turnAway(
            tr("The room is full (%1 people). Try again later.").arg(m_limits.maxClients));
    connection->member = true;
    ++m_members;
    return {};
}

void Admission::left(quint64 id)
{
    const auto connection = m_connections.constFind(id);
    if (connection == m_connections.cend())
        return;
    if (connection->member)
        --m_members;
    if (auto it = m_perAddress.find(connection->address);
        it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
    m_connections.erase(connection);
}

int Admission::turnedAwayLastMinute() const
{
    const qint64 now = m_clock.elapsed();
    while (!m_turnedAway.empty() && now - m_turnedAway.front() >= MinuteMs)
        m_turnedAway.pop_front();
    return int(m_turnedAway.size());
}

QString Admission::turnAway(const QString &reason)
{
    m_turnedAway.push_back(m_clock.elapsed());
    if (m_turnedAway.size() > MaxTurnedAwayKept)
        m_turnedAway.pop_front();
    return reason;
}

bool Admission::isHostsOwn(const QHostAddress &peer)
{
    const QHostAddress address = normalized(peer);
    if (address.isLoopback())
        return true;
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    return std::any_of(own.cbegin(), own.cend(), [&address](const QHostAddress &mine) {
        return normalized(mine).isEqual(address);
    });
}

QString Admission::rateProblem(const QString &key)
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> &recent = m_recentConnects[key];
    recent.removeIf([now](qint64 at) { return now - at >= 1000; });
    if (recent.size() >= m_limits.maxConnectsPerSecondPerAddress)
        return tr("Too many connections per second from %1. Wait a moment.").arg(key);
    recent.append(now);
    if (m_recentConnects.size() > MaxTrackedAddresses) {
        m_recentConnects.removeIf([now](const QHash<QString, QList<qint64>>::iterator &it) {
            return it.value().isEmpty() || now - it.value().constLast() >= 1000;
        });
    }
    return {};
}
