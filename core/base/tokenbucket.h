#pragma once

// tokenbucket.h — flood control for one client: a burst of lines at once,
// then a steady rate. Time comes from a monotonic clock, or from the caller
// (the *At forms, in milliseconds from any fixed start) in tests.

#include <QElapsedTimer>

class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, int burst);

    // Takes one token if there is one.
    bool tryTake() { return tryTakeAt(m_clock.elapsed()); }
    // How long until tryTake() can succeed (0 when it can now).
    int msUntilNextToken() { return msUntilNextTokenAt(m_clock.elapsed()); }

    bool tryTakeAt(qint64 nowMs);
    int msUntilNextTokenAt(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
};
