#include "stallmonitor.h"

namespace {
constexpr int IntervalMs = 2;
}

StallMonitor::StallMonitor(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    m_longestNs = 0;
    m_over50 = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 stall = now - m_lastNs - qint64(IntervalMs) * 1000000;
    m_lastNs = now;
    m_longestNs = qMax(m_longestNs, stall);
    if (stall > 50 * 1000000LL)
        ++m_over50;
}
