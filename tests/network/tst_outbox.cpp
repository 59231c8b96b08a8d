// tst_outbox — a message typed while the link is dead is never lost
// silently (issue #10, item 4, the client's part): it waits in the outbox,
// visibly, until the server's copy comes back; after a lost connection it
// is sent again and said once; a refusal takes it out and says why.

#include "cableproxy.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTest>

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aMessageWaitsUntilItComesBack();
    void typedDuringACablePullItArrivesOnceAfter();
    void itsEchoLostItIsNotSaidTwice();
    void typedWhileReconnectingItIsSentOnReturn();
    void aRefusalTakesItOutAndSaysWhy();
    void anotherServerNeverGetsWhatWasTypedForThisOne();
    void notConnectedNothingIsKept();

private:
    // Alice joins through the cable, with quick heartbeats and retries.
    std::unique_ptr<SalonPeer> aliceThrough(CableProxy &cable);
    static int count(const QStringList &lines, const QString &line)
    {
        return int(lines.count(line));
    }

    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestOutbox::init()
{
    m_server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.floodControl = false;
    // The server notices a pulled cable quickly too, and lets the name go.
    limits.heartbeatIntervalMs = 200;
    limits.heartbeatTimeoutMs = 600;
    m_server->setLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestOutbox::cleanup()
{
    m_server.reset();
}

std::unique_ptr<SalonPeer> TestOutbox::aliceThrough(CableProxy &cable)
{
    auto alice = std::make_unique<SalonPeer>(cable.port(), QStringLiteral("alice"));
    alice->client.setHeartbeat(200, 600);
    alice->client.setReconnectDelays(50, 200);
    return alice;
}

void TestOutbox::aMessageWaitsUntilItComesBack()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy changed(&alice.client, &ChatClient::outboxChanged);
    QVERIFY(alice.client.sendMessage(QStringLiteral("hello")));
    QCOMPARE(alice.client.outbox().size(), 1); // sending…
    QCOMPARE(alice.client.outbox().entries().first().command.text, QStringLiteral("hello"));
    QTRY_COMPARE(alice.messages, QStringList{QStringLiteral("alice: hello")});
    QCOMPARE(alice.client.outbox().size(), 0); // delivered
    QCOMPARE(changed.size(), 2);
}

void TestOutbox::typedDuringACablePullItArrivesOnceAfter()
{
    CableProxy cable(m_port);
    auto alice = aliceThrough(cable);
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice->inRoom() && bob.inRoom());

    cable.setPulled(true);
    // The window still says Connected: the field clears, the message waits.
    QCOMPARE(alice->client.state(), ChatClient::State::Connected);
    QVERIFY(alice->client.sendMessage(QStringLiteral("typed in the dark")));
    QTRY_COMPARE(alice->client.state(), ChatClient::State::Reconnecting);
    QCOMPARE(alice->client.outbox().size(), 1); // still visibly waiting
    QVERIFY(bob.messages.isEmpty());

    cable.setPulled(false);
    QTRY_VERIFY_WITH_TIMEOUT(alice->inRoom(), 10000);
    QTRY_COMPARE(bob.messages, QStringList{QStringLiteral("alice: typed in the dark")});
    QTRY_COMPARE(alice->client.outbox().size(), 0);
    QCOMPARE(count(alice->messages, QStringLiteral("alice: typed in the dark")), 1);
}

void TestOutbox::itsEchoLostItIsNotSaidTwice()
{
    CableProxy cable(m_port);
    auto alice = aliceThrough(cable);
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice->inRoom() && bob.inRoom());

    QSignalSpy refused(&alice->client, &ChatClient::messageRefused);
    cable.setDropFromServer(true); // it arrives; its copy back does not
    QVERIFY(alice->client.sendMessage(QStringLiteral("arrived")));
    QTRY_COMPARE(bob.messages, QStringList{QStringLiteral("alice: arrived")});
    cable.setPulled(true);
    QTRY_COMPARE(alice->client.state(), ChatClient::State::Reconnecting);
    QCOMPARE(alice->client.outbox().size(), 1);

    cable.setDropFromServer(false);
    cable.setPulled(false);
    QTRY_VERIFY_WITH_TIMEOUT(alice->inRoom(), 10000);
    QTRY_COMPARE(alice->client.outbox().size(), 0);
    // A marker after it: whatever was to come has come.
    bob.client.sendMessage(QStringLiteral("marker"));
    QTRY_VERIFY(alice->messages.contains(QStringLiteral("bob: marker")));
    QCOMPARE(bob.messages,
             (QStringList{QStringLiteral("alice: arrived"), QStringLiteral("bob: marker")}));
    QCOMPARE(refused.size(), 0);
}

void TestOutbox::typedWhileReconnectingItIsSentOnReturn()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    alice.client.setReconnectDelays(50, 200);
    QTRY_VERIFY(alice.inRoom());
    m_server.reset();
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Reconnecting);
    QVERIFY(alice.client.isComingBack());
    QVERIFY(alice.client.sendMessage(QStringLiteral("first")));
    QVERIFY(alice.client.sendPrivateMessage(QStringLiteral("alice"), QStringLiteral("note")));
    QVERIFY(alice.client.sendMessage(QStringLiteral("second")));
    QCOMPARE(alice.client.outbox().size(), 3);

    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port));
    QTRY_VERIFY(alice.inRoom());
    QTRY_COMPARE(alice.client.outbox().size(), 0);
    QCOMPARE(alice.messages,
             (QStringList{QStringLiteral("alice: first"), QStringLiteral("alice: second")}));
    QCOMPARE(alice.privates, QStringList{QStringLiteral("alice: note")});
}

void TestOutbox::aRefusalTakesItOutAndSaysWhy()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    QVERIFY(alice.client.sendPrivateMessage(QStringLiteral("nobody"), QStringLiteral("hello?")));
    QCOMPARE(alice.client.outbox().size(), 1);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).value<ChatCommand>().text, QStringLiteral("hello?"));
    QVERIFY(refused.first().at(1).toString().contains(QLatin1String("nobody")));
    QCOMPARE(alice.client.outbox().size(), 0);
}

void TestOutbox::anotherServerNeverGetsWhatWasTypedForThisOne()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    alice.client.setReconnectDelays(60000, 60000);
    QTRY_VERIFY(alice.inRoom());
    m_server.reset();
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Reconnecting);
    QVERIFY(alice.client.sendMessage(QStringLiteral("for the first room")));

    ChatServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    QSignalSpy dropped(&alice.client, &ChatClient::outboxDropped);
    alice.client.connectToServer(QStringLiteral("127.0.0.1"), other.serverPort(),
                                 QStringLiteral("alice"));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toInt(), 1);
    QTRY_VERIFY(alice.inRoom());
    SalonPeer bob(other.serverPort(), QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    bob.client.sendMessage(QStringLiteral("marker"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("bob: marker")));
    QCOMPARE(alice.messages, QStringList{QStringLiteral("bob: marker")});
}

void TestOutbox::notConnectedNothingIsKept()
{
    ChatClient client;
    QSignalSpy errors(&client, &ChatClient::commandError);
    QVERIFY(!client.sendMessage(QStringLiteral("into the void")));
    QCOMPARE(client.outbox().size(), 0);
    QCOMPARE(errors.size(), 1); // said, not silently dropped
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
