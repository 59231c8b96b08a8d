// tst_banlist — who is kept out for the lesson: by address on a LAN (an
// IPv4 address however it is written), by name and look-alikes.

#include "server/banlist.h"

#include <QTest>

class TestBanList : public QObject
{
    Q_OBJECT
private slots:
    void byAddress();
    void byNameAndLookAlikes();
    void liftingABan();
};

void TestBanList::byAddress()
{
    BanList bans;
    bans.add(QStringLiteral("bob"), QHostAddress(QStringLiteral("192.0.2.7")));
    QVERIFY(bans.isBanned(QHostAddress(QStringLiteral("192.0.2.7"))));
    QVERIFY(bans.isBanned(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))));
    QVERIFY(!bans.isBanned(QHostAddress(QStringLiteral("192.0.2.8"))));
    QVERIFY(!bans.isBanned(QHostAddress::LocalHost));
}

void TestBanList::byNameAndLookAlikes()
{
    BanList bans;
    bans.add(QStringLiteral("Bob"), QHostAddress());
    QVERIFY(bans.isBannedName(QStringLiteral("bob")));
    QVERIFY(bans.isBannedName(QStringLiteral("B0B")));
    QVERIFY(bans.isBannedName(QStringLiteral("\u0412ob"))); // a Cyrillic Ve
    QVERIFY(!bans.isBannedName(QStringLiteral("rob")));
    QVERIFY(!bans.isBanned(QHostAddress(QStringLiteral("192.0.2.7")))); // by name only
}

void TestBanList::liftingABan()
{
    BanList bans;
    bans.add(QStringLiteral("bob"), QHostAddress(QStringLiteral("192.0.2.7")));
    bans.add(QStringLiteral("bob"), QHostAddress(QStringLiteral("192.0.2.9"))); // again: one ban
    QCOMPARE(bans.bans().size(), 1);
    QVERIFY(!bans.remove(QStringLiteral("alice")));
    QVERIFY(bans.remove(QStringLiteral("BOB")));
    QVERIFY(bans.bans().isEmpty());
    QVERIFY(!bans.isBanned(QHostAddress(QStringLiteral("192.0.2.9"))));
}

QTEST_GUILESS_MAIN(TestBanList)
#include "tst_banlist.moc"
