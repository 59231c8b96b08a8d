#include "server/sendpool.h"

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <sys/socket.h>
#endif

namespace {
// Past four, threads contend for the network stack more than they help.
constexpr int MostThreads = 4;
// Calls taken at a time by one thread: few enough that the threads finish
// together, enough that taking them costs nothing.
constexpr qsizetype CallsPerTake = 16;

int configuredThreads()
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("SALON_SEND_THREADS", &ok);
    if (ok && asked >= 1)
        return std::min(asked, MostThreads);
    return std::clamp(QThread::idealThreadCount(), 1, MostThreads);
}

// The threads beside the caller's, started on first use, each waiting for
// the next batch of calls.
class Workers
{
public:
    static Workers &instance()
    {
        static Workers workers(SendPool::threads() - 1);
        return workers;
    }

    ~Workers()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_start.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }

    void run(SendPool::Send *sends, qsizetype count)
    {
        // Rooms on other threads wait their turn: one batch at a time.
        const std::lock_guard turn(m_oneBatch);
        m_sends = sends;
        m_count = count;
        m_next.store(0, std::memory_order_relaxed);
        {
            const std::lock_guard lock(m_mutex);
            ++m_batch;
            m_working = int(m_threads.size());
        }
        m_start.notify_all();
        work();
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [this] { return m_working == 0; });
    }

private:
    explicit Workers(int count)
    {
        for (int i = 0; i < count; ++i)
            m_threads.emplace_back([this] { serve(); });
    }

    void serve()
    {
        quint64 done = 0;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_start.wait(lock, [&] { return m_stopping || m_batch != done; });
                if (m_stopping)
                    return;
                done = m_batch;
            }
            work();
            const std::lock_guard lock(m_mutex);
            if (--m_working == 0)
                m_finished.notify_one();
        }
    }

    void work()
    {
        for (;;) {
            const qsizetype first = m_next.fetch_add(CallsPerTake, std::memory_order_relaxed);
            if (first >= m_count)
                return;
            const qsizetype end = std::min(first + CallsPerTake, m_count);
            for (qsizetype i = first; i < end; ++i)
                SendPool::sendOne(m_sends[i]);
        }
    }

    std::vector<std::thread> m_threads;
    std::mutex m_oneBatch;
    std::mutex m_mutex;
    std::condition_variable m_start;
    std::condition_variable m_finished;
    quint64 m_batch = 0;
    int m_working = 0;
    bool m_stopping = false;
    // The batch: written before the threads are woken (under the mutex),
    // read after; the calls themselves are taken through m_next.
    SendPool::Send *m_sends = nullptr;
    qsizetype m_count = 0;
    std::atomic<qsizetype> m_next{0};
};
} // namespace

int SendPool::threads()
{
    static const int threads = configuredThreads();
    return threads;
}

void SendPool::sendOne(Send &send)
{
#if defined(Q_OS_UNIX)
    const ssize_t sent =
        ::send(send.descriptor, send.data, size_t(send.size), MSG_NOSIGNAL | MSG_DONTWAIT);
    send.sent = sent > 0 ? qsizetype(sent) : 0;
    send.error = sent < 0 ? errno : 0;
#else
    Q_UNUSED(send);
#endif
}

void SendPool::sendAll(Send *sends, qsizetype count)
{
    if (threads() == 1 || count < MinSharedSends) {
        for (qsizetype i = 0; i < count; ++i)
            sendOne(sends[i]);
        return;
    }
    Workers::instance().run(sends, count);
}
