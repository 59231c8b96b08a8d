#include "base/roundtrip.h"

#include <algorithm>
#include <cstddef>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {
constexpr qint64 MinRtoMs = 200;

int bounded(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, RoundTrip::MaxAllowanceMs / 2));
}
} // namespace

RoundTrip RoundTrip::fromRttMs(qint64 rttMs)
{
    // RTO = SRTT + max(floor, 4 × RTTVAR), with RTTVAR = RTT / 2 at first.
    rttMs = std::max<qint64>(rttMs, 0);
    return {bounded(rttMs), bounded(rttMs + std::max(MinRtoMs, 2 * rttMs))};
}

RoundTrip RoundTrip::of(qintptr descriptor, qint64 openedInMs)
{
#ifdef Q_OS_LINUX
    tcp_info info{};
    socklen_t size = sizeof info;
    if (descriptor >= 0 && getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &size) == 0 &&
        size >= socklen_t(offsetof(tcp_info, tcpi_rtt) + sizeof info.tcpi_rtt) && info.tcpi_rto > 0)
        return {bounded(info.tcpi_rtt / 1000), bounded(info.tcpi_rto / 1000)};
#else
    Q_UNUSED(descriptor);
#endif
    return fromRttMs(openedInMs);
}
