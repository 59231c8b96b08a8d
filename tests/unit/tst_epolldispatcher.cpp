// tst_epolldispatcher — the headless server's event loop (Linux) does what
// Qt's own does for everything the server relies on: timers in order and on
// time, single shots, posted and cross-thread events, sockets both ways,
// a notifier that goes away while its event waits, nested loops, quitting.
// SALON_TEST_QT_LOOP=1 runs the same tests on Qt's own loop, to compare.

#include "base/epolldispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <QSocketNotifier>

#include <sys/eventfd.h>
#include <sys/resource.h>
#include <unistd.h>

#include <future>
#include <memory>
#include <thread>

class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void timersFireInTheirOrder();
    void aRepeatingTimerKeepsItsStep();
    void aStoppedTimerDoesNotFire();
    void aZeroTimerLetsEverythingElseRun();
    void eventsPostedFromAnotherThreadWakeTheLoop();
    void quittingFromAnotherThreadEndsTheWait();
    void aNestedLoopDoesNotFireItsOwnTimerAgain();
    void bytesGoBothWaysOverManySockets();
    void aSocketDeletedWhileItsEventWaitsIsLeftAlone();
    void everyReadySocketHasItsTurnInEachPass();
};

void TestEpollDispatcher::initTestCase()
{
    if (!EpollDispatcher::isAvailable())
        QSKIP("epoll is Linux's; elsewhere Qt's own loop runs the server.");
    QVERIFY(qEnvironmentVariableIsSet("SALON_TEST_QT_LOOP") ||
            qobject_cast<EpollDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollDispatcher::timersFireInTheirOrder()
{
    std::vector<int> fired;
    QTimer::singleShot(30, this, [&] { fired.push_back(30); });
    QTimer::singleShot(10, this, [&] { fired.push_back(10); });
    QTimer::singleShot(20, this, [&] { fired.push_back(20); });
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE(fired.size(), 3);
    QVERIFY(fired == std::vector<int>({10, 20, 30}));
    QVERIFY(clock.elapsed() >= 30); // never early
}

void TestEpollDispatcher::aRepeatingTimerKeepsItsStep()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(20);
    QSignalSpy ticks(&timer, &QTimer::timeout);
    QElapsedTimer clock;
    clock.start();
    timer.start();
    QVERIFY(timer.remainingTime() > 0 && timer.remainingTime() <= 20);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 5, 5000);
    QVERIFY(clock.elapsed() >= 100);
}

void TestEpollDispatcher::aStoppedTimerDoesNotFire()
{
    QTimer stopped;
    stopped.setSingleShot(true);
    QSignalSpy fired(&stopped, &QTimer::timeout);
    stopped.start(10);
    stopped.stop();
    QTimer later;
    later.setSingleShot(true);
    QSignalSpy laterFired(&later, &QTimer::timeout);
    later.start(40);
    QVERIFY(laterFired.wait(5000));
    QCOMPARE(fired.count(), 0);
    QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&stopped).size(), 0);
}

void TestEpollDispatcher::aZeroTimerLetsEverythingElseRun()
{
    int spins = 0;
    QTimer zero;
    zero.setInterval(0);
    connect(&zero, &QTimer::timeout, this, [&spins] { ++spins; });
    zero.start();
    bool posted = false;
    QMetaObject::invokeMethod(
        this, [&posted] { posted = true; }, Qt::QueuedConnection);
    bool timed = false;
    QTimer::singleShot(20, this, [&timed] { timed = true; });
    QTRY_VERIFY(posted && timed);
    QVERIFY(spins > 1);
}

void TestEpollDispatcher::eventsPostedFromAnotherThreadWakeTheLoop()
{
    bool arrived = false;
    QEventLoop loop;
    // The other thread posts once the loop is about to wait, with no timer to wake it.
    std::promise<void> blocking;
    auto blocked = blocking.get_future();
    const auto once =
        connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                [&blocking, &blocked] {
                    if (blocked.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                        blocking.set_value();
                });
    std::thread poster([this, &arrived, &loop, &blocked] {
        blocked.wait();
        QMetaObject::invokeMethod(
            this,
            [&arrived, &loop] {
                arrived = true;
                loop.quit();
            },
            Qt::QueuedConnection);
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit); // a bound, not a wait
    loop.exec();
    poster.join();
    disconnect(once);
    QVERIFY(arrived);
}

void TestEpollDispatcher::quittingFromAnotherThreadEndsTheWait()
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::promise<void> blocking;
    auto blocked = blocking.get_future();
    const auto once =
        connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                [&blocking, &blocked] {
                    if (blocked.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                        blocking.set_value();
                });
    std::thread quitter([&loop, &blocked] {
        blocked.wait(); // the loop waits: only the exit can end it
        loop.exit(7);
    });
    QTimer::singleShot(10'000, &loop, [&loop] { loop.exit(1); });
    QCOMPARE(loop.exec(), 7);
    quitter.join();
    disconnect(once);
    QVERIFY(clock.elapsed() < 5000);
}

void TestEpollDispatcher::aNestedLoopDoesNotFireItsOwnTimerAgain()
{
    QTimer outer;
    outer.setInterval(5);
    int entered = 0;
    int depth = 0;
    int deepest = 0;
    bool innerTimerFired = false;
    connect(&outer, &QTimer::timeout, this, [&] {
        ++entered;
        ++depth;
        deepest = qMax(deepest, depth);
        if (entered == 1) {
            // A modal wait inside a timer: others run, this one waits its turn.
            QEventLoop inner;
            QTimer::singleShot(50, &inner, [&] {
                innerTimerFired = true;
                inner.quit();
            });
            inner.exec();
        }
        --depth;
    });
    outer.start();
    QTRY_VERIFY(entered >= 3);
    QVERIFY(innerTimerFired);
    QCOMPARE(deepest, 1);
}

void TestEpollDispatcher::bytesGoBothWaysOverManySockets()
{
    // An echo server and 200 clients, each sending 64 KiB (write buffers
    // that fill, read buffers that drain, notifiers switched on and off).
    constexpr int Clients = 200;
    const QByteArray payload(64 * 1024, 'x');
    QTcpServer server;
    server.setListenBacklogSize(1024); // as the server's Listener: no connection waits for a retry
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *peer = server.nextPendingConnection()) {
            peer->setParent(&server);
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
        }
    });
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    qint64 echoed = 0;
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = client.get();
        connect(raw, &QTcpSocket::connected, this, [raw, &payload] { raw->write(payload); });
        connect(raw, &QTcpSocket::readyRead, this,
                [raw, &echoed] { echoed += raw->readAll().size(); });
        raw->connectToHost(QHostAddress::LocalHost, server.serverPort());
        clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(echoed, qint64(Clients) * payload.size(), 30'000);
}

void TestEpollDispatcher::aSocketDeletedWhileItsEventWaitsIsLeftAlone()
{
    // Two clients have bytes waiting in the same pass; whichever is handled
    // first deletes the other, whose event is then dropped, not delivered
    // to freed memory (the sanitizers would say).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    std::vector<QTcpSocket *> peers;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *peer = server.nextPendingConnection())
            peers.push_back(peer);
    });
    QTcpSocket a, b;
    a.connectToHost(QHostAddress::LocalHost, server.serverPort());
    b.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(peers.size(), size_t(2));
    int handled = 0;
    for (QTcpSocket *peer : peers) {
        connect(peer, &QTcpSocket::readyRead, this, [&, peer] {
            ++handled;
            for (QTcpSocket *other : peers) {
                if (other != peer)
                    delete other;
            }
            peers = {peer};
        });
    }
    a.write("one\n");
    b.write("two\n");
    QVERIFY(a.waitForBytesWritten(1000) && b.waitForBytesWritten(1000));
    QTRY_COMPARE(handled, 1);
    QCoreApplication::processEvents();
    QCOMPARE(handled, 1);
    delete peers.front();
}

void TestEpollDispatcher::everyReadySocketHasItsTurnInEachPass()
{
    // A school connecting at once: thousands of sockets ready together. The
    // member who speaks meanwhile must not wait several passes behind them:
    // once a pass has found more than it took, the next takes them all.
    constexpr int Ready = 1500;
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_cur < rlim_t(Ready + 100)) {
        files.rlim_cur = qMin(files.rlim_max, rlim_t(Ready + 100));
        setrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur < rlim_t(Ready + 100))
        QSKIP("not enough file descriptors allowed here");
    std::vector<int> descriptors;
    std::vector<std::unique_ptr<QSocketNotifier>> notifiers;
    int served = 0;
    for (int i = 0; i < Ready; ++i) {
        const int fd = eventfd(1, EFD_NONBLOCK | EFD_CLOEXEC); // readable, and stays so
        QVERIFY(fd >= 0);
        descriptors.push_back(fd);
        notifiers.push_back(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read));
        connect(notifiers.back().get(), &QSocketNotifier::activated, this, [&] { ++served; });
    }
    QCoreApplication::processEvents();
    QVERIFY(served > 0);
    served = 0;
    QCoreApplication::processEvents();
    QCOMPARE(served, Ready);
    notifiers.clear();
    for (const int fd : descriptors)
        ::close(fd);
}

int main(int argc, char *argv[])
{
    if (EpollDispatcher::isAvailable() && !qEnvironmentVariableIsSet("SALON_TEST_QT_LOOP"))
        QCoreApplication::setEventDispatcher(new EpollDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
