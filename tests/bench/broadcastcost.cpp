#include "broadcastcost.h"

#include "server/sendpool.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
struct Connection
{
    int server = -1; // the room's side: what SendPool writes to
    int client = -1; // the receiver's side
};

void closeAll(std::vector<Connection> &connections, int listener)
{
    for (const Connection &connection : connections) {
        if (connection.server >= 0)
            ::close(connection.server);
        if (connection.client >= 0)
            ::close(connection.client);
    }
    connections.clear();
    if (listener >= 0)
        ::close(listener);
}

bool connectAll(int count, std::vector<Connection> *connections, int *listenerOut)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    *listenerOut = listener;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(listener, 1024) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    const int on = 1;
    for (int i = 0; i < count; ++i) {
        Connection connection;
        connection.client = ::socket(AF_INET, SOCK_STREAM, 0);
        if (connection.client < 0 ||
            ::connect(connection.client, reinterpret_cast<sockaddr *>(&address), length) != 0) {
            if (connection.client >= 0)
                ::close(connection.client);
            return false;
        }
        connection.server = ::accept(listener, nullptr, nullptr);
        connections->push_back(connection);
        if (connection.server < 0)
            return false;
        ::setsockopt(connection.server, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    return true;
}

// Reads what each receiver has; returns the bytes read.
qint64 drain(const std::vector<Connection> &connections)
{
    static char buffer[64 * 1024];
    qint64 total = 0;
    for (const Connection &connection : connections) {
        for (;;) {
            const ssize_t got = ::recv(connection.client, buffer, sizeof buffer, MSG_DONTWAIT);
            if (got <= 0)
                break;
            total += got;
        }
    }
    return total;
}

double percentile(std::vector<qint64> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    return double(values[index]);
}
} // namespace

int BroadcastCost::run(int connectionCount, int rounds, int size, const QString &label)
{
    std::vector<Connection> connections;
    int listener = -1;
    if (!connectAll(connectionCount, &connections, &listener)) {
        std::fprintf(stderr, "salon-bench: %d loopback connections could not be made (%s)\n",
                     connectionCount, std::strerror(errno));
        closeAll(connections, listener);
        return 1;
    }
    const QByteArray line = QByteArray(size - 1, 'x') + '\n';
    std::vector<SendPool::Send> sends(connections.size());
    std::vector<qint64> roundNs;
    qint64 expected = 0;
    qint64 received = 0;
    int failed = 0;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < connections.size(); ++i) {
            sends[i] = SendPool::Send();
            sends[i].descriptor = connections[i].server;
            sends[i].data = line.constData();
            sends[i].size = line.size();
        }
        clock.start();
        SendPool::sendAll(sends.data(), qsizetype(sends.size()));
        roundNs.push_back(clock.nsecsElapsed());
        for (const SendPool::Send &send : sends) {
            expected += send.sent;
            failed += send.sent != send.size ? 1 : 0;
        }
        received += drain(connections);
    }
    // What is still on its way arrives: every byte is counted.
    for (int tries = 0; tries < 1000 && received < expected; ++tries)
        received += drain(connections);
    const double medianUs = percentile(roundNs, 0.5) / 1000.0;
    std::printf("RESULT label=%s mode=broadcast-cost connections=%d threads=%d rounds=%d size=%d "
                "complete=%d median_us=%.1f p99_us=%.1f ns_per_send=%.0f\n",
                qPrintable(label.isEmpty() ? QStringLiteral("salon") : label), connectionCount,
                SendPool::threads(), rounds, size, failed == 0 && received == expected ? 1 : 0,
                medianUs, percentile(roundNs, 0.99) / 1000.0,
                medianUs * 1000.0 / double(connectionCount));
    closeAll(connections, listener);
    return failed == 0 && received == expected ? 0 : 1;
}
