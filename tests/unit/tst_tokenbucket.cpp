// tst_tokenbucket — flood control: a burst at once, then a steady rate.

#include "base/tokenbucket.h"

#include <QTest>

class TestTokenBucket : public QObject
{
    Q_OBJECT
private slots:
    void burstThenRate_data();
    void burstThenRate();
    void waitIsExact();
    void neverMoreThanTheBurst();
    void nonsenseSettingsStillLimit();
};

void TestTokenBucket::burstThenRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("burst");
    QTest::newRow("defaults") << 5.0 << 20;
    QTest::newRow("one at a time") << 1.0 << 1;
    QTest::newRow("fast") << 100.0 << 3;
}

void TestTokenBucket::burstThenRate()
{
    QFETCH(double, rate);
    QFETCH(int, burst);
    TokenBucket bucket(rate, burst);
    for (int i = 0; i < burst; ++i)
        QVERIFY2(bucket.tryTakeAt(0), qPrintable(QString::number(i)));
    QVERIFY(!bucket.tryTakeAt(0));
    // One more token per 1/rate second, no sooner.
    const qint64 period = qint64(1000.0 / rate);
    QVERIFY(!bucket.tryTakeAt(period - 1));
    QVERIFY(bucket.tryTakeAt(period));
    QVERIFY(!bucket.tryTakeAt(period));
}

void TestTokenBucket::waitIsExact()
{
    TokenBucket bucket(5.0, 2);
    QVERIFY(bucket.tryTakeAt(0));
    QVERIFY(bucket.tryTakeAt(0));
    QCOMPARE(bucket.msUntilNextTokenAt(0), 200);
    QCOMPARE(bucket.msUntilNextTokenAt(150), 50);
    QCOMPARE(bucket.msUntilNextTokenAt(200), 0);
}

void TestTokenBucket::neverMoreThanTheBurst()
{
    TokenBucket bucket(10.0, 3);
    // A long silence refills to the burst, not beyond.
    for (int i = 0; i < 3; ++i)
        QVERIFY(bucket.tryTakeAt(60 * 60 * 1000));
    QVERIFY(!bucket.tryTakeAt(60 * 60 * 1000));
}

void TestTokenBucket::nonsenseSettingsStillLimit()
{
    TokenBucket bucket(0.0, 0); // read as 1 per second, a burst of 1
    QVERIFY(bucket.tryTakeAt(0));
    QVERIFY(!bucket.tryTakeAt(0));
    QCOMPARE(bucket.msUntilNextTokenAt(0), 1000);
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
