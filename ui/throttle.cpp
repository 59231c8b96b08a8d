#include "throttle.h"

Throttle::Throttle(int intervalMs, std::function<void()> action, QObject *parent)
    : QObject(parent), m_action(std::move(action))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(intervalMs);
    connect(&m_quiet, &QTimer::timeout, this, &Throttle::quietEnded);
}

void Throttle::request()
{
    if (m_quiet.isActive()) {
        m_pending = true;
        return;
    }
    m_action();
    m_quiet.start();
}

void Throttle::quietEnded()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_action();
    m_quiet.start();
}
