// Finding servers: two servers and two clients in one process, all on this
// PC (loopback scope, 127.255.255.255), on a shared UDP port the test picks.
// Each client lists each server once, with its port, and forgets a server
// that leaves or falls silent. The LAN case runs in network namespaces
// (tests/netns).

#include "discovery/discovery.h"
#include "discovery/discoveryannouncer.h"
#include "discovery/discoverybrowser.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

class TestDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void scopeNames_data();
    void scopeNames();
    void environmentWinsOverTheCommandLine();
    void announcementsAreValidated_data();
    void announcementsAreValidated();
    void twoServersTwoClientsOnOnePc();
    void oneServerHeardTwiceIsListedOnce();
    void aSilentServerIsForgotten();
    void loopbackScopeSendsOnlyToThisPc();
    void offSendsNothing();
};

void TestDiscovery::scopeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("scope"); // -1: not a scope
    QTest::newRow("lan") << QStringLiteral("lan") << int(Discovery::Scope::Lan);
    QTest::newRow("LOOPBACK") << QStringLiteral("LOOPBACK") << int(Discovery::Scope::Loopback);
    QTest::newRow("off") << QStringLiteral(" off ") << int(Discovery::Scope::Off);
    QTest::newRow("wrong") << QStringLiteral("wan") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestDiscovery::scopeNames()
{
    QFETCH(QString, name);
    QFETCH(int, scope);
    const auto parsed = Discovery::scopeFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, scope);
    if (parsed)
        QCOMPARE(Discovery::scopeFromName(Discovery::scopeName(*parsed)), parsed);
}

void TestDiscovery::environmentWinsOverTheCommandLine()
{
    const QByteArray saved = qgetenv("SALON_DISCOVERY");
    Discovery::setCommandLineScope(Discovery::Scope::Lan);
    qputenv("SALON_DISCOVERY", "off");
    QCOMPARE(Discovery::currentScope(), Discovery::Scope::Off);
    qputenv("SALON_DISCOVERY", "loopback");
    QCOMPARE(Discovery::currentScope(), Discovery::Scope::Loopback);
    qunsetenv("SALON_DISCOVERY");
    QCOMPARE(Discovery::currentScope(), Discovery::Scope::Lan);
    qputenv("SALON_DISCOVERY", saved);
}

void TestDiscovery::announcementsAreValidated_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << QByteArray(
                                 R"({"salon":1,"id":"x","room":"R","host":"h","port":12800})")
                          << true;
    QTest::newRow("other version")
        << QByteArray(R"({"salon":2,"id":"x","room":"R","host":"h","port":12800})") << false;
    QTest::newRow("port 0") << QByteArray(R"({"salon":1,"id":"x","room":"R","host":"h","port":0})")
                            << false;
    QTest::newRow("port as text")
        << QByteArray(R"({"salon":1,"id":"x","room":"R","host":"h","port":"12800"})") << false;
    QTest::newRow("long room") << QByteArray(R"({"salon":1,"id":"x","room":")" +
                                             QByteArray(65, 'r') + R"(","host":"h","port":1})")
                               << false;
    QTest::newRow("no id") << QByteArray(R"({"salon":1,"room":"R","host":"h","port":1})") << false;
    QTest::newRow("garbage") << QByteArray("\xff\xfe garbage") << false;
    QTest::newRow("huge") << QByteArray(2000, '{') << false;
}

void TestDiscovery::announcementsAreValidated()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, valid);
    QCOMPARE(Discovery::decode(datagram).has_value(), valid);
}

void TestDiscovery::twoServersTwoClientsOnOnePc()
{
    DiscoveryBrowser first;
    QVERIFY2(first.start(Discovery::Scope::Loopback, 0), qPrintable(first.errorString()));
    const quint16 port = first.port();
    DiscoveryBrowser second; // the same port, shared
    QVERIFY2(second.start(Discovery::Scope::Loopback, port), qPrintable(second.errorString()));

    DiscoveryAnnouncer math;
    DiscoveryAnnouncer physics;
    for (DiscoveryAnnouncer *announcer : {&math, &physics}) {
        announcer->setDiscoveryPort(port);
        announcer->setIntervalMs(100);
    }
    math.start(Discovery::Scope::Loopback, 12801, QStringLiteral("Maths"));
    physics.start(Discovery::Scope::Loopback, 12802, QStringLiteral("Physique"));

    for (DiscoveryBrowser *browser : {&first, &second}) {
        QTRY_COMPARE(browser->servers().size(), 2);
        const QList<DiscoveryBrowser::Server> servers = browser->servers();
        QCOMPARE(servers.at(0).room, QStringLiteral("Maths"));
        QCOMPARE(servers.at(0).port, quint16(12801));
        QCOMPARE(servers.at(1).room, QStringLiteral("Physique"));
        QCOMPARE(servers.at(1).port, quint16(12802));
        QCOMPARE(servers.at(0).address, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(browser->secondsSinceSeen(servers.at(0)) <= 1);
    }

    // Many announcements later, still one entry each: a third listener on
    // the shared port counts them as they pass.
    QUdpSocket counter;
    QVERIFY(counter.bind(QHostAddress::AnyIPv4, port,
                         QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint));
    int heard = 0;
    connect(&counter, &QUdpSocket::readyRead, this, [&] {
        while (counter.hasPendingDatagrams()) {
            counter.receiveDatagram();
            ++heard;
        }
    });
    QTRY_VERIFY(heard >= 6);
    QCOMPARE(first.servers().size(), 2);
    QCOMPARE(second.servers().size(), 2);

    math.stop(); // says goodbye: gone at once, not after the expiry
    QTRY_COMPARE(first.servers().size(), 1);
    QTRY_COMPARE(second.servers().size(), 1);
    QCOMPARE(first.servers().first().room, QStringLiteral("Physique"));
}

void TestDiscovery::oneServerHeardTwiceIsListedOnce()
{
    // The same server heard from two of this PC's addresses, as a PC with
    // two network cards is heard on both.
    DiscoveryBrowser browser;
    QVERIFY(browser.start(Discovery::Scope::Loopback, 0));
    Discovery::Announcement announcement;
    announcement.id = QStringLiteral("one-server");
    announcement.room = QStringLiteral("Salle");
    announcement.hostName = QStringLiteral("pc");
    announcement.port = 12800;
    const QByteArray datagram = Discovery::encode(announcement);
    QUdpSocket first;
    QUdpSocket second;
    QVERIFY(first.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    if (!second.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0))
        QSKIP("127.0.0.2 is not usable here");
    const QHostAddress target(QStringLiteral("127.0.0.1"));
    first.writeDatagram(datagram, target, browser.port());
    second.writeDatagram(datagram, target, browser.port());
    QTRY_VERIFY(!browser.servers().isEmpty() && browser.servers().first().heardFrom.size() == 2);
    QCOMPARE(browser.servers().size(), 1);
    QCOMPARE(browser.servers().first().room, QStringLiteral("Salle"));
}

void TestDiscovery::aSilentServerIsForgotten()
{
    DiscoveryBrowser browser;
    browser.setExpiryMs(300);
    QVERIFY(browser.start(Discovery::Scope::Loopback, 0));
    auto announcer = std::make_unique<DiscoveryAnnouncer>();
    announcer->setDiscoveryPort(browser.port());
    announcer->start(Discovery::Scope::Loopback, 12800, QStringLiteral("Salle"));
    QTRY_COMPARE(browser.servers().size(), 1);
    // A crash: no goodbye. Simulated by a socket that says nothing more.
    announcer->setIntervalMs(60000);
    announcer->start(Discovery::Scope::Loopback, 12800, QStringLiteral("Salle"));
    QTRY_COMPARE_WITH_TIMEOUT(browser.servers().size(), 0, 3000);
}

void TestDiscovery::loopbackScopeSendsOnlyToThisPc()
{
    const QList<QHostAddress> addresses = Discovery::broadcastAddresses(Discovery::Scope::Loopback);
    QCOMPARE(addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.255.255.255"))});
    // And lan adds every interface's broadcast address to it.
    QVERIFY(Discovery::broadcastAddresses(Discovery::Scope::Lan).contains(addresses.first()));
}

void TestDiscovery::offSendsNothing()
{
    QVERIFY(Discovery::broadcastAddresses(Discovery::Scope::Off).isEmpty());
    DiscoveryBrowser browser;
    QVERIFY(browser.start(Discovery::Scope::Loopback, 0));
    DiscoveryAnnouncer announcer;
    announcer.setDiscoveryPort(browser.port());
    announcer.start(Discovery::Scope::Off, 12800, QStringLiteral("Hidden"));
    QVERIFY(!announcer.isActive());
    QSignalSpy changed(&browser, &DiscoveryBrowser::serversChanged);
    QVERIFY(!changed.wait(300));
    QVERIFY(browser.servers().isEmpty());
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
