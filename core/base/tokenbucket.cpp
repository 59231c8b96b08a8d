#include "base/tokenbucket.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 1.0)
    , m_burst(burst > 0 ? burst : 1)
    , m_tokens(m_burst)
{
    m_clock.start();
}

void TokenBucket::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_burst, m_tokens + double(now - m_lastRefillMs) * m_rate / 1000.0);
    m_lastRefillMs = now;
}

bool TokenBucket::tryTake()
{
    refill();
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

int TokenBucket::msUntilNextToken()
{
    refill();
    if (m_tokens >= 1.0)
        return 0;
    return int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
