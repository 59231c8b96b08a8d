// The server's limits with real sockets on loopback: flood control, slow
// readers, full rooms, per-address limits, Salon peers that never join.
// Each test shrinks the limit it checks so it stays small and quick.

#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestLimits : public QObject
{
    Q_OBJECT
private slots:
    void burstIsDelayedNotLost();
    void flooderIsDisconnectedAndOthersKeepChatting();
    void floodControlCanBeTurnedOff();
    void slowReaderIsDisconnectedAndOthersGetEverything();
    void fullRoomTurnsNewcomersAway();
    void connectionsGettingInTakeNoPlace();
    void perAddressLimit();
    void connectionRateLimit();
    void salonPeerThatNeverJoinsIsClosed();

private:
    quint16 start(const ServerLimits &limits);
    std::unique_ptr<ChatServer> m_server;
};

quint16 TestLimits::start(const ServerLimits &limits)
{
    m_server = std::make_unique<ChatServer>();
    m_server->setLimits(limits);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

void TestLimits::burstIsDelayedNotLost()
{
    ServerLimits limits;
    limits.floodBurst = 5;
    limits.floodRate = 50;
    const quint16 port = start(limits);
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer paster(port); // pastes 30 lines at once into nc
    QByteArray paste;
    QStringList expected;
    for (int i = 0; i < 30; ++i) {
        paste += "line " + QByteArray::number(i) + '\n';
        expected.append(QStringLiteral("guest-1: line %1").arg(i));
    }
    paster.send(paste);
    QTRY_COMPARE(alice.messages, expected);
    QVERIFY(!paster.closed);
}

void TestLimits::flooderIsDisconnectedAndOthersKeepChatting()
{
    ServerLimits limits;
    limits.floodBurst = 5;
    limits.floodRate = 5;
    limits.floodMaxQueued = 20;
    const quint16 port = start(limits);
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QSignalSpy problems(m_server.get(), &ChatServer::problem);

    TextPeer flooder(port);
    QByteArray flood;
    for (int i = 0; i < 500; ++i)
        flood += "spam " + QByteArray::number(i) + '\n';
    flooder.send(flood);
    QTRY_VERIFY(flooder.closed);
    QVERIFY(flooder.receivedStartingWith(QStringLiteral("!!! You sent more than 20 lines")));
    QVERIFY(!problems.isEmpty());

    alice.client.sendMessage(QStringLiteral("still fine?"));
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: still fine?")));
    // Whatever was accepted before the cut was delivered in order; the flood was not.
    QCOMPARE(alice.messages, bob.messages);
    const qsizetype accepted = alice.messages.size() - 1;
    QVERIFY2(accepted <= limits.floodBurst, qPrintable(alice.messages.join(u'|')));
    for (qsizetype i = 0; i < accepted; ++i)
        QCOMPARE(alice.messages.at(i), QStringLiteral("guest-1: spam %1").arg(i));
}

void TestLimits::floodControlCanBeTurnedOff()
{
    ServerLimits limits;
    limits.floodControl = false;
    limits.floodBurst = 1;
    limits.floodMaxQueued = 1;
    const quint16 port = start(limits);
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer bench(port);
    QByteArray lines;
    for (int i = 0; i < 200; ++i)
        lines += "x\n";
    bench.send(lines);
    QTRY_COMPARE(alice.messages.size(), 200);
    QVERIFY(!bench.closed);
}

void TestLimits::slowReaderIsDisconnectedAndOthersGetEverything()
{
    ServerLimits limits;
    limits.floodControl = false;
    limits.maxSendQueueBytes = 64 * 1024;
    const quint16 port = start(limits);
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());

    // Connected, joined, and then never reads again.
    QTcpSocket sleeper;
    sleeper.setReadBufferSize(4096);
    sleeper.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(sleeper.waitForConnected(5000));
    sleeper.write("/nick sleeper\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("sleeper")));

    const QString text(3900, QLatin1Char('z'));
    const int count = 4000; // ~16 MB for each reader: far past any socket buffer
    // Alice's lines go out as fast as a script sends them (a Salon client
    // would keep each in its outbox until it came back).
    TextPeer script(port);
    script.send("/nick scripted\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("scripted")));
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += QString::number(i).toLatin1() + text.toLatin1() + '\n';
    script.send(lines);
    QTRY_VERIFY_WITH_TIMEOUT(alice.left.contains(QStringLiteral("sleeper")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(bob.messages.size(), count, 30000);
    for (int i = 0; i < count; i += 997)
        QCOMPARE(bob.messages.at(i), QStringLiteral("scripted: ") + QString::number(i) + text);
}

void TestLimits::fullRoomTurnsNewcomersAway()
{
    ServerLimits limits;
    limits.maxClients = 2;
    const quint16 port = start(limits);
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    SalonPeer carol(port, QStringLiteral("carol"));
    QTRY_COMPARE(carol.disconnections.size(), 1);
    QVERIFY2(carol.errors.join(u'|').contains(QLatin1String("The room is full (2 people)")),
             qPrintable(carol.errors.join(u'|')));
    TextPeer nc(port);
    QTRY_VERIFY(nc.closed);
    QVERIFY(nc.receivedStartingWith(QStringLiteral("SALON/1 REFUSED The room is full")));
    QVERIFY(alice.inRoom() && bob.inRoom());
}

void TestLimits::connectionsGettingInTakeNoPlace()
{
    // Issue #10, item 2: idle connections filled the room's places, and
    // everyone else got "room full" for as long as they were held.
    ServerLimits limits;
    limits.maxClients = 2;
    limits.keptPlaces = 0;
    const quint16 port = start(limits);
    m_server->setIdentifyTimeout(60 * 1000); // they stay in the handshake
    std::vector<std::unique_ptr<TextPeer>> squatters;
    for (int i = 0; i < 6; ++i)
        squatters.push_back(std::make_unique<TextPeer>(port));
    QTRY_COMPARE(m_server->occupancy().connecting, 6);
    TextPeer late(port); // comes in while there is room, joins once there is none
    QTRY_COMPARE(m_server->occupancy().connecting, 7);
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    const ChatServer::Occupancy occupancy = m_server->occupancy();
    QCOMPARE(occupancy.members, 2);
    QCOMPARE(occupancy.connecting, 7);
    // Full now, with people: the late one is told when it joins, and closed.
    late.send("hello\n");
    QTRY_VERIFY(late.closed);
    QVERIFY2(late.lines.join(u'\n').contains(QLatin1String("!!! The room is full (2 people)")),
             qPrintable(late.lines.join(u'\n')));
    QTRY_COMPARE(m_server->occupancy().turnedAway, 1);
}

void TestLimits::perAddressLimit()
{
    ServerLimits limits;
    limits.loopbackExempt = false; // stands for one PC on the LAN
    limits.maxClientsPerAddress = 3;
    const quint16 port = start(limits);
    TextPeer one(port), two(port), three(port);
    for (TextPeer *peer : {&one, &two, &three})
        peer->send("here\n");
    QTRY_COMPARE(m_server->participants().size(), 3);
    TextPeer four(port);
    QTRY_VERIFY(four.closed);
    QVERIFY(four.receivedStartingWith(
        QStringLiteral("SALON/1 REFUSED Too many connections from 127.0.0.1 (at most 3)")));
    one.socket.disconnectFromHost();
    QTRY_COMPARE(m_server->participants().size(), 2); // the server saw one go
    TextPeer five(port);
    QTRY_VERIFY(five.receivedStartingWith(QStringLiteral("SALON/1 Welcome")));
}

void TestLimits::connectionRateLimit()
{
    ServerLimits limits;
    limits.loopbackExempt = false;
    limits.maxConnectsPerSecondPerAddress = 3;
    limits.maxClientsPerAddress = 100;
    const quint16 port = start(limits);
    std::vector<std::unique_ptr<TextPeer>> peers;
    for (int i = 0; i < 6; ++i)
        peers.push_back(std::make_unique<TextPeer>(port));
    int refused = 0;
    int welcomed = 0;
    QTRY_COMPARE((refused = 0, welcomed = 0,
                  [&] {
                      for (const auto &peer : peers) {
                          refused += peer->receivedStartingWith(
                              QStringLiteral("SALON/1 REFUSED Too many connections per second"));
                          welcomed += peer->receivedStartingWith(QStringLiteral("SALON/1 Welcome"));
                      }
                      return refused + welcomed;
                  }()),
                 6);
    QVERIFY2(welcomed >= 3 && refused >= 1,
             qPrintable(QStringLiteral("%1 welcomed, %2 refused").arg(welcomed).arg(refused)));
}

void TestLimits::salonPeerThatNeverJoinsIsClosed()
{
    ServerLimits limits;
    limits.handshakeTimeoutMs = 200;
    const quint16 port = start(limits);
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer stuck(port); // says hello with a taken nickname, then nothing
    stuck.send("{\"type\":\"hello\",\"version\":1,\"nick\":\"alice\"}\n");
    QTRY_VERIFY(stuck.receivedStartingWith(
        QStringLiteral("{\"code\":\"taken\",\"nick\":\"alice\",\"reason\"")));
    QTRY_VERIFY(stuck.closed);
    QVERIFY(stuck.receivedStartingWith(QStringLiteral("{\"code\":\"handshake-timeout\"")));
    QVERIFY(alice.inRoom());
    QCOMPARE(m_server->participants().size(), 1);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
