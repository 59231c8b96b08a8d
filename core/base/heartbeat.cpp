#include "base/heartbeat.h"

Heartbeat::Heartbeat(int intervalMs, int timeoutMs)
    : m_intervalMs(qMax(1, intervalMs)), m_timeoutMs(qMax(m_intervalMs, timeoutMs))
{
    m_lastHeard.start();
}

void Heartbeat::heard()
{
    m_lastHeard.restart();
    m_pinged = false;
}

Heartbeat::Step Heartbeat::stepAfter(qint64 silentMs)
{
    if (silentMs >= m_timeoutMs)
        return Step::GiveUp;
    if (silentMs >= m_intervalMs && !m_pinged) {
        m_pinged = true;
        return Step::Ping;
    }
    return Step::Wait;
}
