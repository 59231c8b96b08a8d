// tst_crowdsummary — when a whole hall arrives at once, the log says so in
// a line a second rather than a line a person; people coming one by one are
// still told one by one.

#include "model/crowdsummary.h"

#include <QTest>

class TestCrowdSummary : public QObject
{
    Q_OBJECT
private slots:
    void peopleComingOneByOneAreToldOneByOne();
    void aCrowdIsToldOnceASecond_data();
    void aCrowdIsToldOnceASecond();
    void afterTheCrowdTheNextOneIsToldOnTheirOwn();
};

void TestCrowdSummary::peopleComingOneByOneAreToldOneByOne()
{
    CrowdSummary crowd;
    // A class arriving over a minute: one every second or so, some leaving.
    for (int i = 0; i < 60; ++i) {
        const auto kind = i % 4 == 3 ? CrowdSummary::Kind::Left : CrowdSummary::Kind::Joined;
        QVERIFY(crowd.add(kind, QStringLiteral("s%1").arg(i), i * 900));
    }
    QVERIFY(!crowd.isHolding());
    QVERIFY(crowd.take(60'000).isEmpty());
}

void TestCrowdSummary::aCrowdIsToldOnceASecond_data()
{
    QTest::addColumn<int>("joining");
    QTest::addColumn<int>("leaving");
    QTest::addColumn<int>("renaming");
    QTest::newRow("a class at the bell") << 30 << 0 << 0;
    QTest::newRow("an assembly hall") << 2000 << 0 << 0;
    QTest::newRow("a Wi-Fi drop and its return") << 40 << 40 << 0;
    QTest::newRow("a class choosing its names (/nick)") << 0 << 0 << 40;
    QTest::newRow("a whole school, naming itself") << 10000 << 10 << 500;
}

void TestCrowdSummary::aCrowdIsToldOnceASecond()
{
    QFETCH(int, joining);
    QFETCH(int, leaving);
    QFETCH(int, renaming);
    CrowdSummary crowd;
    int toldAlone = 0;
    // Everyone within 1.5 s: the departures first (a drop, then the
    // return), then the new names.
    const int total = joining + leaving + renaming;
    for (int i = 0; i < total; ++i) {
        CrowdSummary::Kind kind = CrowdSummary::Kind::Joined;
        if (i < leaving)
            kind = CrowdSummary::Kind::Left;
        else if (i >= leaving + joining)
            kind = CrowdSummary::Kind::Renamed;
        const qint64 at = qint64(i) * 1500 / total;
        if (crowd.add(kind, QStringLiteral("p%1").arg(i), at))
            ++toldAlone;
    }
    QCOMPARE(toldAlone, CrowdSummary::OnTheirOwn);
    QVERIFY(crowd.isHolding());
    const CrowdSummary::Summary summary = crowd.take(1500);
    // Everyone is counted once, told alone or in the summary.
    QCOMPARE(summary.joinedCount + summary.leftCount + summary.renamedCount + toldAlone, total);
    QVERIFY(summary.joined.size() <= CrowdSummary::NamesShown);
    QVERIFY(summary.left.size() <= CrowdSummary::NamesShown);
    QVERIFY(summary.renamed.size() <= CrowdSummary::NamesShown);
    if (summary.joinedCount > 0)
        QVERIFY(!summary.joined.isEmpty());
    if (renaming > CrowdSummary::OnTheirOwn) {
        // New names are told together too, not one line each.
        QVERIFY(summary.renamedCount >= renaming - CrowdSummary::OnTheirOwn);
        QCOMPARE(summary.renamed.size(), CrowdSummary::NamesShown);
    }
    // Nothing more came: the crowd has passed.
    QVERIFY(crowd.take(2500).isEmpty());
    QVERIFY(!crowd.isHolding());
}

void TestCrowdSummary::afterTheCrowdTheNextOneIsToldOnTheirOwn()
{
    CrowdSummary crowd;
    for (int i = 0; i < 50; ++i)
        crowd.add(CrowdSummary::Kind::Joined, QStringLiteral("p%1").arg(i), i * 10);
    const CrowdSummary::Summary summary = crowd.take(1000);
    QCOMPARE(summary.joinedCount, 50 - CrowdSummary::OnTheirOwn);
    QCOMPARE(summary.joined,
             QStringList({QStringLiteral("p5"), QStringLiteral("p6"), QStringLiteral("p7")}));
    QVERIFY(crowd.take(2000).isEmpty());
    QVERIFY(crowd.add(CrowdSummary::Kind::Joined, QStringLiteral("late"), 5000));
}

QTEST_APPLESS_MAIN(TestCrowdSummary)
#include "tst_crowdsummary.moc"
