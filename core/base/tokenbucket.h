#pragma once

// tokenbucket.h — flood control for one client: a burst of lines at once,
// then a steady rate. Time comes from a monotonic clock.

#include <QElapsedTimer>

class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, int burst);

    // Takes one token if there is one.
    bool tryTake();
    // How long until tryTake() can succeed (0 when it can now).
    int msUntilNextToken();

private:
    void refill();

    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
};
