#include "client/reconnecttimer.h"

ReconnectTimer::ReconnectTimer(QObject *parent) : QObject(parent)
{
    m_due.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_due, &QTimer::timeout, this, [this] {
        m_tick.stop();
        emit due();
    });
    connect(&m_tick, &QTimer::timeout, this, [this] { emit countdown(secondsLeft()); });
}

void ReconnectTimer::schedule()
{
    const int doublings = qMin(m_tries++, 16);
    m_delayMs = int(qMin<qint64>(qint64(m_firstMs) << doublings, m_maxMs));
    m_clock.start();
    m_due.start(m_delayMs);
    m_tick.start();
}

void ReconnectTimer::stop()
{
    m_due.stop();
    m_tick.stop();
}

int ReconnectTimer::secondsLeft() const
{
    if (!m_due.isActive())
        return 0;
    const qint64 left = m_delayMs - m_clock.elapsed();
    return int(qMax<qint64>(0, (left + 999) / 1000));
}
