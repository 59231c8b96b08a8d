#pragma once

// stallmonitor.h — how long the event loop of the thread it lives in went
// without turning: a precise 2 ms timer notes every gap between its ticks.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class StallMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StallMonitor(QObject *parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    // The longest time between two ticks beyond the timer's own interval.
    double longestStallMs() const { return m_longestNs / 1e6; }
    // Ticks that came more than 50 ms late.
    int stallsOver50Ms() const { return m_over50; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_over50 = 0;
};
