#include "server/deadpeerdetection.h"

#include "base/logging.h"

#include <QAbstractSocket>
#include <QVariant>

#if defined(Q_OS_UNIX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace DeadPeerDetection {

bool applyTo(QAbstractSocket *socket, int withinSeconds)
{
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
#if defined(Q_OS_LINUX)
    return applyTo(socket->socketDescriptor(), withinSeconds);
#else
    Q_UNUSED(withinSeconds);
    return false;
#endif
}

bool applyTo(qintptr descriptor, int withinSeconds)
{
#if defined(Q_OS_UNIX)
    const int on = 1;
    if (descriptor < 0 ||
        setsockopt(int(descriptor), SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) != 0)
        return false;
#endif
#if defined(Q_OS_LINUX)
    const int fd = int(descriptor);
    // Silent for half the time, then a probe every tenth of it, five tries.
    const int idle = qMax(1, withinSeconds / 2);
    const int interval = qMax(1, withinSeconds / 10);
    const int probes = 5;
    // Data sent and not acknowledged for the whole time: the peer is gone.
    const unsigned int userTimeoutMs = unsigned(withinSeconds) * 1000u;
    const bool ok =
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle) == 0 &&
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval) == 0 &&
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof probes) == 0 &&
        setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs) == 0;
    if (!ok)
        qCWarning(lcServer) << "could not tune dead-peer detection on socket" << fd;
    return ok;
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(withinSeconds);
    return false;
#endif
}

} // namespace DeadPeerDetection
