// tst_lesson — the lesson (issue #11): what the teacher decided survives a
// restart of the server on the same port: the code, the lock, a Salon
// client's mute and its raised hand (both follow its member token), a ban;
// those who were in get back into the locked room with their token; a new
// lesson starts clean, and those in the room stay. A hand raised before a
// member dropped is still in line when it comes back.

#include "cableproxy.h"
#include "server/chatserver.h"
#include "storage/lessonfile.h"
#include "testpeers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLesson : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theLessonSurvivesARestart();
    void aNewLessonStartsClean();
    void aHandWaitsForItsMemberToComeBack();
    void lowerAllLowersTheHandsOfThoseAwayToo();
    void aNewLessonIsAnEmptyRoomAndTheOldWordsStayOnDisk();
    void wordsFromAnotherDayShowTheirDate();

private:
    std::unique_ptr<ChatServer> startServer(quint16 port);
    // A pulled cable is noticed, and the way back tried, within a second.
    static void quickToComeBack(SalonPeer &peer)
    {
        peer.client.setHeartbeat(200, 600);
        peer.client.setReconnectDelays(50, 200);
    }
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestLesson::init()
{
    m_data = std::make_unique<QTemporaryDir>();
}

void TestLesson::cleanup()
{
    m_data.reset();
}

std::unique_ptr<ChatServer> TestLesson::startServer(quint16 port)
{
    auto server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.heartbeatIntervalMs = 200;
    limits.heartbeatTimeoutMs = 600;
    server->setLimits(limits);
    server->setHistoryFolder(m_data->path());
    if (!server->listen(QHostAddress::LocalHost, port))
        return nullptr;
    return server;
}

void TestLesson::theLessonSurvivesARestart()
{
    auto server = startServer(0);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    server->startLesson();
    SalonPeer alice(port, QStringLiteral("alice"));
    alice.client.setReconnectDelays(50, 200);
    SalonPeer bob(port, QStringLiteral("bob"));
    SalonPeer mallory(port, QStringLiteral("mallory"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom() && mallory.inRoom());
    QSignalSpy hand(&bob.client, &ChatClient::handChanged);
    bob.client.setHandRaised(true);
    QTRY_COMPARE(hand.size(), 1);
    QVERIFY(server->setMuted(QStringLiteral("alice"), true));
    QCOMPARE(server->ban(QStringLiteral("mallory")), ChatServer::BanResult::Banned);
    server->setRoomCode(QStringLiteral("482913"));
    server->setLocked(true);
    const QString file = server->lessonFile();
    QTRY_VERIFY(LessonFile::read(file).has_value() && LessonFile::read(file)->locked);
    QCOMPARE(QFile(file).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());

    // The server goes away with no goodbye (as after kill -9), and comes back.
    const QDateTime started = server->lessonStarted();
    server.reset();
    QTRY_VERIFY(!alice.disconnections.isEmpty() && !bob.disconnections.isEmpty());
    server = startServer(port);
    QVERIFY(server);
    QCOMPARE(server->lessonStarted(), started);
    QCOMPARE(server->roomCode(), QStringLiteral("482913"));
    QVERIFY(server->isLocked());
    QCOMPARE(server->bans().size(), 1);

    // Alice and Bob come back by themselves, with their tokens, into the
    // locked room, with no code: they were in.
    QTRY_VERIFY_WITH_TIMEOUT(server->participants().size() == 2, 10000);
    QVERIFY(server->isMuted(QStringLiteral("alice")));
    QTRY_VERIFY(server->hasHandUp(QStringLiteral("bob")));
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    alice.client.sendMessage(QStringLiteral("am I heard?"));
    QTRY_COMPARE(refused.size(), 1);
    // Mallory stays out, by name, even with the code.
    SalonPeer again(port, QStringLiteral("mallory"));
    again.client.setRoomCode(QStringLiteral("482913"));
    QTRY_COMPARE(again.disconnections.size(), 1);
    QVERIFY(!again.inRoom());
}

void TestLesson::aNewLessonStartsClean()
{
    auto server = startServer(0);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QSignalSpy hand(&bob.client, &ChatClient::handChanged);
    bob.client.setHandRaised(true);
    QTRY_COMPARE(hand.size(), 1);
    server->setMuted(QStringLiteral("alice"), true);
    server->setRoomCode(QStringLiteral("482913"));
    server->setLocked(true);
    server->setQuiet(true);
    server->setSlowSeconds(30);

    QSignalSpy lesson(server.get(), &ChatServer::lessonChanged);
    server->startLesson();
    QCOMPARE(lesson.size(), 1);
    QVERIFY(server->lessonStarted().isValid());
    QVERIFY(server->roomCode().isEmpty());
    QVERIFY(!server->isLocked());
    QVERIFY(!server->isQuiet());
    QCOMPARE(server->slowSeconds(), 0);
    QVERIFY(!server->isMuted(QStringLiteral("alice")));
    QVERIFY(server->hands().isEmpty());
    QTRY_COMPARE(hand.size(), 2); // Bob sees his hand go down
    QCOMPARE(hand.last().at(0).toBool(), false);
    QTRY_VERIFY(alice.notices.join(u'|').contains(QLatin1String("A new lesson begins")));
    QCOMPARE(server->participants().size(), 2); // those in stay

    server->endLesson();
    QVERIFY(!server->lessonStarted().isValid());
    QTRY_VERIFY(!LessonFile::read(server->lessonFile())->started.isValid());
}

void TestLesson::aHandWaitsForItsMemberToComeBack()
{
    auto server = startServer(0);
    QVERIFY(server);
    CableProxy cable(server->serverPort());
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    quickToComeBack(alice);
    SalonPeer bob(server->serverPort(), QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QSignalSpy aliceHand(&alice.client, &ChatClient::handChanged);
    QSignalSpy bobHand(&bob.client, &ChatClient::handChanged);
    alice.client.setHandRaised(true);
    QTRY_COMPARE(aliceHand.size(), 1);
    bob.client.setHandRaised(true);
    QTRY_COMPARE(bobHand.size(), 1);
    QCOMPARE(bobHand.last().at(1).toInt(), 2);

    cable.setPulled(true);
    QTRY_VERIFY(server->participants().size() == 1);
    QTRY_COMPARE(bobHand.last().at(1).toInt(), 1); // Bob moves up meanwhile
    cable.setPulled(false);
    QTRY_VERIFY(alice.inRoom());
    // Alice is first again: she raised it first.
    QTRY_COMPARE(server->hands().size(), 2);
    QCOMPARE(server->hands().first().nick, QStringLiteral("alice"));
    QTRY_COMPARE(aliceHand.last().at(1).toInt(), 1);
    QTRY_COMPARE(bobHand.last().at(1).toInt(), 2);
}

void TestLesson::lowerAllLowersTheHandsOfThoseAwayToo()
{
    auto server = startServer(0);
    QVERIFY(server);
    CableProxy cable(server->serverPort());
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    quickToComeBack(alice);
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy hand(&alice.client, &ChatClient::handChanged);
    alice.client.setHandRaised(true);
    QTRY_COMPARE(hand.size(), 1);
    cable.setPulled(true);
    QTRY_VERIFY(server->participants().isEmpty());
    server->lowerAllHands();
    cable.setPulled(false);
    QTRY_VERIFY(alice.inRoom());
    QTRY_COMPARE(server->participants().size(), 1);
    QVERIFY(server->hands().isEmpty());
}

void TestLesson::aNewLessonIsAnEmptyRoomAndTheOldWordsStayOnDisk()
{
    auto server = startServer(0);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    {
        SalonPeer alice(port, QStringLiteral("alice"));
        QTRY_VERIFY(alice.inRoom());
        alice.client.sendMessage(QStringLiteral("Hello class!"));
        QTRY_COMPARE(alice.messages.size(), 1);
        server->startLesson();
        alice.client.sendMessage(QStringLiteral("first of the new lesson"));
        QTRY_COMPARE(alice.messages.size(), 2);
    }
    // The next class hears nothing of the last one.
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    QTRY_COMPARE(bob.history.size(), 2); // the lesson's announcement, then its first words
    QVERIFY(!bob.history.join(u'|').contains(QLatin1String("Hello class!")));
    QVERIFY(bob.history.last().endsWith(QLatin1String("first of the new lesson")));
    // Nor after a restart; and the file keeps both lessons.
    const QString file = server->historyFile();
    server.reset();
    server = startServer(port);
    QVERIFY(server);
    TextPeer late(port);
    QTRY_VERIFY(late.received(QStringLiteral("*** End of the earlier messages.")));
    QVERIFY(!late.lines.join(u'|').contains(QLatin1String("Hello class!")));
    QFile history(file);
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray kept = history.readAll();
    QVERIFY(kept.contains("Hello class!"));
    QVERIFY(kept.contains("\"type\":\"lesson\""));
    // Numbers go on across lessons: clients tell old from new by them.
    SalonPeer carol(port, QStringLiteral("carol"));
    QTRY_VERIFY(carol.inRoom());
    QSignalSpy live(&carol.client, &ChatClient::messageReceived);
    carol.client.sendMessage(QStringLiteral("next"));
    QTRY_VERIFY(!live.isEmpty() && !live.last().at(0).value<ChatMessage>().history);
    QVERIFY(live.last().at(0).value<ChatMessage>().id > 3);
}

void TestLesson::wordsFromAnotherDayShowTheirDate()
{
    // Yesterday's class, in the history file.
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    auto probe = startServer(0);
    QVERIFY(probe);
    const quint16 port = probe->serverPort();
    probe.reset();
    QFile history(m_data->filePath(QStringLiteral("history-%1.jsonl").arg(port)));
    QVERIFY(history.open(QIODevice::WriteOnly));
    history.write(QStringLiteral("{\"from\":\"alice\",\"id\":1,\"room\":\"main\",\"text\":"
                                 "\"see you tomorrow\",\"time\":\"%1\",\"type\":\"message\"}\n")
                      .arg(yesterday.toString(Qt::ISODateWithMs))
                      .toUtf8());
    history.close();
    auto server = startServer(port);
    QVERIFY(server);
    TextPeer late(port);
    QTRY_VERIFY(late.received(QStringLiteral("*** End of the earlier messages.")));
    const QString expected =
        QStringLiteral("[%1] alice: see you tomorrow")
            .arg(yesterday.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY2(late.received(expected), qPrintable(late.lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
