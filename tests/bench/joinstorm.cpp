#include "joinstorm.h"

#include "benchmark.h"
#include "serverprocess.h"

#include <algorithm>
#include <cstdio>

namespace {
constexpr int SpeakEveryMs = 100;
// After the crowd is in, the members keep talking this long: the room
// still has the crowd's last arrivals to hand out.
constexpr int AfterStormMs = 2000;

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return -1;
    const auto nth = values.begin() + qsizetype(fraction * double(values.size() - 1));
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}
} // namespace

StormMembers::StormMembers(const BenchSettings &settings, const QElapsedTimer &clock, int count)
    : m_settings(settings), m_clock(clock), m_count(count), m_pace(this), m_heard(size_t(count), 0)
{
    m_pace.setTimerType(Qt::PreciseTimer);
    m_pace.setInterval(SpeakEveryMs);
    connect(&m_pace, &QTimer::timeout, this, &StormMembers::speak);
}

void StormMembers::join()
{
    for (int i = 0; i < m_count; ++i) {
        auto *client = new BenchClient(i, m_settings.protocol, this);
        client->onDelivery = [this](int receiver, int sender, qint64 sentAtNs) {
            if (sender != 0 || receiver < 0 || receiver >= m_count)
                return;
            ++m_heard[size_t(receiver)];
            m_latencyMs.push_back((m_clock.nsecsElapsed() - sentAtNs) / 1e6);
        };
        connect(client, &BenchClient::ready, this, [this] {
            if (++m_ready == m_count)
                emit joined();
        });
        connect(client, &BenchClient::failed, this, &StormMembers::failed);
        m_clients.push_back(client);
        client->connectTo(m_settings.host, m_settings.port, m_settings.tls);
    }
}

void StormMembers::startTalking()
{
    m_pace.start();
}

void StormMembers::speak()
{
    ++m_spoken;
    m_clients.front()->send(BenchClient::payload(m_clock.nsecsElapsed(), 0, m_settings.size));
}

int StormMembers::linesOnTheirWay() const
{
    int missing = 0;
    for (const int heard : m_heard)
        missing += m_spoken - heard;
    return missing;
}

JoinStorm::JoinStorm(const BenchSettings &settings, ServerProcess *server, QObject *parent)
    : QObject(parent), m_settings(settings), m_server(server)
{
    m_clock.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("timed out after %1 s").arg(m_settings.timeoutSeconds));
    });
}

JoinStorm::~JoinStorm()
{
    m_membersThread.quit();
    m_membersThread.wait();
}

void JoinStorm::start()
{
    m_timeout.start(m_settings.timeoutSeconds * 1000);
    m_members = new StormMembers(m_settings, m_clock, m_settings.members);
    m_members->moveToThread(&m_membersThread);
    connect(&m_membersThread, &QThread::finished, m_members, &QObject::deleteLater);
    connect(m_members, &StormMembers::failed, this, &JoinStorm::fail);
    connect(m_members, &StormMembers::joined, this, [this] {
        QMetaObject::invokeMethod(m_members, &StormMembers::startTalking);
        // A second of talk before the crowd: what the room is like without it.
        QTimer::singleShot(1000, this, &JoinStorm::storm);
    });
    m_membersThread.start();
    QMetaObject::invokeMethod(m_members, &StormMembers::join);
}

void JoinStorm::storm()
{
    m_cpuAtStart = m_server ? m_server->cpuSeconds() : -1;
    m_stormStartNs = m_clock.nsecsElapsed();
    const int first = m_settings.members;
    for (int i = 0; i < m_settings.clients; ++i) {
        auto *client = new BenchClient(first + i, m_settings.protocol, this);
        connect(client, &BenchClient::ready, this, &JoinStorm::handleReady);
        connect(client, &BenchClient::failed, this, &JoinStorm::fail);
        m_crowd.push_back(client);
        client->connectTo(m_settings.host, m_settings.port, m_settings.tls);
    }
}

void JoinStorm::handleReady()
{
    if (++m_ready < m_settings.clients)
        return;
    m_joinSeconds = (m_clock.nsecsElapsed() - m_stormStartNs) / 1e9;
    QTimer::singleShot(AfterStormMs, this, [this] {
        QMetaObject::invokeMethod(m_members, &StormMembers::stopTalking);
        // The last line's time to come round.
        QTimer::singleShot(1000, this, &JoinStorm::report);
    });
}

void JoinStorm::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "salon-bench: %s\n", qPrintable(why));
    emit finished(1);
}

void JoinStorm::report()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    std::vector<double> latencies;
    int onTheirWay = 0;
    QMetaObject::invokeMethod(
        m_members,
        [this, &latencies, &onTheirWay] {
            latencies = m_members->latenciesMs();
            onTheirWay = m_members->linesOnTheirWay();
        },
        Qt::BlockingQueuedConnection);
    const double cpu = m_server && m_cpuAtStart >= 0 ? m_server->cpuSeconds() - m_cpuAtStart : -1;
    const double worst =
        latencies.empty() ? -1 : *std::max_element(latencies.begin(), latencies.end());
    const double p50 = percentile(latencies, 0.5);
    const double p99 = percentile(latencies, 0.99);
    std::printf("  %d clients joined in %.2f s, beside %d members talking\n", m_settings.clients,
                m_joinSeconds, m_settings.members);
    std::printf("  a member's line to the others: p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                "(%zu deliveries, %d still on their way)\n",
                p50, p99, worst, latencies.size(), onTheirWay);
    if (m_server)
        std::printf("  server: peak resident %.1f MiB, CPU %.2f s for the crowd\n",
                    m_server->peakResidentKiB() / 1024.0, cpu);
    std::printf("RESULT label=%s storm=1 clients=%d members=%d join_s=%.3f p50_ms=%.2f "
                "p99_ms=%.2f max_ms=%.2f undelivered=%d cpu_s=%.3f\n",
                qPrintable(m_settings.label.isEmpty() ? QStringLiteral("-") : m_settings.label),
                m_settings.clients, m_settings.members, m_joinSeconds, p50, p99, worst, onTheirWay,
                cpu);
    std::fflush(stdout);
    emit finished(onTheirWay == 0 ? 0 : 1);
}
