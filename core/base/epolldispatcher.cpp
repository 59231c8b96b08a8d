#include "base/epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <ctime>

#if defined(Q_OS_LINUX)
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#endif

namespace {
// The wake-up descriptor's tag; a socket's tag is its descriptor and generation.
constexpr quint64 WakeTag = ~quint64(0);
// What one wait takes at first; a wait that fills it doubles it, up to every
// socket watched.
constexpr int FirstReadyPerPass = 1024;

quint64 tagOf(int fd, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(fd);
}
} // namespace

#if defined(Q_OS_LINUX)

EpollDispatcher::EpollDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollDispatcher: no epoll or eventfd (%s)", strerror(errno));
    epoll_event wake = {};
    wake.events = EPOLLIN;
    wake.data.u64 = WakeTag;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &wake);
    m_ready.resize(FirstReadyPerPass);
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollDispatcher::isAvailable()
{
    return true;
}

qint64 EpollDispatcher::nowNs()
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

quint32 EpollDispatcher::Watch::events() const
{
    return (read ? quint32(EPOLLIN) : 0) | (write ? quint32(EPOLLOUT) : 0) |
           (exception ? quint32(EPOLLPRI) : 0);
}

QSocketNotifier **EpollDispatcher::slot(Watch &watch, int type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return &watch.read;
    case QSocketNotifier::Write:
        return &watch.write;
    default:
        return &watch.exception;
    }
}

void EpollDispatcher::markChanged(int fd)
{
    Watch &watch = m_watches[size_t(fd)];
    if (!watch.changed) {
        watch.changed = true;
        m_changed.push_back(fd);
    }
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    if (fd < 0)
        return;
    if (size_t(fd) >= m_watches.size())
        m_watches.resize(size_t(fd) + 1);
    Watch &watch = m_watches[size_t(fd)];
    QSocketNotifier **where = slot(watch, notifier->type());
    if (*where && *where != notifier) {
        qWarning("EpollDispatcher: a second notifier of the same kind for socket %d", fd);
        return;
    }
    if (watch.empty())
        ++watch.generation; // perhaps a new socket with an old one's number
    *where = notifier;
    markChanged(fd);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    if (fd < 0 || size_t(fd) >= m_watches.size())
        return;
    QSocketNotifier **where = slot(m_watches[size_t(fd)], notifier->type());
    if (*where != notifier)
        return;
    *where = nullptr;
    markChanged(fd);
}

// Switching a watch on and off within one pass (a write queued, then
// written) costs no system call; only the difference is told, here.
void EpollDispatcher::tellTheSystem()
{
    for (const int fd : m_changed) {
        Watch &watch = m_watches[size_t(fd)];
        watch.changed = false;
        const quint32 wanted = watch.events();
        const bool sameSocket = watch.kernelGeneration == watch.generation;
        if (wanted == watch.kernelEvents && (sameSocket || wanted == 0))
            continue;
        epoll_event event = {};
        event.events = wanted;
        event.data.u64 = tagOf(fd, watch.generation);
        if (wanted == 0) {
            // The descriptor may be closed already: the system then forgot it itself.
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
        } else if (watch.kernelEvents != 0 && sameSocket) {
            if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0 && errno == ENOENT)
                epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
        } else if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0 && errno == EEXIST) {
            epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
        }
        watch.kernelEvents = wanted;
        watch.kernelGeneration = watch.generation;
    }
    m_changed.clear();
}

void EpollDispatcher::schedule(int timerId, Timer &timer, qint64 deadlineNs)
{
    m_deadlines.erase({timer.deadlineNs, timerId});
    timer.deadlineNs = deadlineNs;
    m_deadlines.insert({deadlineNs, timerId});
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                    QObject *object)
{
    if (timerId <= 0 || interval < 0 || !object)
        return;
    unregisterTimer(timerId);
    const qint64 deadline = nowNs() + interval * 1'000'000;
    m_timers.emplace(timerId, Timer{interval, timerType, object, deadline});
    m_deadlines.insert({deadline, timerId});
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end())
        return false;
    m_deadlines.erase({found->second.deadlineNs, timerId});
    m_timers.erase(found);
    return true;
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            m_deadlines.erase({it->second.deadlineNs, it->first});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    }
    return timers;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end())
        return -1;
    const qint64 left = found->second.deadlineNs - nowNs();
    return left <= 0 ? 0 : int((left + 999'999) / 1'000'000);
}

void EpollDispatcher::wakeUp()
{
    // Called from any thread (a posted event); one write is enough until it is read.
    if (m_wakeUpPending.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
}

void EpollDispatcher::interrupt()
{
    m_interrupted.storeRelease(1);
    wakeUp();
}

void EpollDispatcher::drainWakeUps()
{
    quint64 count = 0;
    while (::read(m_wakeFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
    m_wakeUpPending.storeRelease(0);
}

int EpollDispatcher::waitTimeoutMs(bool mayWait) const
{
    if (!mayWait)
        return 0;
    if (m_deadlines.empty())
        return -1;
    const qint64 left = m_deadlines.begin()->first - nowNs();
    if (left <= 0)
        return 0;
    // Rounded up: waking a little early would only spin.
    return int(qMin<qint64>((left + 999'999) / 1'000'000, 24 * 3600 * 1000));
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    // Events posted from here on wake the wait below.
    if (m_wakeUpPending.loadAcquire())
        drainWakeUps();
    QCoreApplication::sendPostedEvents();

    const bool sockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool timers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadAcquire();
    const int timeout = timers ? waitTimeoutMs(mayWait) : (mayWait ? -1 : 0);
    if (timeout != 0)
        emit aboutToBlock();

    bool handled = false;
    if (sockets) {
        tellTheSystem();
        int count = -1;
        do {
            count = epoll_wait(m_epoll, m_ready.data(), int(m_ready.size()), timeout);
        } while (count < 0 && errno == EINTR);
        handled = activateSockets(qMax(count, 0));
        // A full wait left some behind: the next one takes every socket that
        // is ready, so none waits more than one pass for its turn.
        if (count == int(m_ready.size()) && m_ready.size() <= m_watches.size())
            m_ready.resize(qMin(m_ready.size() * 2, m_watches.size() + 1));
    } else {
        // Sockets left for later: only a wake-up or a timer ends the wait.
        pollfd wake = {m_wakeFd, POLLIN, 0};
        while (::poll(&wake, 1, timeout) < 0 && errno == EINTR) {
        }
        if (wake.revents & POLLIN)
            drainWakeUps();
    }
    if (timers)
        handled = fireTimers() || handled;
    return handled;
}

bool EpollDispatcher::activateSockets(int ready)
{
    // The handlers may change any watch, this one's included: each notifier
    // is looked up again just before its turn, and an event for a socket
    // watched afresh since the wait (a new socket, an old number) is dropped.
    // m_ready itself is not touched until the next wait.
    bool handled = false;
    for (int i = 0; i < ready; ++i) {
        const epoll_event event = m_ready[size_t(i)];
        if (event.data.u64 == WakeTag) {
            drainWakeUps();
            continue;
        }
        const int fd = int(quint32(event.data.u64));
        const quint32 generation = quint32(event.data.u64 >> 32);
        const auto notify = [&](int type) {
            if (size_t(fd) >= m_watches.size() || m_watches[size_t(fd)].generation != generation)
                return;
            QSocketNotifier *notifier = *slot(m_watches[size_t(fd)], type);
            if (!notifier)
                return;
            QEvent activated(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &activated);
            handled = true;
        };
        // As poll(2) reports them to Qt's own loop: a hang-up or an error
        // wakes the reader and the writer, who then learn what happened.
        if (event.events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            notify(QSocketNotifier::Read);
        if (event.events & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            notify(QSocketNotifier::Write);
        if (event.events & EPOLLPRI)
            notify(QSocketNotifier::Exception);
    }
    return handled;
}

bool EpollDispatcher::fireTimers()
{
    const qint64 now = nowNs();
    // Those due now, in deadline order; one firing may stop or restart others.
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now; ++it)
        due.push_back(it->second);
    bool handled = false;
    for (const int id : due) {
        auto found = m_timers.find(id);
        if (found == m_timers.end() || found->second.firing || found->second.deadlineNs > now)
            continue;
        Timer &timer = found->second;
        const qint64 intervalNs = timer.intervalMs * 1'000'000;
        // The next deadline keeps its step; a timer fallen behind skips
        // what it missed rather than firing again and again.
        qint64 next = timer.deadlineNs + intervalNs;
        if (next <= now)
            next = now + intervalNs;
        schedule(id, timer, next);
        timer.firing = true;
        QObject *object = timer.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        handled = true;
        // The handler may have stopped it, or started others (the map may have grown).
        found = m_timers.find(id);
        if (found != m_timers.end())
            found->second.firing = false;
    }
    return handled;
}

#else // not Linux: Qt's own loop is used (isAvailable() says so).

EpollDispatcher::EpollDispatcher(QObject *parent) : QAbstractEventDispatcher(parent) {}
EpollDispatcher::~EpollDispatcher() = default;
bool EpollDispatcher::isAvailable()
{
    return false;
}
bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags)
{
    return false;
}
void EpollDispatcher::registerSocketNotifier(QSocketNotifier *) {}
void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *) {}
void EpollDispatcher::registerTimer(int, qint64, Qt::TimerType, QObject *) {}
bool EpollDispatcher::unregisterTimer(int)
{
    return false;
}
bool EpollDispatcher::unregisterTimers(QObject *)
{
    return false;
}
QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *) const
{
    return {};
}
int EpollDispatcher::remainingTime(int)
{
    return -1;
}
void EpollDispatcher::wakeUp() {}
void EpollDispatcher::interrupt() {}

#endif
