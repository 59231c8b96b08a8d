// tst_roomcode — the room code (issue #11), as each kind of client meets
// it: a Salon client is asked and joins with it; a text client is asked
// after the banner and answers with its first line (the tutorial's client,
// with no newline, too); a wrong code is said plainly and the connection
// closes; a member who dropped comes back with its token whatever the code;
// one PC full of students is never locked out; a storm of wrong codes warns
// the teacher; and the code never shows in the server's log.

#include "cableproxy.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTest>

class TestRoomCode : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aSalonClientIsAskedForTheCode();
    void aWrongCodeIsSaidAndTheConnectionCloses();
    void aTextClientAnswersWithItsFirstLine();
    void theTutorialClientTypesTheCodeFirst();
    void aTextClientThatTypesACommandIsAskedAgain();
    void aMemberWhoDroppedComesBackWithoutIt();
    void onePcFullOfStudentsIsNeverLockedOut();
    void aStormOfWrongCodesWarnsTheTeacher();
    void noCodeLetsEveryoneIn();

private:
    std::unique_ptr<ChatServer> m_server;
    QStringList m_problems;
    quint16 m_port = 0;
};

void TestRoomCode::init()
{
    m_server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.heartbeatIntervalMs = 200;
    limits.heartbeatTimeoutMs = 600;
    m_server->setLimits(limits);
    m_server->setIdentifyTimeout(200); // a silent nc is a text client soon
    m_server->setRoomCode(QStringLiteral("482913"));
    m_problems.clear();
    connect(m_server.get(), &ChatServer::problem, this,
            [this](const QString &text) { m_problems.append(text); });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestRoomCode::cleanup()
{
    // Whatever happened, the code itself never went into the log.
    QVERIFY2(!m_problems.join(u'|').contains(QLatin1String("482913")),
             qPrintable(m_problems.join(u'|')));
    m_server.reset();
}

void TestRoomCode::aSalonClientIsAskedForTheCode()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QSignalSpy asked(&alice.client, &ChatClient::roomCodeNeeded);
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toBool(), false); // not wrong: none was given
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->participants().isEmpty());

    alice.client.setRoomCode(QStringLiteral("482 913")); // as shown on the projector
    alice.client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QCOMPARE(asked.size(), 1);
}

void TestRoomCode::aWrongCodeIsSaidAndTheConnectionCloses()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Disconnected);
    QSignalSpy asked(&alice.client, &ChatClient::roomCodeNeeded);
    alice.client.setRoomCode(QStringLiteral("111111"));
    alice.client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("alice"));
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toBool(), true);
    QVERIFY2(alice.errors.join(u'|').contains(QLatin1String("Wrong code")),
             qPrintable(alice.errors.join(u'|')));
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Disconnected);

    TextPeer nc(m_port);
    nc.send("111111\n");
    QTRY_VERIFY(nc.closed);
    QVERIFY2(nc.received(QStringLiteral("!!! Wrong code. Ask the teacher for the room's code.")),
             qPrintable(nc.lines.join(u'\n')));
    QVERIFY(!nc.receivedStartingWith(QStringLiteral("*** You are")));
    QVERIFY(m_server->participants().isEmpty());
}

void TestRoomCode::aTextClientAnswersWithItsFirstLine()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    alice.client.setRoomCode(QStringLiteral("482913")); // before its hello
    QTRY_VERIFY(alice.inRoom());

    TextPeer nc(m_port);
    // Asked right after the banner, before anything else.
    QTRY_COMPARE(nc.lines.size(), 2);
    QVERIFY(nc.lines.at(0).startsWith(QLatin1String("SALON/1 ")));
    QCOMPARE(nc.lines.at(1), QStringLiteral("*** This room needs a code: type the code the "
                                            "teacher shows, then press Enter."));
    nc.send("\n"); // a stray Enter is no answer
    nc.send("482913\r\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** You are guest")));
    nc.send("bonjour\n");
    QTRY_VERIFY(alice.messages.join(u'|').contains(QLatin1String(": bonjour")));
    QCOMPARE(m_server->participants().size(), 2);
}

void TestRoomCode::theTutorialClientTypesTheCodeFirst()
{
    // client.py sends input() with no newline, before reading anything.
    TextPeer tutorial(m_port);
    QTRY_VERIFY(tutorial.socket.state() == QAbstractSocket::ConnectedState);
    tutorial.send("482913");
    QTRY_VERIFY(tutorial.receivedStartingWith(QStringLiteral("*** You are guest")));
    tutorial.send("fin");
    QTRY_VERIFY(tutorial.closed);
}

void TestRoomCode::aTextClientThatTypesACommandIsAskedAgain()
{
    TextPeer nc(m_port);
    QTRY_COMPARE(nc.lines.size(), 2);
    nc.send("/who\n");
    QTRY_COMPARE(nc.lines.size(), 3);
    QVERIFY(nc.lines.at(2).contains(QLatin1String("needs a code")));
    QVERIFY(!nc.closed);
    nc.send("482913\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** You are guest")));
}

void TestRoomCode::aMemberWhoDroppedComesBackWithoutIt()
{
    CableProxy cable(m_port);
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    alice.client.setHeartbeat(200, 600);
    alice.client.setReconnectDelays(50, 200);
    QTRY_COMPARE(alice.client.state(), ChatClient::State::Disconnected);
    alice.client.setRoomCode(QStringLiteral("482913"));
    alice.client.connectToServer(QStringLiteral("127.0.0.1"), cable.port(),
                                 QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());

    cable.setPulled(true);
    QTRY_VERIFY(m_server->participants().isEmpty());
    m_server->setRoomCode(QStringLiteral("new-code")); // the old one leaked
    cable.setPulled(false);
    QTRY_VERIFY(alice.inRoom()); // her member token proves she was in
    // Her old code opens nothing for anyone else.
    SalonPeer eve(m_port, QStringLiteral("eve"));
    QTRY_COMPARE(eve.client.state(), ChatClient::State::Disconnected);
    eve.client.setRoomCode(QStringLiteral("482913"));
    QSignalSpy asked(&eve.client, &ChatClient::roomCodeNeeded);
    eve.client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("eve"));
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(m_server->participants().size(), 1);
}

void TestRoomCode::onePcFullOfStudentsIsNeverLockedOut()
{
    // Everyone here is 127.0.0.1: a few typos must not lock the class out.
    for (int i = 0; i < CodeGate::WrongPerMinute + 3; ++i) {
        TextPeer typo(m_port);
        typo.send("000000\n");
        QTRY_VERIFY(typo.closed);
        QVERIFY(typo.receivedStartingWith(QStringLiteral("!!! Wrong code")));
    }
    TextPeer student(m_port);
    student.send("482913\n");
    QTRY_VERIFY(student.receivedStartingWith(QStringLiteral("*** You are guest")));
    QCOMPARE(m_server->occupancy().wrongCodes, CodeGate::WrongPerMinute + 3);
    QCOMPARE(m_server->occupancy().waiting, 0);
}

void TestRoomCode::aStormOfWrongCodesWarnsTheTeacher()
{
    QSignalSpy warned(m_server.get(), &ChatServer::codeGuessing);
    for (int i = 0; i < CodeGate::RoomBudget + 2; ++i) {
        TextPeer guesser(m_port);
        guesser.send(QByteArray::number(100000 + i) + '\n');
        QTRY_VERIFY(guesser.closed);
    }
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.first().at(0).toInt(), CodeGate::RoomBudget);
    QVERIFY2(m_problems.join(u'|').contains(QLatin1String("someone may be guessing")),
             qPrintable(m_problems.join(u'|')));
}

void TestRoomCode::noCodeLetsEveryoneIn()
{
    m_server->setRoomCode({});
    TextPeer nc(m_port);
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** You are guest")));
    QVERIFY(!nc.receivedStartingWith(QStringLiteral("*** This room needs a code")));
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
}

QTEST_GUILESS_MAIN(TestRoomCode)
#include "tst_roomcode.moc"
