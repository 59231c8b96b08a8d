// tst_moderation — the teacher's tools on the server (issue #11): lock the
// room (nobody new joins, those in stay, a Salon client that drops gets
// back in with its member token, not with its name), kick by name.

#include "cableproxy.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTest>

class TestModeration : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aLockedRoomKeepsNewcomersOut();
    void aLockedRoomLetsBackThoseWhoDropped();
    void aLockedRoomDoesNotLetInAStolenName();
    void kickByName();

private:
    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestModeration::init()
{
    m_server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.heartbeatIntervalMs = 200; // a pulled cable is noticed quickly
    limits.heartbeatTimeoutMs = 600;
    m_server->setLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestModeration::cleanup()
{
    m_server.reset();
}

void TestModeration::aLockedRoomKeepsNewcomersOut()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy locked(m_server.get(), &ChatServer::lockedChanged);
    m_server->setLocked(true);
    QCOMPARE(locked.size(), 1);

    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_COMPARE(bob.disconnections.size(), 1);
    QVERIFY2(bob.errors.join(u'|').contains(QLatin1String("The room is locked")),
             qPrintable(bob.errors.join(u'|')));
    QCOMPARE(bob.client.state(), ChatClient::State::Disconnected); // no loop of tries
    TextPeer nc(m_port);
    nc.send("hello\n");
    QTRY_VERIFY(nc.closed);
    QVERIFY(nc.receivedStartingWith(QStringLiteral("!!! The room is locked")));
    // Those in the room stay and talk.
    alice.client.sendMessage(QStringLiteral("still here"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("alice: still here")));
    QCOMPARE(m_server->participants().size(), 1);

    m_server->setLocked(false);
    SalonPeer carol(m_port, QStringLiteral("carol"));
    QTRY_VERIFY(carol.inRoom());
}

void TestModeration::aLockedRoomLetsBackThoseWhoDropped()
{
    CableProxy cable(m_port);
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    alice.client.setHeartbeat(200, 600);
    alice.client.setReconnectDelays(50, 200);
    QTRY_VERIFY(alice.inRoom());
    m_server->setLocked(true);

    cable.setPulled(true);
    QTRY_VERIFY(m_server->participants().isEmpty()); // the server let her go
    cable.setPulled(false);
    QTRY_VERIFY(alice.inRoom()); // her token proves she was there
    QCOMPARE(m_server->participants().size(), 1);
}

void TestModeration::aLockedRoomDoesNotLetInAStolenName()
{
    CableProxy cable(m_port);
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    alice.client.setHeartbeat(200, 600);
    QTRY_VERIFY(alice.inRoom());
    m_server->setLocked(true);
    cable.setPulled(true);
    QTRY_VERIFY(m_server->participants().isEmpty());
    // The name alone proves nothing.
    SalonPeer impostor(m_port, QStringLiteral("alice"));
    QTRY_COMPARE(impostor.disconnections.size(), 1);
    QVERIFY(!impostor.inRoom());
    QVERIFY(m_server->participants().isEmpty());
}

void TestModeration::kickByName()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QVERIFY(!m_server->kick(QStringLiteral("nobody"), QStringLiteral("x")));
    QVERIFY(m_server->kick(QStringLiteral("BOB"), QStringLiteral("be nice")));
    QTRY_COMPARE(bob.client.state(), ChatClient::State::Disconnected);
    QVERIFY2(bob.errors.join(u'|').contains(QLatin1String("be nice")),
             qPrintable(bob.errors.join(u'|')));
    QTRY_VERIFY(alice.left.contains(QStringLiteral("bob")));
}

QTEST_GUILESS_MAIN(TestModeration)
#include "tst_moderation.moc"
