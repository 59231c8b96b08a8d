#pragma once

// epolldispatcher.h — an event loop for a thread with thousands of sockets
// (Linux). Qt's own loops look at every socket on every pass: the GLib one
// also searches a list each time a socket's write watch is switched on or
// off, which a broadcast does for every receiver. At 5,000 clients that was
// most of the server's time. Here the system keeps the set (epoll), a pass
// costs what is ready, and switching a watch costs nothing until the next
// wait, where only what changed is told to the system.
//
// Install it before the QCoreApplication is made
// (QCoreApplication::setEventDispatcher), or on a QThread before it starts.
// It has no window-system events: for threads without windows.

#include <QAbstractEventDispatcher>
#include <QAtomicInt>

#if defined(Q_OS_LINUX)
#include <sys/epoll.h>
#else
struct epoll_event
{
};
#endif

#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

class EpollDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    // Whether this system has it (Linux); elsewhere Qt's own loop is used.
    static bool isAvailable();

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    // What is watched on one file descriptor, and what the system was last told.
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 generation = 0;       // new each time the descriptor is watched afresh
        quint32 kernelGeneration = 0; // the one the system knows
        quint32 kernelEvents = 0;     // 0: not in the system's set
        bool changed = false;
        bool empty() const { return !read && !write && !exception; }
        quint32 events() const;
    };
    struct Timer
    {
        qint64 intervalMs;
        Qt::TimerType type;
        QObject *object;
        qint64 deadlineNs;
        bool firing = false; // its event is being handled: not fired again meanwhile
    };

    static qint64 nowNs();
    QSocketNotifier **slot(Watch &watch, int type);
    void markChanged(int fd);
    void tellTheSystem();
    int waitTimeoutMs(bool mayWait) const;
    bool activateSockets(int ready);
    bool fireTimers();
    void drainWakeUps();
    void schedule(int timerId, Timer &timer, qint64 deadlineNs);

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakeUpPending;
    QAtomicInt m_interrupted;
    std::vector<Watch> m_watches; // by file descriptor
    std::vector<int> m_changed;
    std::vector<epoll_event> m_ready; // what the last wait found
    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline ns, timer id)
};
