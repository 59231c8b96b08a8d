// tst_deadpeerdetection — a peer whose cable is pulled is noticed within
// about a minute (issue #10, item 6): every connection the server takes is
// tuned so, keepalive timing and TCP_USER_TIMEOUT both (Linux).

#include "server/deadpeerdetection.h"
#include "server/tcptransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

class TestDeadPeerDetection : public QObject
{
    Q_OBJECT
private slots:
    void theServersConnectionsNoticeADeadPeerWithinAMinute();
};

namespace {
#if defined(Q_OS_LINUX)
int option(int fd, int level, int name)
{
    int value = -1;
    socklen_t size = sizeof value;
    if (getsockopt(fd, level, name, &value, &size) != 0)
        return -1;
    return value;
}
#endif
} // namespace

void TestDeadPeerDetection::theServersConnectionsNoticeADeadPeerWithinAMinute()
{
#if !defined(Q_OS_LINUX)
    QSKIP("The timings are set with Linux's socket options; elsewhere Qt's keepalive only.");
#else
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    QSignalSpy accepted(&listener, &QTcpServer::newConnection);
    client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(accepted.count() || accepted.wait());
    QTcpSocket *socket = listener.nextPendingConnection();
    const int fd = int(socket->socketDescriptor());
    // Linux's defaults: two hours of silence before the first probe.
    QCOMPARE(option(fd, SOL_SOCKET, SO_KEEPALIVE), 0);

    TcpTransport transport(socket); // as the server takes every connection
    QCOMPARE(option(fd, SOL_SOCKET, SO_KEEPALIVE), 1);
    const int idle = option(fd, IPPROTO_TCP, TCP_KEEPIDLE);
    const int interval = option(fd, IPPROTO_TCP, TCP_KEEPINTVL);
    const int probes = option(fd, IPPROTO_TCP, TCP_KEEPCNT);
    // A quiet dead peer: idle, then every probe unanswered.
    QVERIFY2(idle + interval * probes <= 60,
             qPrintable(QStringLiteral("%1 + %2 × %3 s").arg(idle).arg(interval).arg(probes)));
    // A busy one: data unacknowledged for a minute.
    QCOMPARE(option(fd, IPPROTO_TCP, TCP_USER_TIMEOUT), 60 * 1000);
#endif
}

QTEST_GUILESS_MAIN(TestDeadPeerDetection)
#include "tst_deadpeerdetection.moc"
