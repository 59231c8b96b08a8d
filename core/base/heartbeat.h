#pragma once

// heartbeat.h — when to ping a quiet peer and when to give up on a silent
// one (a pulled cable, a sleeping laptop: nothing arrives, nothing says so).
// Pure: the caller says when it heard something; time comes from a
// monotonic clock, or from the caller in tests.

#include <QElapsedTimer>

class Heartbeat
{
public:
    enum class Step {
        Wait,   // nothing to do yet
        Ping,   // quiet for a while: ask
        GiveUp, // nothing at all for too long: the connection is lost
    };

    Heartbeat(int intervalMs, int timeoutMs);

    // Something arrived from the peer.
    void heard();
    // What to do now; Ping is said once per silence.
    Step step() { return stepAfter(m_lastHeard.elapsed()); }
    Step stepAfter(qint64 silentMs);
    qint64 silentMs() const { return m_lastHeard.elapsed(); }
    // How often step() is worth asking.
    int checkEveryMs() const { return qMax(1, m_intervalMs / 3); }
    int intervalMs() const { return m_intervalMs; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    int m_intervalMs;
    int m_timeoutMs;
    bool m_pinged = false;
    QElapsedTimer m_lastHeard;
};
