#include "benchmark.h"

#include "serverprocess.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace {
// Enough samples for a stable p99 without holding every one at 200 clients.
constexpr qint64 MaxLatencySamples = 4'000'000;

QString grouped(double value)
{
    return QLocale::c().toString(qint64(value + 0.5)).replace(QLatin1Char(','), QLatin1Char(' '));
}
} // namespace

Benchmark::Benchmark(const BenchSettings &settings, ServerProcess *server, QObject *parent)
    : QObject(parent), m_settings(settings), m_server(server)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("timed out after %1 s").arg(m_settings.timeoutSeconds));
    });
}

qint64 Benchmark::expectedDeliveries() const
{
    const qint64 n = m_settings.clients;
    // A Salon server echoes a message to its sender; an IRC server does not.
    const qint64 receivers = m_settings.protocol == BenchClient::Protocol::Irc ? n - 1 : n;
    return n * m_settings.messages * receivers;
}

void Benchmark::start()
{
    m_clock.start();
    m_residentBeforeKiB = m_server ? m_server->residentKiB() : -1;
    m_sent.assign(m_settings.clients, 0);
    m_confirmed.assign(m_settings.clients, 0);
    m_latencyUs.reserve(size_t(std::min(expectedDeliveries(), MaxLatencySamples)));
    m_timeout.start(m_settings.timeoutSeconds * 1000);
    m_joinStartNs = m_clock.nsecsElapsed();
    connectSome();
}

void Benchmark::connectSome()
{
    // Plain clients all at once. TLS ones a slice at a time: a TLS client's
    // ClientHello leaves on its "connected", and making 5,000 TLS sockets in
    // one go kept the first waiting half a second, so the server took it for
    // a text client (as a real client, each on its own machine, would not).
    // TLS clients come a slice at a time, the next once these are in: the
    // bench's one thread does every client's handshake, and a crowd of them
    // in flight would keep a ClientHello waiting past the server's greeting.
    const int slice = m_settings.tls != BenchClient::Tls::None ? 50 : m_settings.clients;
    for (int made = 0; made < slice && int(m_clients.size()) < m_settings.clients; ++made) {
        auto *client = new BenchClient(int(m_clients.size()), m_settings.protocol, this);
        client->onDelivery = [this](int receiver, int sender, qint64 sentAtNs) {
            handleDelivery(receiver, sender, sentAtNs);
        };
        connect(client, &BenchClient::ready, this, &Benchmark::handleReady);
        connect(client, &BenchClient::failed, this, &Benchmark::fail);
        m_clients.push_back(client);
        client->connectTo(m_settings.host, m_settings.port, m_settings.tls);
    }
}

void Benchmark::handleReady()
{
    ++m_ready;
    if (m_settings.tls != BenchClient::Tls::None && m_ready == int(m_clients.size()) &&
        m_ready < m_settings.clients)
        connectSome();
    if (m_ready < m_settings.clients)
        return;
    const double joinSeconds = (m_clock.nsecsElapsed() - m_joinStartNs) / 1e9;
    std::printf("  %d clients joined in %.2f s\n", m_settings.clients, joinSeconds);
    // Let the last join notices drain before measuring what idle clients
    // cost; for an idle room, until it has settled after its crowd (Salon
    // hands the crowd's memory back 2 s after the last arrival).
    QTimer::singleShot(m_settings.messages == 0 ? 3000 : 500, this, [this] {
        m_residentJoinedKiB = m_server ? m_server->residentKiB() : -1;
        if (m_settings.messages == 0) { // what idle clients cost, and no more
            m_sendStartNs = m_clock.nsecsElapsed();
            report(true);
            return;
        }
        startSending();
    });
}

void Benchmark::startSending()
{
    m_cpuAtStart = m_server ? m_server->cpuSeconds() : -1;
    m_sendStartNs = m_clock.nsecsElapsed();
    for (int i = 0; i < m_settings.clients; ++i) {
        for (int k = 0; k < m_settings.window; ++k)
            sendNext(i);
    }
}

void Benchmark::sendNext(int sender)
{
    if (m_sent[sender] >= m_settings.messages ||
        m_sent[sender] - m_confirmed[sender] >= m_settings.window)
        return;
    ++m_sent[sender];
    m_clients[sender]->send(BenchClient::payload(m_clock.nsecsElapsed(), sender, m_settings.size));
}

void Benchmark::handleDelivery(int receiver, int sender, qint64 sentAtNs)
{
    if (m_done || sender < 0 || sender >= m_settings.clients)
        return;
    ++m_received;
    const qint64 latencyNs = m_clock.nsecsElapsed() - sentAtNs;
    if (qint64(m_latencyUs.size()) < MaxLatencySamples)
        m_latencyUs.push_back(quint32(std::clamp<qint64>(latencyNs / 1000, 0, 0xffffffff)));
    // The neighbour's copy tells the sender its message went round.
    if (receiver == (sender + 1) % m_settings.clients) {
        ++m_confirmed[sender];
        sendNext(sender);
    }
    if (m_received == expectedDeliveries())
        report(true);
}

void Benchmark::fail(const QString &why)
{
    if (m_done)
        return;
    std::fprintf(stderr, "salon-bench: %s\n", qPrintable(why));
    if (m_sendStartNs > 0)
        report(false);
    else {
        m_done = true;
        emit finished(1);
    }
}

void Benchmark::report(bool complete)
{
    m_done = true;
    m_timeout.stop();
    const double seconds = (m_clock.nsecsElapsed() - m_sendStartNs) / 1e9;
    const double cpu = m_server && m_cpuAtStart >= 0 ? m_server->cpuSeconds() - m_cpuAtStart : -1;
    const qint64 peakKiB = m_server ? m_server->peakResidentKiB() : -1;
    const double rate = m_received / seconds;

    double p50 = -1, p99 = -1, worst = -1;
    if (!m_latencyUs.empty()) {
        auto at = [this](double fraction) {
            const auto nth = m_latencyUs.begin() + qsizetype(fraction * (m_latencyUs.size() - 1));
            std::nth_element(m_latencyUs.begin(), nth, m_latencyUs.end());
            return *nth / 1000.0;
        };
        p50 = at(0.50);
        p99 = at(0.99);
        worst = *std::max_element(m_latencyUs.begin(), m_latencyUs.end()) / 1000.0;
    }
    const double perClientKiB =
        m_residentBeforeKiB >= 0 && m_residentJoinedKiB >= 0
            ? double(m_residentJoinedKiB - m_residentBeforeKiB) / m_settings.clients
            : -1;

    std::printf("  deliveries: %s of %s in %.3f s = %s per second\n",
                qPrintable(grouped(m_received)), qPrintable(grouped(expectedDeliveries())), seconds,
                qPrintable(grouped(rate)));
    std::printf("  latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", p50, p99, worst);
    if (m_server) {
        std::printf("  server: peak resident %.1f MiB, %.1f KiB per idle joined client, "
                    "CPU %.2f s = %s deliveries per CPU second\n",
                    peakKiB / 1024.0, perClientKiB, cpu,
                    qPrintable(grouped(cpu > 0 ? m_received / cpu : 0)));
    }
    const char *protocol = m_settings.protocol == BenchClient::Protocol::Salon  ? "salon"
                           : m_settings.protocol == BenchClient::Protocol::Text ? "text"
                                                                                : "irc";
    // One line for scripts (compare.sh).
    std::printf("RESULT label=%s protocol=%s clients=%d messages=%d size=%d complete=%d "
                "deliveries=%lld seconds=%.4f rate=%.0f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f "
                "peak_kib=%lld idle_kib_per_client=%.2f cpu_s=%.3f\n",
                qPrintable(m_settings.label.isEmpty() ? QStringLiteral("-") : m_settings.label),
                protocol, m_settings.clients, m_settings.messages, m_settings.size,
                complete ? 1 : 0, m_received, seconds, rate, p50, p99, worst, peakKiB, perClientKiB,
                cpu);
    std::fflush(stdout);
    emit finished(complete ? 0 : 1);
}
