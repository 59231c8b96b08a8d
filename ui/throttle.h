#pragma once

// throttle.h — runs an update at once, then at most once per interval while
// requests keep coming: the first arrival shows at once, and 2,000
// arrivals in a second redraw a list ten times, not 2,000 (the last request
// is never lost: it runs at the end of the interval).

#include <QObject>
#include <QTimer>

#include <functional>

class Throttle : public QObject
{
    Q_OBJECT
public:
    Throttle(int intervalMs, std::function<void()> action, QObject *parent = nullptr);

    void request();

private:
    void quietEnded();

    std::function<void()> m_action;
    QTimer m_quiet;
    bool m_pending = false;
};
