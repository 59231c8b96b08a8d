#include "server/admission.h"

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
} // namespace

Admission::Admission()
{
    m_clock.start();
}

QString Admission::admit(const QHostAddress &peer)
{
    if (m_connections >= m_limits.maxClients)
        return tr("The room is full (%1 connections). Try again later.").arg(m_limits.maxClients);
    const QHostAddress address = normalized(peer);
    const QString key = address.toString();
    if (!(address.isLoopback() && m_limits.loopbackExempt)) {
        if (QString problem = rateProblem(key); !problem.isEmpty())
            return problem;
        if (m_perAddress.value(key) >= m_limits.maxClientsPerAddress)
            return tr("Too many connections from %1 (at most %2).")
                .arg(key)
                .arg(m_limits.maxClientsPerAddress);
    }
    ++m_connections;
    ++m_perAddress[key];
    return {};
}

void Admission::left(const QHostAddress &peer)
{
    const QString key = normalized(peer).toString();
    --m_connections;
    if (auto it = m_perAddress.find(key); it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
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
