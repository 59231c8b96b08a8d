// tst_heartbeat — when a quiet peer is pinged, and when a silent one is lost.

#include "base/heartbeat.h"

#include <QTest>

class TestHeartbeat : public QObject
{
    Q_OBJECT
private slots:
    void steps();
    void pingOncePerSilence();
    void timeoutNeverBeforeInterval();
};

void TestHeartbeat::steps()
{
    Heartbeat heartbeat(15000, 45000);
    QCOMPARE(heartbeat.stepAfter(0), Heartbeat::Step::Wait);
    QCOMPARE(heartbeat.stepAfter(14999), Heartbeat::Step::Wait);
    QCOMPARE(heartbeat.stepAfter(15000), Heartbeat::Step::Ping);
    QCOMPARE(heartbeat.stepAfter(44999), Heartbeat::Step::Wait);
    QCOMPARE(heartbeat.stepAfter(45000), Heartbeat::Step::GiveUp);
    QCOMPARE(heartbeat.checkEveryMs(), 5000);
}

void TestHeartbeat::pingOncePerSilence()
{
    Heartbeat heartbeat(100, 300);
    QCOMPARE(heartbeat.stepAfter(100), Heartbeat::Step::Ping);
    QCOMPARE(heartbeat.stepAfter(150), Heartbeat::Step::Wait);
    heartbeat.heard(); // the pong
    QCOMPARE(heartbeat.stepAfter(120), Heartbeat::Step::Ping);
}

void TestHeartbeat::timeoutNeverBeforeInterval()
{
    Heartbeat heartbeat(1000, 10); // a timeout shorter than the interval is the interval
    QCOMPARE(heartbeat.timeoutMs(), 1000);
    QCOMPARE(heartbeat.stepAfter(999), Heartbeat::Step::Wait);
    QCOMPARE(heartbeat.stepAfter(1000), Heartbeat::Step::GiveUp);
}

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"
