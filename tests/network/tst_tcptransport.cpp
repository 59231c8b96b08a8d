// tst_tcptransport — a connection the server writes to says it closed from
// the event loop, never from inside the write that found the peer gone:
// when a whole class leaves at once (the bell), each "left" line is written
// to the others, and a close said inside that write would start the next
// "left" broadcast inside it, as deep as the class is large (a crash at a
// few thousand).

#include "server/tcptransport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

class TestTcpTransport : public QObject
{
    Q_OBJECT
private slots:
    void aPeerFoundGoneByAWriteIsSaidClosedAfterIt();
    void whatThePeerSentLastStillCounts();
};

namespace {
// A connected pair: the server's side in a TcpTransport, and the peer.
struct Pair
{
    QTcpServer listener;
    QTcpSocket peer;
    TcpTransport *transport = nullptr;

    bool open()
    {
        if (!listener.listen(QHostAddress::LocalHost, 0))
            return false;
        QSignalSpy accepted(&listener, &QTcpServer::newConnection);
        peer.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        if (!peer.waitForConnected(5000) || !(accepted.count() || accepted.wait()))
            return false;
        transport = new TcpTransport(listener.nextPendingConnection(), &listener);
        transport->begin();
        return true;
    }

    // The peer goes with a reset, as a killed program or a dropped laptop
    // lid does: SO_LINGER 0, then close.
    void reset()
    {
        const linger hard = {1, 0};
        setsockopt(int(peer.socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        peer.abort();
    }
};
} // namespace

void TestTcpTransport::aPeerFoundGoneByAWriteIsSaidClosedAfterIt()
{
    Pair pair;
    QVERIFY(pair.open());
    QSignalSpy closed(pair.transport, &Transport::closed);
    pair.reset();

    // Enough to be written at once rather than at the next pass of the loop.
    const QByteArray line = QByteArray(20 * 1024, 'x') + '\n';
    pair.transport->queue(line, 1024 * 1024);
    pair.transport->queue(line, 1024 * 1024);
    pair.transport->flush();
    QCOMPARE(closed.count(), 0);
    QVERIFY(!pair.transport->isOpen());
    // Nothing more is taken for a peer that is gone.
    QCOMPARE(pair.transport->queue(line, 1024 * 1024), Transport::Queued::Closed);

    QTRY_COMPARE(closed.count(), 1);
    QCoreApplication::sendPostedEvents(); // and only once
    QCOMPARE(closed.count(), 1);
}

void TestTcpTransport::whatThePeerSentLastStillCounts()
{
    Pair pair;
    QVERIFY(pair.open());
    QSignalSpy closed(pair.transport, &Transport::closed);
    QSignalSpy arrived(pair.transport, &Transport::arrived);
    pair.peer.write("fin\n");
    QVERIFY(pair.peer.waitForBytesWritten(5000));
    pair.peer.disconnectFromHost();

    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(pair.transport->hasUnit());
    QCOMPARE(pair.transport->takeUnit(), QByteArray("fin"));
}

QTEST_GUILESS_MAIN(TestTcpTransport)
#include "tst_tcptransport.moc"
