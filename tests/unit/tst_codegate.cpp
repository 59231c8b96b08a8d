// tst_codegate — the room code at the door (RoomCode, CodeGate): how an
// answer is read, five wrong codes a minute keep an address out for a
// minute and then longer, an IPv6 /64 counts as one address, the teacher's
// own PC is never kept out, an address many came in from gets more tries,
// and the room-wide budget warns the teacher once per storm.

#include "model/roomcode.h"
#include "server/codegate.h"

#include <QTest>

class TestCodeGate : public QObject
{
    Q_OBJECT
private slots:
    void answersAreReadAsPeopleTypeThem_data();
    void answersAreReadAsPeopleTypeThem();
    void generatedCodesAreSixDigits();
    void fiveWrongAMinuteKeepAnAddressOut();
    void theWaitGrowsEachTime();
    void anIpv6Slash64IsOneAddress();
    void thisPcIsNeverKeptOut();
    void aSharedAddressGetsMoreTries();
    void theRoomBudgetWarnsOncePerStorm();
    void aNewCodeStartsClean();

private:
    const QHostAddress m_lan{QStringLiteral("192.0.2.10")};
};

void TestCodeGate::answersAreReadAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("opens");
    QTest::newRow("as shown") << QStringLiteral("123 456") << true;
    QTest::newRow("no space") << QStringLiteral("123456") << true;
    QTest::newRow("around") << QStringLiteral("  123456 \r") << true;
    QTest::newRow("one off") << QStringLiteral("123457") << false;
    QTest::newRow("prefix") << QStringLiteral("12345") << false;
    QTest::newRow("longer") << QStringLiteral("1234567") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCodeGate::answersAreReadAsPeopleTypeThem()
{
    QFETCH(QString, typed);
    QFETCH(bool, opens);
    QCOMPARE(RoomCode::matches(QStringLiteral("123456"), typed), opens);
    QCOMPARE(RoomCode::matches(QStringLiteral("bio-3b"), QStringLiteral("BIO-3B")), true);
    QCOMPARE(RoomCode::grouped(QStringLiteral("123456")), QStringLiteral("123 456"));
    QCOMPARE(RoomCode::grouped(QStringLiteral("bio-3b")), QStringLiteral("bio-3b"));
    QVERIFY(!RoomCode::parse(QStringLiteral("a;b")));
    QVERIFY(!RoomCode::parse(QString(40, QLatin1Char('1'))));
}

void TestCodeGate::generatedCodesAreSixDigits()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString code = RoomCode::generate();
        QCOMPARE(code.size(), 6);
        QVERIFY(RoomCode::parse(code));
        seen.insert(code);
    }
    QVERIFY(seen.size() > 40); // random, not a counter
}

void TestCodeGate::fiveWrongAMinuteKeepAnAddressOut()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gate.checkAt(m_lan, QStringLiteral("1"), 1000 * i).verdict,
                 CodeGate::Verdict::Wrong);
    const CodeGate::Check fifth = gate.checkAt(m_lan, QStringLiteral("1"), 5000);
    QCOMPARE(fifth.verdict, CodeGate::Verdict::WrongAndBlocked);
    QCOMPARE(fifth.waitMs, 60 * 1000);
    // Even the right code is not looked at while the address waits.
    QCOMPARE(gate.checkAt(m_lan, QStringLiteral("123456"), 6000).verdict,
             CodeGate::Verdict::Blocked);
    QCOMPARE(gate.waitMsAt(m_lan, 35000), 30 * 1000);
    QCOMPARE(gate.waitMsAt(QHostAddress(QStringLiteral("192.0.2.11")), 35000), 0);
    QCOMPARE(gate.checkAt(m_lan, QStringLiteral("3"), 65001).verdict, CodeGate::Verdict::Wrong);
    // Wrong answers spread out over more than a minute never add up.
    CodeGate slow;
    slow.setCode(QStringLiteral("123456"));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(slow.checkAt(m_lan, QStringLiteral("1"), i * 15001).verdict,
                 CodeGate::Verdict::Wrong);
}

void TestCodeGate::theWaitGrowsEachTime()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    qint64 now = 0;
    QList<qint64> waits;
    for (int round = 0; round < 8; ++round) {
        CodeGate::Check check;
        for (int i = 0; i < CodeGate::WrongPerMinute; ++i)
            check = gate.checkAt(m_lan, QStringLiteral("0"), now += 10);
        QCOMPARE(check.verdict, CodeGate::Verdict::WrongAndBlocked);
        waits.append(check.waitMs);
        now += check.waitMs;
    }
    QCOMPARE(waits.mid(0, 4), (QList<qint64>{60000, 120000, 240000, 480000}));
    QCOMPARE(waits.last(), CodeGate::MaxBlockMs); // an hour at most
}

void TestCodeGate::anIpv6Slash64IsOneAddress()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    // One machine may use any address of its /64: they count together.
    for (int i = 1; i <= 5; ++i)
        gate.checkAt(QHostAddress(QStringLiteral("2001:db8:1:2::%1").arg(i)), QStringLiteral("0"),
                     i);
    QVERIFY(gate.waitMsAt(QHostAddress(QStringLiteral("2001:db8:1:2:abcd::9")), 10) > 0);
    QCOMPARE(gate.waitMsAt(QHostAddress(QStringLiteral("2001:db8:1:3::1")), 10), 0);
    // An IPv4 peer seen through an IPv6 socket is the IPv4 address.
    QCOMPARE(CodeGate::keyOf(QHostAddress(QStringLiteral("::ffff:192.0.2.10"))),
             QStringLiteral("192.0.2.10"));
}

void TestCodeGate::thisPcIsNeverKeptOut()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(gate.checkAt(QHostAddress::LocalHost, QStringLiteral("0"), i).verdict,
                 CodeGate::Verdict::Wrong);
    }
    QCOMPARE(gate.waitMsAt(QHostAddress::LocalHostIPv6, 31), 0);
    // …but its wrong codes count for the room.
    QCOMPARE(gate.wrongRecentlyAt(31), 30);
}

void TestCodeGate::aSharedAddressGetsMoreTries()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    // Three phones behind one NAT address got in.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(gate.checkAt(m_lan, QStringLiteral("123456"), i).verdict,
                 CodeGate::Verdict::Accepted);
        gate.admitted(m_lan);
    }
    // 5 tries, plus 5 for each of them: 20 before a wait.
    for (int i = 0; i < 19; ++i)
        QCOMPARE(gate.checkAt(m_lan, QStringLiteral("0"), 100 + i).verdict,
                 CodeGate::Verdict::Wrong);
    QCOMPARE(gate.checkAt(m_lan, QStringLiteral("0"), 200).verdict,
             CodeGate::Verdict::WrongAndBlocked);
}

void TestCodeGate::theRoomBudgetWarnsOncePerStorm()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    int warnings = 0;
    qint64 now = 0;
    // Many addresses, each below its own limit.
    for (int i = 0; i < 60; ++i) {
        const QHostAddress from(QStringLiteral("198.51.100.%1").arg(i));
        if (gate.checkAt(from, QStringLiteral("0"), now += 1000).budgetSpent)
            ++warnings;
    }
    QCOMPARE(warnings, 1);
    QCOMPARE(gate.wrongRecentlyAt(now), 60);
    // Quiet for ten minutes, then another storm: warned again.
    now += CodeGate::RoomWindowMs;
    for (int i = 0; i < CodeGate::RoomBudget; ++i) {
        const QHostAddress from(QStringLiteral("203.0.113.%1").arg(i));
        if (gate.checkAt(from, QStringLiteral("0"), now += 1000).budgetSpent)
            ++warnings;
    }
    QCOMPARE(warnings, 2);
}

void TestCodeGate::aNewCodeStartsClean()
{
    CodeGate gate;
    gate.setCode(QStringLiteral("123456"));
    for (int i = 0; i < 5; ++i)
        gate.checkAt(m_lan, QStringLiteral("0"), i);
    QVERIFY(gate.waitMsAt(m_lan, 10) > 0);
    gate.setCode(QStringLiteral("654321"));
    QCOMPARE(gate.waitMsAt(m_lan, 10), 0);
    QCOMPARE(gate.checkAt(m_lan, QStringLiteral("123456"), 11).verdict, CodeGate::Verdict::Wrong);
    gate.setCode({});
    QVERIFY(!gate.isRequired());
    QCOMPARE(gate.checkAt(m_lan, QString(), 12).verdict, CodeGate::Verdict::Accepted);
}

QTEST_GUILESS_MAIN(TestCodeGate)
#include "tst_codegate.moc"
