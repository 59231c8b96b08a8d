// tst_sendpool — a broadcast's calls to the system, shared over the cores:
// every connection gets its own bytes once, whole, and learns what came of
// its own call (taken, partly taken, or a peer gone), however many there
// are and however they are shared.

#include "server/sendpool.h"

#include <QTest>

#include <cerrno>
#include <vector>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

class TestSendPool : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyConnectionGetsItsOwnBytes_data();
    void everyConnectionGetsItsOwnBytes();
};

namespace {
// A connected pair of local sockets: ours to send on, the peer's to read.
struct Pair
{
    int ours = -1;
    int peer = -1;
    Pair()
    {
        int both[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, both) == 0) {
            ours = both[0];
            peer = both[1];
        }
    }
    ~Pair()
    {
        if (ours >= 0)
            ::close(ours);
        if (peer >= 0)
            ::close(peer);
    }
    Pair(const Pair &) = delete;
    Pair &operator=(const Pair &) = delete;

    QByteArray readAll() const
    {
        QByteArray got;
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::recv(peer, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n <= 0)
                return got;
            got.append(buffer, qsizetype(n));
        }
    }
};

QByteArray lineFor(int i)
{
    return "<" + QByteArray::number(i) + "> " + QByteArray(40, char('a' + i % 26)) + '\n';
}
} // namespace

void TestSendPool::initTestCase()
{
    // A school's worth of pairs is two descriptors each.
    rlimit files{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &files), 0);
    if (files.rlim_cur < 4096 && files.rlim_max >= 4096) {
        files.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &files), 0);
    }
}

void TestSendPool::everyConnectionGetsItsOwnBytes_data()
{
    QTest::addColumn<int>("connections");
    // Below the share, at it, and a crowd.
    QTest::newRow("one") << 1;
    QTest::newRow("just too few to share") << int(SendPool::MinSharedSends) - 1;
    QTest::newRow("just enough to share") << int(SendPool::MinSharedSends);
    QTest::newRow("a school") << 1500;
}

void TestSendPool::everyConnectionGetsItsOwnBytes()
{
    QFETCH(int, connections);
    std::vector<Pair> pairs(static_cast<size_t>(connections));
    // With three or more, one peer hung up and one stopped reading.
    const int gone = connections >= 3 ? connections / 3 : -1;
    const int full = connections >= 3 ? connections * 2 / 3 : -1;
    if (gone >= 0) {
        ::close(pairs[size_t(gone)].peer);
        pairs[size_t(gone)].peer = -1;
        const QByteArray filler(4096, 'f');
        int fillerCalls = 0;
        while (::send(pairs[size_t(full)].ours, filler.constData(), size_t(filler.size()),
                      MSG_NOSIGNAL | MSG_DONTWAIT) > 0)
            ++fillerCalls;
        QVERIFY(fillerCalls > 0);
    }

    std::vector<QByteArray> lines(static_cast<size_t>(connections));
    std::vector<SendPool::Send> sends(static_cast<size_t>(connections));
    for (int i = 0; i < connections; ++i) {
        lines[size_t(i)] = lineFor(i);
        SendPool::Send &send = sends[size_t(i)];
        send.descriptor = pairs[size_t(i)].ours;
        send.data = lines[size_t(i)].constData();
        send.size = lines[size_t(i)].size();
    }
    SendPool::sendAll(sends.data(), qsizetype(sends.size()));

    for (int i = 0; i < connections; ++i) {
        const SendPool::Send &send = sends[size_t(i)];
        if (i == gone) {
            QCOMPARE(send.sent, qsizetype(0));
            QCOMPARE(send.error, EPIPE);
        } else if (i == full) {
            // The peer's buffer was full: nothing, or less than all, taken.
            QVERIFY2(send.sent < send.size, qPrintable(QString::number(send.sent)));
            QVERIFY(send.error == 0 || send.error == EAGAIN || send.error == EWOULDBLOCK);
        } else {
            QCOMPARE(send.error, 0);
            QCOMPARE(send.sent, send.size);
            QCOMPARE(pairs[size_t(i)].readAll(), lines[size_t(i)]);
        }
    }
}

QTEST_GUILESS_MAIN(TestSendPool)
#include "tst_sendpool.moc"
