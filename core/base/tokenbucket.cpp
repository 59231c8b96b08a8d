#include "base/tokenbucket.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 1.0)
    , m_burst(burst > 0 ? burst : 1)
    , m_tokens(m_burst)
{
    m_clock.start();
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs <= m_lastRefillMs)
        return;
    m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastRefillMs) * m_rate / 1000.0);
    m_lastRefillMs = nowMs;
}

bool TokenBucket::tryTakeAt(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

int TokenBucket::msUntilNextTokenAt(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
