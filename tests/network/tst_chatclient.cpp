// The client against servers that are not Salon's: the tutorial's serveur.py
// (silent until spoken to, answers "OK" to each message), refused
// connections, servers that vanish.

#include "client/chatclient.h"
#include "server/chatserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Like the seed's serveur.py: accepts, says nothing, answers each chunk with
// "OK", and records the exact bytes it received.
class TutorialServer : public QObject
{
    Q_OBJECT
public:
    TutorialServer()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                socket->write("OK");
            });
            peer = socket;
        });
        server.listen(QHostAddress::LocalHost, 0);
    }

    QTcpServer server;
    QTcpSocket *peer = nullptr;
    QByteArray received;
};

class TestChatClient : public QObject
{
    Q_OBJECT
private slots:
    void rawModeAgainstTheTutorialServer_data();
    void rawModeAgainstTheTutorialServer();
    void rawModeShowsTextThatEndsWithNewlines();
    void refusedConnectionIsExplained();
    void serverThatVanishesIsReported();
    void disconnectingIsNotAnError();
    void stateFollowsTheConnection();
};

void TestChatClient::rawModeAgainstTheTutorialServer_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none, like client.py")
        << int(ChatClient::LineEnding::None) << QByteArray("bonjour été");
    QTest::newRow("LF") << int(ChatClient::LineEnding::LF) << QByteArray("bonjour été\n");
    QTest::newRow("CRLF") << int(ChatClient::LineEnding::CRLF) << QByteArray("bonjour été\r\n");
}

void TestChatClient::rawModeAgainstTheTutorialServer()
{
    QFETCH(int, ending);
    QFETCH(QByteArray, expected);
    TutorialServer tutorial;
    QVERIFY(tutorial.server.isListening());

    ChatClient client;
    client.setBannerTimeout(50);
    client.setLineEnding(ChatClient::LineEnding(ending));
    QSignalSpy foreign(&client, &ChatClient::foreignServerDetected);
    QSignalSpy raw(&client, &ChatClient::rawTextReceived);
    client.connectToServer(QStringLiteral("127.0.0.1"), tutorial.server.serverPort(),
                           QStringLiteral("alice"));
    QVERIFY(foreign.wait());
    QCOMPARE(client.state(), ChatClient::State::RawText);
    QVERIFY(client.isInRoom());
    QVERIFY2(tutorial.received.isEmpty(), "nothing may be sent before the user types");

    client.sendMessage(QStringLiteral("bonjour été"));
    QTRY_COMPARE(tutorial.received, expected);
    // "OK" comes with no newline: shown after the short silence.
    QTRY_COMPARE(raw.size(), 1);
    QCOMPARE(raw.first().first().toString(), QStringLiteral("OK"));

    client.sendMessage(QStringLiteral("fin"));
    const QByteArray lineEnding = expected.mid(QStringLiteral("bonjour été").toUtf8().size());
    QTRY_COMPARE(tutorial.received, expected + "fin" + lineEnding);
}

void TestChatClient::rawModeShowsTextThatEndsWithNewlines()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        socket->write("220 hello from elsewhere\r\nsecond line\n");
    });
    ChatClient client;
    QSignalSpy raw(&client, &ChatClient::rawTextReceived);
    client.connectToServer(QStringLiteral("127.0.0.1"), server.serverPort(), QStringLiteral("a"));
    QTRY_COMPARE(raw.size(), 2);
    QCOMPARE(client.state(), ChatClient::State::RawText);
    QCOMPARE(raw.at(0).first().toString(), QStringLiteral("220 hello from elsewhere"));
    QCOMPARE(raw.at(1).first().toString(), QStringLiteral("second line"));
}

void TestChatClient::refusedConnectionIsExplained()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    ChatClient client;
    QSignalSpy errors(&client, &ChatClient::errorOccurred);
    QSignalSpy gone(&client, &ChatClient::disconnected);
    client.connectToServer(QStringLiteral("127.0.0.1"), closedPort, QStringLiteral("alice"));
    QTRY_COMPARE(errors.size(), 1);
    const QString text = errors.first().first().toString();
    QVERIFY2(text.contains(QLatin1String("refused")) &&
                 text.contains(QLatin1String("is the server started")),
             qPrintable(text));
    QTRY_COMPARE(client.state(), ChatClient::State::Disconnected);
    QTRY_COMPARE(gone.size(), 1);
    QCOMPARE(gone.first().first().toBool(), false); // never open, so not lost
}

void TestChatClient::serverThatVanishesIsReported()
{
    auto server = std::make_unique<ChatServer>();
    QVERIFY(server->listen(QHostAddress::LocalHost, 0));
    ChatClient client;
    client.setAutoReconnect(false); // tst_reconnect covers the coming back
    QSignalSpy joined(&client, &ChatClient::joined);
    QSignalSpy gone(&client, &ChatClient::disconnected);
    QSignalSpy errors(&client, &ChatClient::errorOccurred);
    client.connectToServer(QStringLiteral("127.0.0.1"), server->serverPort(),
                           QStringLiteral("alice"));
    QVERIFY(joined.wait());
    server.reset(); // killed, no goodbye
    QTRY_COMPARE(gone.size(), 1);
    QCOMPARE(gone.first().first().toBool(), true);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(client.people().isEmpty());
}

void TestChatClient::disconnectingIsNotAnError()
{
    ChatServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy left(&server, &ChatServer::clientLeft);
    ChatClient client;
    QSignalSpy joined(&client, &ChatClient::joined);
    QSignalSpy gone(&client, &ChatClient::disconnected);
    QSignalSpy errors(&client, &ChatClient::errorOccurred);
    client.connectToServer(QStringLiteral("127.0.0.1"), server.serverPort(),
                           QStringLiteral("alice"));
    QVERIFY(joined.wait());
    client.disconnectFromServer();
    QTRY_COMPARE(gone.size(), 1);
    QCOMPARE(gone.first().first().toBool(), false);
    QTRY_COMPARE(left.size(), 1);
    QCOMPARE(left.first().at(1).toString(), QStringLiteral("said goodbye"));
    QCOMPARE(errors.size(), 0);
}

void TestChatClient::stateFollowsTheConnection()
{
    ChatServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ChatClient client;
    QList<ChatClient::State> states;
    connect(&client, &ChatClient::stateChanged, this,
            [&states](ChatClient::State state) { states.append(state); });
    client.connectToServer(QStringLiteral("127.0.0.1"), server.serverPort(),
                           QStringLiteral("alice"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    QCOMPARE(states.first(), ChatClient::State::LookingUp);
    QVERIFY(states.contains(ChatClient::State::Connecting));
    QVERIFY(states.contains(ChatClient::State::WaitingForBanner));
    QVERIFY(states.contains(ChatClient::State::Joining));
    QCOMPARE(client.nick(), QStringLiteral("alice"));
    QCOMPARE(client.people(), QStringList{QStringLiteral("alice")});
}

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
