#pragma once

// reconnecttimer.h — when to try again to get back into a lost room: after
// 1, 2, 4… seconds, up to a most, with a countdown a person can watch.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class ReconnectTimer : public QObject
{
    Q_OBJECT
public:
    explicit ReconnectTimer(QObject *parent = nullptr);

    void setDelays(int firstMs, int maxMs)
    {
        m_firstMs = firstMs;
        m_maxMs = maxMs;
    }
    // Starts the wait before the next try, each one twice the last.
    void schedule();
    void stop();
    // Back in: the next loss starts from the first delay again.
    void reset() { m_tries = 0; }
    bool isWaiting() const { return m_due.isActive(); }
    int secondsLeft() const;

signals:
    void due();
    // Once a second while waiting.
    void countdown(int secondsLeft);

private:
    int m_firstMs = 1000;
    int m_maxMs = 30000;
    int m_tries = 0;
    int m_delayMs = 0;
    QTimer m_due;
    QTimer m_tick;
    QElapsedTimer m_clock;
};
