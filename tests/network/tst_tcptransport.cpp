// tst_tcptransport — the server's side of a stream connection, for both of
// its kinds: a Qt socket (TcpTransport: TLS, and every peer off Unix) and
// the descriptor itself (PlainTcpTransport: plain peers on Unix). Each test
// runs on both.
//
// A connection the server writes to says it closed from the event loop,
// never from inside the write that found the peer gone: when a whole class
// leaves at once (the bell), each "left" line is written to the others, and
// a close said inside that write would start the next "left" broadcast
// inside it, as deep as the class is large (a crash at a few thousand).

#include "server/peekingsocket.h"
#include "server/plaintcptransport.h"
#include "server/tcptransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

#include <memory>
#include <vector>

class TestTcpTransport : public QObject
{
    Q_OBJECT
private slots:
    void aPeerFoundGoneByAWriteIsSaidClosedAfterIt_data() { kinds(); }
    void aPeerFoundGoneByAWriteIsSaidClosedAfterIt();
    void whatThePeerSentLastStillCounts_data() { kinds(); }
    void whatThePeerSentLastStillCounts();
    void linesArriveWhole_data() { kinds(); }
    void linesArriveWhole();
    void aBroadcastArrivesWholeAndInOrder_data() { kinds(); }
    void aBroadcastArrivesWholeAndInOrder();
    void aClassHearsEveryLineInOrder_data() { kinds(); }
    void aClassHearsEveryLineInOrder();
    void lastWordsLeaveBeforeTheClose_data() { kinds(); }
    void lastWordsLeaveBeforeTheClose();
    void aPeerThatStopsReadingFillsItsQueue_data() { kinds(); }
    void aPeerThatStopsReadingFillsItsQueue();
    void abortSaysClosedOnce_data() { kinds(); }
    void abortSaysClosedOnce();

private:
    static void kinds()
    {
        QTest::addColumn<bool>("descriptor");
        QTest::newRow("QTcpSocket") << false;
#if defined(Q_OS_UNIX)
        QTest::newRow("descriptor") << true;
#endif
    }
};

namespace {
// Keeps each new connection's descriptor, for a transport to take.
class Listener : public QTcpServer
{
public:
    QList<qintptr> descriptors;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        descriptors.append(descriptor);
        emit newConnection();
    }
};

// A connected pair: the server's side in a transport, and the peer.
struct Pair
{
    Listener listener;
    QTcpSocket peer;
    Transport *transport = nullptr;

    bool open(bool descriptor)
    {
        if (!listener.listen(QHostAddress::LocalHost, 0))
            return false;
        QSignalSpy accepted(&listener, &QTcpServer::newConnection);
        peer.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        if (!peer.waitForConnected(5000) || !(accepted.count() || accepted.wait()))
            return false;
        auto *connection = new PeekingSocket(listener.descriptors.takeFirst(), &listener);
#if defined(Q_OS_UNIX)
        if (descriptor)
            transport = new PlainTcpTransport(connection, &listener);
#else
        Q_UNUSED(descriptor);
#endif
        if (!transport)
            transport = new TcpTransport(connection->take(false), &listener);
        transport->begin();
        return true;
    }

    // What the peer has read so far, waiting up to 5 s for `bytes` of it.
    QByteArray read(qsizetype bytes)
    {
        QByteArray got;
        QDeadlineTimer deadline(5000);
        while (got.size() < bytes && !deadline.hasExpired()) {
            if (peer.bytesAvailable() == 0 && !peer.waitForReadyRead(50))
                QCoreApplication::processEvents();
            got += peer.readAll();
        }
        return got;
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
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
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
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
    QSignalSpy closed(pair.transport, &Transport::closed);
    QSignalSpy arrived(pair.transport, &Transport::arrived);
    pair.peer.write("fin\n");
    QVERIFY(pair.peer.waitForBytesWritten(5000));
    pair.peer.disconnectFromHost();

    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(pair.transport->hasUnit());
    QCOMPARE(pair.transport->takeUnit(), QByteArray("fin"));
}

void TestTcpTransport::linesArriveWhole()
{
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
    QSignalSpy arrived(pair.transport, &Transport::arrived);
    // A line cut in two by the network, then two at once.
    pair.peer.write("bonj");
    QVERIFY(pair.peer.waitForBytesWritten(5000));
    QTRY_VERIFY(pair.transport->hasPartial());
    QVERIFY(!pair.transport->hasUnit());
    pair.peer.write("our\r\nça va ?\nfin\n");
    QTRY_COMPARE(pair.transport->unitsWaiting(), qsizetype(3));
    QCOMPARE(pair.transport->takeUnit(), QByteArray("bonjour"));
    QCOMPARE(pair.transport->takeUnit(), QByteArray("ça va ?"));
    QCOMPARE(pair.transport->takeUnit(), QByteArray("fin"));
    QVERIFY(!pair.transport->hasPartial());
    QCOMPARE(pair.transport->peerAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(pair.transport->peerPort(), pair.peer.localPort());
    QCOMPARE(pair.transport->localPort(), pair.listener.serverPort());
}

void TestTcpTransport::aBroadcastArrivesWholeAndInOrder()
{
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
    // More lines than one call hands to the system, some long enough to be
    // written at once, all queued within one pass of the loop.
    QByteArray expected;
    for (int i = 0; i < 500; ++i) {
        const QByteArray line = QByteArray::number(i) + ':' +
                                QByteArray(i % 50 == 0 ? 20000 : 30, char('a' + i % 26)) + '\n';
        QCOMPARE(pair.transport->queue(line, 64 * 1024 * 1024), Transport::Queued::Yes);
        expected += line;
    }
    const QByteArray got = pair.read(expected.size());
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
}

void TestTcpTransport::aClassHearsEveryLineInOrder()
{
    QFETCH(bool, descriptor);
    // Enough people that each pass's calls are shared over the cores
    // (SendPool), with one who vanishes while the room talks.
    constexpr int People = 150;
    constexpr int Vanishing = 77;
    Listener listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QTcpSocket>> peers;
    std::vector<Transport *> transports;
    for (int i = 0; i < People; ++i) {
        peers.push_back(std::make_unique<QTcpSocket>());
        peers.back()->connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(peers.back()->waitForConnected(5000));
        QTRY_VERIFY(!listener.descriptors.isEmpty());
        auto *connection = new PeekingSocket(listener.descriptors.takeFirst(), &listener);
        Transport *transport = nullptr;
#if defined(Q_OS_UNIX)
        if (descriptor)
            transport = new PlainTcpTransport(connection, &listener);
#endif
        if (!transport)
            transport = new TcpTransport(connection->take(false), &listener);
        transport->begin();
        transports.push_back(transport);
    }
    QSignalSpy vanished(transports[Vanishing], &Transport::closed);
    QByteArray expected;
    for (int pass = 0; pass < 6; ++pass) {
        if (pass == 2) {
            const linger hard = {1, 0};
            setsockopt(int(peers[Vanishing]->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                       sizeof hard);
            peers[Vanishing]->abort();
        }
        for (int line = 0; line < 20; ++line) {
            const QByteArray text = QByteArray::number(pass) + '.' + QByteArray::number(line) +
                                    ' ' + QByteArray(40, char('a' + line)) + '\n';
            expected += text;
            for (Transport *transport : transports)
                transport->queue(text, 64 * 1024 * 1024);
        }
        QCoreApplication::processEvents(); // the pass ends: the calls are made
    }
    for (int i = 0; i < People; ++i) {
        if (i == Vanishing)
            continue;
        QTcpSocket &peer = *peers[size_t(i)];
        QByteArray got;
        QDeadlineTimer deadline(5000);
        while (got.size() < expected.size() && !deadline.hasExpired()) {
            if (peer.bytesAvailable() == 0 && !peer.waitForReadyRead(50))
                QCoreApplication::processEvents();
            got += peer.readAll();
        }
        QVERIFY2(got == expected, qPrintable(QStringLiteral("person %1 got %2 of %3 bytes")
                                                 .arg(i)
                                                 .arg(got.size())
                                                 .arg(expected.size())));
        QVERIFY(transports[size_t(i)]->isOpen());
    }
    QTRY_COMPARE(vanished.count(), 1);
    QVERIFY(!transports[Vanishing]->isOpen());
}

void TestTcpTransport::lastWordsLeaveBeforeTheClose()
{
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
    QSignalSpy closed(pair.transport, &Transport::closed);
    QSignalSpy peerGone(&pair.peer, &QTcpSocket::disconnected);
    pair.transport->queue("Au revoir !\n", 1024);
    pair.transport->closeAfterWriting();
    QCOMPARE(pair.transport->queue("after\n", 1024), Transport::Queued::Closed);
    QCOMPARE(pair.read(12), QByteArray("Au revoir !\n"));
    QTRY_COMPARE(closed.count(), 1);
    QTRY_COMPARE(peerGone.count(), 1);
    QVERIFY(!pair.transport->isOpen());
}

void TestTcpTransport::aPeerThatStopsReadingFillsItsQueue()
{
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
    // The peer never reads: the system's buffers fill, then the queue.
    pair.peer.setReadBufferSize(64 * 1024);
    const QByteArray line = QByteArray(20 * 1024, 'x') + '\n';
    const qint64 max = 256 * 1024;
    Transport::Queued result = Transport::Queued::Yes;
    int queued = 0;
    while (result == Transport::Queued::Yes && queued < 5000) {
        result = pair.transport->queue(line, max);
        ++queued;
        if (queued % 50 == 0)
            QCoreApplication::processEvents();
    }
    QCOMPARE(result, Transport::Queued::Full);
    QVERIFY(pair.transport->isOpen());
    // Once it reads again, everything queued arrives.
    pair.peer.setReadBufferSize(0);
    const QByteArray got = pair.read(qsizetype(queued - 1) * line.size());
    QCOMPARE(got.size(), qsizetype(queued - 1) * line.size());
    QCOMPARE(pair.transport->queue(line, max), Transport::Queued::Yes);
}

void TestTcpTransport::abortSaysClosedOnce()
{
    QFETCH(bool, descriptor);
    Pair pair;
    QVERIFY(pair.open(descriptor));
    QSignalSpy closed(pair.transport, &Transport::closed);
    QSignalSpy peerGone(&pair.peer, &QTcpSocket::disconnected);
    pair.transport->queue("never sent\n", 1024);
    pair.transport->abort();
    QCOMPARE(closed.count(), 1);
    QVERIFY(!pair.transport->isOpen());
    pair.transport->abort();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(closed.count(), 1);
    QTRY_COMPARE(peerGone.count(), 1);
}

QTEST_GUILESS_MAIN(TestTcpTransport)
#include "tst_tcptransport.moc"
