// Finding servers: two servers and two clients in one process, all on this
// PC (loopback scope, 127.255.255.255), on a shared UDP port the test picks.
// Each client lists each server once, with its port, and forgets a server
// that leaves or falls silent. Announcements are signed: a forged one (another
// key, the same id) changes and removes nothing, a replayed one is ignored,
// and the address listed is one the server signed, not the sender's. The LAN
// case runs in network namespaces (tests/netns).

#include "discovery/discovery.h"
#include "discovery/discoveryannouncer.h"
#include "discovery/discoverybrowser.h"
#include "security/keyforge.h"

#include <QMap>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QSslCertificate>
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
    void aForgedAnnouncementChangesNothing();
    void aReplayedAnnouncementIsIgnored();
    void theAddressListedIsOneTheServerSigned();

private:
    // A server's key and certificate, made once per key name.
    const KeyForge::Identity &key(const QString &name);
    void giveIdentity(DiscoveryAnnouncer &announcer, const QString &keyName);
    Discovery::Announcement announcementFrom(const QString &keyName);
    QMap<QString, KeyForge::Identity> m_keys;
};

const KeyForge::Identity &TestDiscovery::key(const QString &name)
{
    if (!m_keys.contains(name))
        m_keys.insert(name, *KeyForge::generate(name));
    return m_keys[name];
}

void TestDiscovery::giveIdentity(DiscoveryAnnouncer &announcer, const QString &keyName)
{
    announcer.setIdentity(key(keyName).privateKeyPem, key(keyName).certificatePem, 1000);
}

Discovery::Announcement TestDiscovery::announcementFrom(const QString &keyName)
{
    Discovery::Announcement announcement;
    announcement.id = QStringLiteral("one-server");
    announcement.room = QStringLiteral("Salle");
    announcement.hostName = QStringLiteral("pc");
    announcement.port = 12800;
    announcement.counter = 7;
    announcement.addresses = {QHostAddress(QStringLiteral("127.0.0.1"))};
    announcement.certificateDer = QSslCertificate(key(keyName).certificatePem, QSsl::Pem).toDer();
    return announcement;
}

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
    const Discovery::Announcement good = announcementFrom(QStringLiteral("teacher"));
    const QByteArray signedGood =
        Discovery::encode(good, key(QStringLiteral("teacher")).privateKeyPem);
    QTest::newRow("signed") << signedGood << true;
    // What fits: a certificate, a signature and eight addresses, room and host at their longest.
    Discovery::Announcement longest = good;
    longest.room = QString(Discovery::MaxFieldChars, u'r');
    longest.hostName = QString(Discovery::MaxFieldChars, u'h');
    for (int i = 1; i < Discovery::MaxAddresses; ++i)
        longest.addresses.append(QHostAddress(QStringLiteral("192.168.100.%1").arg(100 + i)));
    const QByteArray signedLongest =
        Discovery::encode(longest, key(QStringLiteral("teacher")).privateKeyPem);
    QVERIFY(signedLongest.size() <= Discovery::MaxDatagramBytes);
    QTest::newRow("longest") << signedLongest << true;
    QByteArray otherPort = signedGood;
    otherPort.replace("\"port\":12800", "\"port\":12866");
    QTest::newRow("another port, same signature") << otherPort << false;
    // The student's own key signing the teacher's certificate's place.
    const QByteArray payload = signedGood.left(signedGood.lastIndexOf('\n'));
    QTest::newRow("signed by another key")
        << payload + '\n' +
               KeyForge::sign(key(QStringLiteral("student")).privateKeyPem, payload).toBase64()
        << false;
    QTest::newRow("no signature") << payload << false;
    QTest::newRow("unsigned, as Salon 1.0")
        << QByteArray(R"({"salon":1,"id":"x","room":"R","host":"h","port":12800})") << false;
    Discovery::Announcement noAddress = good;
    noAddress.addresses.clear();
    QTest::newRow("no address") << Discovery::encode(noAddress,
                                                     key(QStringLiteral("teacher")).privateKeyPem)
                                << false;
    QTest::newRow("garbage") << QByteArray("\xff\xfe garbage\nAAAA") << false;
    QTest::newRow("huge") << QByteArray(2000, '{') << false;
}

void TestDiscovery::announcementsAreValidated()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, valid);
    const auto decoded = Discovery::decode(datagram);
    QCOMPARE(decoded.has_value(), valid);
    if (decoded) {
        QCOMPARE(decoded->sha256,
                 QSslCertificate(key(QStringLiteral("teacher")).certificatePem, QSsl::Pem)
                     .digest(QCryptographicHash::Sha256));
        QCOMPARE(decoded->counter, quint64(7));
        QCOMPARE(decoded->port, quint16(12800));
    }
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
    giveIdentity(math, QStringLiteral("math"));
    giveIdentity(physics, QStringLiteral("physics"));
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
    Discovery::Announcement announcement = announcementFrom(QStringLiteral("teacher"));
    announcement.addresses.append(QHostAddress(QStringLiteral("127.0.0.2")));
    const QByteArray datagram =
        Discovery::encode(announcement, key(QStringLiteral("teacher")).privateKeyPem);
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
    giveIdentity(*announcer, QStringLiteral("teacher"));
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

void TestDiscovery::aForgedAnnouncementChangesNothing()
{
    // The attack tried from a second PC: copy the real room's id, say it
    // leaves, then announce the same id with another port, again and again.
    DiscoveryBrowser browser;
    QVERIFY(browser.start(Discovery::Scope::Loopback, 0));
    DiscoveryAnnouncer teacher;
    giveIdentity(teacher, QStringLiteral("teacher"));
    teacher.setDiscoveryPort(browser.port());
    teacher.start(Discovery::Scope::Loopback, 13010, QStringLiteral("Salon on vm"));
    QTRY_COMPARE(browser.servers().size(), 1);
    const DiscoveryBrowser::Server real = browser.servers().first();

    Discovery::Announcement rogue;
    rogue.id = teacher.id();
    rogue.room = real.room;
    rogue.hostName = real.hostName;
    rogue.port = 13066;
    rogue.counter = quint64(1) << 40; // far above the real one's
    rogue.addresses = {QHostAddress(QStringLiteral("127.0.0.1"))};
    rogue.certificateDer =
        QSslCertificate(key(QStringLiteral("student")).certificatePem, QSsl::Pem).toDer();
    QUdpSocket sender;
    const auto send = [&](const Discovery::Announcement &announcement) {
        sender.writeDatagram(
            Discovery::encode(announcement, key(QStringLiteral("student")).privateKeyPem),
            QHostAddress::LocalHost, browser.port());
    };
    Discovery::Announcement leaving = rogue;
    leaving.leaving = true;
    send(leaving);
    ++rogue.counter;
    send(rogue);
    // The rogue's room shows apart, under its own key; the real one is untouched.
    QTRY_COMPARE(browser.servers().size(), 2);
    bool realSeen = false;
    for (const DiscoveryBrowser::Server &server : browser.servers()) {
        if (server.sha256 == real.sha256) {
            realSeen = true;
            QCOMPARE(server.port, quint16(13010));
        } else {
            QCOMPARE(server.port, quint16(13066));
        }
    }
    QVERIFY(realSeen);
    // An announcement with the real certificate but the rogue's signature
    // is not an announcement at all.
    Discovery::Announcement stolen = rogue;
    stolen.certificateDer =
        QSslCertificate(key(QStringLiteral("teacher")).certificatePem, QSsl::Pem).toDer();
    stolen.leaving = true;
    QVERIFY(
        Discovery::decode(Discovery::encode(stolen, key(QStringLiteral("student")).privateKeyPem))
            .has_value() == false);
}

void TestDiscovery::aReplayedAnnouncementIsIgnored()
{
    DiscoveryBrowser browser;
    QVERIFY(browser.start(Discovery::Scope::Loopback, 0));
    DiscoveryAnnouncer teacher;
    giveIdentity(teacher, QStringLiteral("teacher"));
    teacher.setDiscoveryPort(browser.port());
    teacher.setIntervalMs(100);
    // Someone records what passes on the shared port.
    QUdpSocket recorder;
    QVERIFY(recorder.bind(QHostAddress::AnyIPv4, browser.port(),
                          QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint));
    QList<QByteArray> recorded;
    connect(&recorder, &QUdpSocket::readyRead, this, [&] {
        while (recorder.hasPendingDatagrams())
            recorded.append(recorder.receiveDatagram().data());
    });
    teacher.start(Discovery::Scope::Loopback, 12801, QStringLiteral("Maths"));
    QTRY_VERIFY(!recorded.isEmpty());
    const QByteArray oldName = recorded.first();
    teacher.stop();
    QTRY_VERIFY(Discovery::decode(recorded.constLast())->leaving);
    const QByteArray goodbye = recorded.constLast();
    QTRY_COMPARE(browser.servers().size(), 0);
    // Back, renamed: the old announcement and the old goodbye, replayed,
    // neither rename it nor remove it.
    teacher.start(Discovery::Scope::Loopback, 12801, QStringLiteral("Maths, groupe B"));
    QTRY_COMPARE(browser.servers().size(), 1);
    QUdpSocket replayer;
    for (const QByteArray &old : {oldName, goodbye})
        replayer.writeDatagram(old, QHostAddress::LocalHost, browser.port());
    const int before = int(recorded.size());
    QTRY_VERIFY(recorded.size() >= before + 4); // both replays, and fresh ones, went by
    QCOMPARE(browser.servers().size(), 1);
    QCOMPARE(browser.servers().first().room, QStringLiteral("Maths, groupe B"));
}

void TestDiscovery::theAddressListedIsOneTheServerSigned()
{
    // A genuine announcement, sent on by another PC (here: from 127.0.0.1):
    // the client still connects where the server said it is.
    DiscoveryBrowser browser;
    QVERIFY(browser.start(Discovery::Scope::Loopback, 0));
    Discovery::Announcement announcement = announcementFrom(QStringLiteral("teacher"));
    announcement.addresses = {QHostAddress(QStringLiteral("10.99.0.1"))};
    QUdpSocket relay;
    relay.writeDatagram(
        Discovery::encode(announcement, key(QStringLiteral("teacher")).privateKeyPem),
        QHostAddress::LocalHost, browser.port());
    QTRY_COMPARE(browser.servers().size(), 1);
    QCOMPARE(browser.servers().first().address, QHostAddress(QStringLiteral("10.99.0.1")));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
