// Staying connected: the client comes back by itself after the server
// restarts, and not after a kick or its own goodbye; heartbeats find a
// half-open connection from either side, and the room is told.

#include "base/protocol.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

class TestReconnect : public QObject
{
    Q_OBJECT
private slots:
    void comesBackAfterTheServerRestarts_data();
    void comesBackAfterTheServerRestarts();
    void triesAgainWithGrowingWaits();
    void aKickedClientStaysOut();
    void aSilentClientIsRemovedAndTheRoomToldWhy();
    void aSilentServerIsNoticedByTheClient();
    void anIdleButAliveConnectionStays();

private:
    static std::unique_ptr<ChatServer> startServer(quint16 port, int heartbeatMs = 0);
};

std::unique_ptr<ChatServer> TestReconnect::startServer(quint16 port, int heartbeatMs)
{
    auto server = std::make_unique<ChatServer>();
    if (heartbeatMs > 0) {
        ServerLimits limits;
        limits.heartbeatIntervalMs = heartbeatMs;
        limits.heartbeatTimeoutMs = heartbeatMs * 3;
        server->setLimits(limits);
    }
    if (!server->listen(QHostAddress::LocalHost, port))
        return nullptr;
    return server;
}

void TestReconnect::comesBackAfterTheServerRestarts_data()
{
    QTest::addColumn<bool>("politely");
    QTest::newRow("stopped with a goodbye") << true;
    QTest::newRow("killed") << false;
}

void TestReconnect::comesBackAfterTheServerRestarts()
{
    QFETCH(bool, politely);
    auto server = startServer(0);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    SalonPeer alice(port, QStringLiteral("alice"));
    alice.client.setReconnectDelays(50, 200);
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy countdown(&alice.client, &ChatClient::reconnectCountdown);

    if (politely)
        server->stop();
    server.reset();
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Reconnecting);
    QVERIFY(!countdown.isEmpty());
    QCOMPARE(alice.disconnections, QList<bool>{true});

    server = startServer(port);
    QVERIFY2(server, "the port is free again");
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Connected);
    QCOMPARE(alice.client.nick(), QStringLiteral("alice"));
    QTRY_COMPARE(server->participants().size(), 1);
    QCOMPARE(server->participants().first().nick, QStringLiteral("alice"));
    alice.client.sendMessage(QStringLiteral("back"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("alice: back")));
}

void TestReconnect::triesAgainWithGrowingWaits()
{
    auto server = startServer(0);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    SalonPeer alice(port, QStringLiteral("alice"));
    alice.client.setReconnectDelays(1000, 4000);
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy countdown(&alice.client, &ChatClient::reconnectCountdown);
    server.reset();
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Reconnecting);
    QCOMPARE(countdown.first().first().toInt(), 1); // first wait: 1 s
    // The loss was said once; each try that fails updates one status line,
    // it adds no new error (issue #10, item 8).
    QSignalSpy errors(&alice.client, &ChatClient::errorOccurred);
    QSignalSpy triesFailed(&alice.client, &ChatClient::reconnectTryFailed);

    // Nobody listens: each try fails, and the wait doubles.
    countdown.clear();
    alice.client.reconnectNow();
    QTRY_VERIFY(!countdown.isEmpty() && countdown.last().first().toInt() == 2);
    countdown.clear();
    alice.client.reconnectNow();
    QTRY_VERIFY(!countdown.isEmpty() && countdown.last().first().toInt() == 4);
    countdown.clear();
    alice.client.reconnectNow();
    QTRY_VERIFY(!countdown.isEmpty() && countdown.last().first().toInt() == 4); // the most
    QCOMPARE(alice.client.state(), ChatClient::State::Reconnecting);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(triesFailed.size(), 3);
    QVERIFY2(triesFailed.last().first().toString().contains(QLatin1String("refused")),
             qPrintable(triesFailed.last().first().toString()));

    alice.client.disconnectFromServer(); // the user gives up
    QCOMPARE(alice.client.state(), ChatClient::State::Disconnected);
}

void TestReconnect::aKickedClientStaysOut()
{
    auto server = startServer(0);
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    alice.client.setReconnectDelays(50, 50);
    QTRY_VERIFY(alice.inRoom());
    server->disconnectClient(server->participants().first().id, QStringLiteral("be nice"));
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Disconnected);
    QTRY_VERIFY(server->participants().isEmpty());
    // No coming back by itself.
    QSignalSpy states(&alice.client, &ChatClient::stateChanged);
    QVERIFY(!states.wait(300));
    QCOMPARE(alice.client.state(), ChatClient::State::Disconnected);
}

void TestReconnect::aSilentClientIsRemovedAndTheRoomToldWhy()
{
    auto server = startServer(0, 100);
    QVERIFY(server);
    SalonPeer bob(server->serverPort(), QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    QSignalSpy leftSpy(&bob.client, &ChatClient::personLeft);

    // A Salon client that joins, then is gone without a word: it never
    // answers a ping, like a laptop that went to sleep.
    QTcpSocket sleeper;
    sleeper.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(sleeper.waitForConnected());
    sleeper.write(R"({"type":"hello","nick":"sleeper"})"
                  "\n");
    QTRY_COMPARE(server->participants().size(), 2);
    sleeper.setReadBufferSize(1); // and it reads nothing either

    QSignalSpy serverLeft(server.get(), &ChatServer::clientLeft);
    QTRY_VERIFY_WITH_TIMEOUT(!leftSpy.isEmpty(), 5000);
    QCOMPARE(leftSpy.first().at(0).toString(), QStringLiteral("sleeper"));
    QVERIFY2(leftSpy.first().at(1).toString().contains(QLatin1String("no answer")),
             qPrintable(leftSpy.first().at(1).toString()));
    QCOMPARE(server->participants().size(), 1);
    QVERIFY(bob.inRoom()); // bob answers pings: he stays
}

void TestReconnect::aSilentServerIsNoticedByTheClient()
{
    // A server that greets, lets us in, then falls silent: no pong ever.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QByteArray heard;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = silent.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this,
                [&heard, socket] { heard += socket->readAll(); });
        socket->write(QByteArray(Protocol::BannerPrefix) + "hello\n" +
                      R"({"type":"welcome","version":1,"nick":"alice"})" + '\n');
    });
    ChatClient client;
    client.setHeartbeat(100, 300);
    client.setReconnectDelays(60000, 60000);
    QSignalSpy errors(&client, &ChatClient::errorOccurred);
    client.connectToServer(QStringLiteral("127.0.0.1"), silent.serverPort(),
                           QStringLiteral("alice"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ChatClient::State::Reconnecting, 5000);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("stopped answering")),
             qPrintable(errors.first().first().toString()));
    // It did ask first.
    QVERIFY2(heard.contains(R"("type":"ping")"), heard.constData());
}

void TestReconnect::anIdleButAliveConnectionStays()
{
    auto server = startServer(0, 50);
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    alice.client.setHeartbeat(50, 150);
    QTRY_VERIFY(alice.inRoom());
    // Ten timeouts' worth of silence from both people: pings keep it alive.
    QSignalSpy gone(&alice.client, &ChatClient::disconnected);
    QVERIFY(!gone.wait(1500));
    QVERIFY(alice.inRoom());
    QCOMPARE(server->participants().size(), 1);
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
