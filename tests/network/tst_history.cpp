// The room's memory: newcomers, Salon or text, get the last 100 public
// messages marked as history; private ones are neither kept nor replayed;
// the file on disk survives a cut-off write and a restart.

#include "server/chatserver.h"
#include "server/room.h"
#include "storage/historylog.h"
#include "testpeers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void textClientGetsTheRecentMessagesMarked();
    void salonClientGetsThemFlaggedAsHistory();
    void onlyTheLastHundredAreReplayed();
    void aHistoryOfLongMessagesFitsTheNewcomersQueue();
    void privateMessagesAreNeitherKeptNorReplayed();
    void everyMessageIsOnDiskAtOnce();
    void restartedServerRemembersAndCountsOn();
    void aLineCutShortByACrashIsSkipped();
    void announcementsArePartOfTheRecord();
    void theTutorialsClientSeesTheLiveChat();

private:
    std::unique_ptr<ChatServer> startServer(quint16 port = 0);
    QTemporaryDir m_folder;
};

void TestHistory::init()
{
    QVERIFY(m_folder.isValid());
    const QStringList files = QDir(m_folder.path()).entryList(QDir::Files);
    for (const QString &file : files)
        QFile::remove(m_folder.filePath(file));
}

std::unique_ptr<ChatServer> TestHistory::startServer(quint16 port)
{
    auto server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.floodControl = false;
    server->setLimits(limits);
    server->setIdentifyTimeout(200);
    server->setHistoryFolder(m_folder.path());
    if (!server->listen(QHostAddress::LocalHost, port))
        return nullptr;
    return server;
}

void TestHistory::textClientGetsTheRecentMessagesMarked()
{
    auto server = startServer();
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    alice.client.sendMessage(QStringLiteral("bonjour"));
    alice.client.sendMessage(QStringLiteral("ça va ?"));
    QTRY_COMPARE(alice.messages.size(), 2);

    TextPeer late(server->serverPort());
    QTRY_VERIFY(late.received(QStringLiteral("*** End of the earlier messages.")));
    const qsizetype start =
        late.lines.indexOf(QStringLiteral("*** The last 2 message(s) said in the room (/history 50 "
                                          "shows more):"));
    QVERIFY2(start > 0, qPrintable(late.lines.join(u'|')));
    QVERIFY(late.lines.at(start + 1).endsWith(QStringLiteral("] alice: bonjour")));
    QVERIFY(late.lines.at(start + 1).startsWith(QLatin1Char('[')));
    QVERIFY(late.lines.at(start + 2).endsWith(QStringLiteral("] alice: ça va ?")));

    // Live messages after that are plain again.
    alice.client.sendMessage(QStringLiteral("welcome"));
    QTRY_VERIFY(late.received(QStringLiteral("alice: welcome")));
}

void TestHistory::salonClientGetsThemFlaggedAsHistory()
{
    auto server = startServer();
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    alice.client.sendMessage(QStringLiteral("earlier"));
    QTRY_COMPARE(alice.messages.size(), 1);

    SalonPeer bob(server->serverPort(), QStringLiteral("bob"));
    QTRY_COMPARE(bob.history, QStringList{QStringLiteral("alice: earlier")});
    alice.client.sendMessage(QStringLiteral("now"));
    QTRY_COMPARE(bob.messages, QStringList{QStringLiteral("alice: now")});
    QCOMPARE(bob.history.size(), 1);
    QVERIFY(alice.history.isEmpty());
}

void TestHistory::onlyTheLastHundredAreReplayed()
{
    auto server = startServer();
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    for (int i = 1; i <= 105; ++i)
        alice.client.sendMessage(QStringLiteral("message %1").arg(i));
    QTRY_COMPARE(alice.messages.size(), 105);

    SalonPeer bob(server->serverPort(), QStringLiteral("bob"));
    QTRY_COMPARE(bob.history.size(), HistoryLog::RecentCount);
    QCOMPARE(bob.history.first(), QStringLiteral("alice: message 6"));
    QCOMPARE(bob.history.last(), QStringLiteral("alice: message 105"));
}

void TestHistory::aHistoryOfLongMessagesFitsTheNewcomersQueue()
{
    // Found by the fault suite: a hundred long messages are more than a
    // send queue, so every newcomer was dropped at once as a reader that
    // had stopped, came back, and was dropped again.
    auto server = startServer();
    QVERIFY(server);
    ServerLimits limits = server->limits();
    limits.maxMessageChars = 16000;
    limits.maxTextLineBytes = 32 * 1024;
    limits.maxSendQueueBytes = 64 * 1024;
    server->setLimits(limits);
    TextPeer alice(server->serverPort()); // a script: long lines, fast
    alice.send("/nick alice\n");
    QTRY_VERIFY(alice.receivedStartingWith(QStringLiteral("*** guest-1 is now known as alice")));
    QByteArray lines;
    for (int i = 1; i <= 100; ++i)
        lines += QByteArray::number(i) + ' ' + QByteArray(15000, 'x') + '\n';
    alice.send(lines);
    QTRY_VERIFY_WITH_TIMEOUT(alice.receivedStartingWith(QStringLiteral("alice: 100 ")), 20000);

    TextPeer newcomer(server->serverPort());
    newcomer.send("/nick zoe\n");
    QTRY_VERIFY(newcomer.receivedStartingWith(QStringLiteral("*** End of the earlier")));
    alice.send("welcome zoe\n");
    QTRY_VERIFY(newcomer.received(QStringLiteral("alice: welcome zoe")));
    QVERIFY(!newcomer.closed);
    QVERIFY(!newcomer.receivedStartingWith(QStringLiteral("!!! You stopped reading")));
    // The newest ones, as many as fit in half the queue.
    QVERIFY(newcomer.receivedStartingWith(QStringLiteral("[")));
    const QString last = newcomer.lines.at(
        newcomer.lines.indexOf(QRegularExpression(QStringLiteral("^\\*\\*\\* End.*"))) - 1);
    QVERIFY2(last.contains(QLatin1String("alice: 100 ")), qPrintable(last.left(40)));
}

void TestHistory::privateMessagesAreNeitherKeptNorReplayed()
{
    auto server = startServer();
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    SalonPeer bob(server->serverPort(), QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    alice.client.sendPrivateMessage(QStringLiteral("bob"), QStringLiteral("secret"));
    alice.client.sendMessage(QStringLiteral("public"));
    QTRY_COMPARE(bob.messages.size(), 1);
    QCOMPARE(bob.privates.size(), 1);

    SalonPeer carol(server->serverPort(), QStringLiteral("carol"));
    QTRY_COMPARE(carol.history, QStringList{QStringLiteral("alice: public")});
    QFile file(server->historyFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(onDisk.contains("public"));
    QVERIFY(!onDisk.contains("secret"));
}

void TestHistory::everyMessageIsOnDiskAtOnce()
{
    auto server = startServer();
    QVERIFY(server);
    QVERIFY2(server->historyFile().startsWith(m_folder.path()), qPrintable(server->historyFile()));
    TextPeer nc(server->serverPort());
    nc.send("hello from nc\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("guest-1: hello from nc")));

    // Read while the server still runs: nothing waits in a buffer.
    QFile file(server->historyFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject frame = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(frame.value(QLatin1String("from")).toString(), QStringLiteral("guest-1"));
    QCOMPARE(frame.value(QLatin1String("text")).toString(), QStringLiteral("hello from nc"));
    QVERIFY(frame.contains(QLatin1String("time")));
}

void TestHistory::restartedServerRemembersAndCountsOn()
{
    quint16 port = 0;
    {
        auto first = startServer();
        QVERIFY(first);
        port = first->serverPort();
        SalonPeer alice(port, QStringLiteral("alice"));
        QTRY_VERIFY(alice.inRoom());
        alice.client.sendMessage(QStringLiteral("before the restart"));
        QTRY_COMPARE(alice.messages.size(), 1);
    }
    auto second = startServer(port);
    QVERIFY2(second, "the port is free again");
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_COMPARE(bob.history, QStringList{QStringLiteral("alice: before the restart")});
    qint64 replayedId = 0;
    qint64 liveId = 0;
    connect(&bob.client, &ChatClient::messageReceived, this, [&](const ChatMessage &message) {
        (message.history ? replayedId : liveId) = message.id;
    });
    SalonPeer carol(port, QStringLiteral("carol"));
    QTRY_VERIFY(carol.inRoom());
    carol.client.sendMessage(QStringLiteral("after"));
    QTRY_VERIFY(liveId != 0);
    QVERIFY2(liveId > 1, "ids go on from the history's");
}

void TestHistory::announcementsArePartOfTheRecord()
{
    quint16 port = 0;
    {
        auto server = startServer();
        QVERIFY(server);
        port = server->serverPort();
        SalonPeer alice(port, QStringLiteral("alice"));
        QTRY_VERIFY(alice.inRoom());
        alice.client.sendMessage(QStringLiteral("ready?"));
        QTRY_COMPARE(alice.messages.size(), 1);
        server->announce(QStringLiteral("Exam starts in 5 minutes"));
        alice.client.sendMessage(QStringLiteral("ok"));
        QTRY_COMPARE(alice.messages.size(), 2);

        // A late joiner reads it in its place, as an announcement.
        TextPeer late(port);
        QTRY_VERIFY(late.received(QStringLiteral("*** End of the earlier messages.")));
        const QStringList replayed = late.lines.filter(QRegularExpression(QStringLiteral("^\\[")));
        QCOMPARE(replayed.size(), 3);
        QVERIFY(replayed.at(0).endsWith(QLatin1String("] alice: ready?")));
        QVERIFY2(replayed.at(1).endsWith(QLatin1String("] *** Server: Exam starts in 5 minutes")),
                 qPrintable(replayed.at(1)));
        QVERIFY(replayed.at(2).endsWith(QLatin1String("] alice: ok")));
        SalonPeer bob(port, QStringLiteral("bob"));
        QSignalSpy replay(&bob.client, &ChatClient::messageReceived);
        QTRY_COMPARE(replay.size(), 3);
        const auto announcement = replay.at(1).at(0).value<ChatMessage>();
        QVERIFY(announcement.announcement && announcement.history);
        QCOMPARE(announcement.from, QStringLiteral("Teacher"));
        QCOMPARE(announcement.text, QStringLiteral("Exam starts in 5 minutes"));
    }
    // Kept on disk, and replayed after a restart.
    QFile file(m_folder.filePath(QStringLiteral("history-%1.jsonl").arg(port)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"announcement\":true"));
    auto again = startServer(port);
    QVERIFY(again);
    TextPeer late(port);
    QTRY_VERIFY(late.received(QStringLiteral("*** End of the earlier messages.")));
    QCOMPARE(late.lines.filter(QStringLiteral("*** Server: Exam starts in 5 minutes")).size(), 1);
}

void TestHistory::theTutorialsClientSeesTheLiveChat()
{
    auto server = startServer();
    QVERIFY(server);
    SalonPeer alice(server->serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    for (int i = 0; i < 40; ++i)
        alice.client.sendMessage(
            QStringLiteral("message number %1 of a long lesson, said earlier").arg(i));
    QTRY_COMPARE(alice.messages.size(), 40);

    // client.py sends a line, then reads 1 KiB once: what was just said
    // must be in that first KiB, not behind a long replay.
    TextPeer tutorial(server->serverPort());
    QTRY_VERIFY(tutorial.socket.state() == QAbstractSocket::ConnectedState);
    tutorial.send("salut");
    QTRY_VERIFY(tutorial.received(QStringLiteral("guest-1: salut")));
    qsizetype bytes = 0;
    for (const QString &line : std::as_const(tutorial.lines)) {
        bytes += line.toUtf8().size() + 1;
        if (line == QLatin1String("guest-1: salut"))
            break;
    }
    QVERIFY2(bytes <= 1024, qPrintable(QString::number(bytes)));
    QCOMPARE(tutorial.lines.filter(QStringLiteral("] alice: message number")).size(),
             Room::TextReplay);
    // The newest ones: 35 to 39.
    QCOMPARE(tutorial.lines.filter(QStringLiteral("number 35 ")).size(), 1);
    QCOMPARE(tutorial.lines.filter(QStringLiteral("number 34 ")).size(), 0);

    // More on demand.
    tutorial.send("\n/history 12\n");
    QTRY_VERIFY(tutorial.received(QStringLiteral("*** The last 12 message(s) said in the room "
                                                 "(/history 50 shows more):")));
    QCOMPARE(tutorial.lines.filter(QStringLiteral("] guest-1: salut")).size(), 1);
    tutorial.send("/history soon\n");
    QTRY_VERIFY(tutorial.receivedStartingWith(QStringLiteral("!!! Usage: /history")));
    // A Salon client still gets the last hundred.
    SalonPeer bob(server->serverPort(), QStringLiteral("bob"));
    QTRY_COMPARE(bob.history.size(), 41);
}

void TestHistory::aLineCutShortByACrashIsSkipped()
{
    const QString path = m_folder.filePath(QStringLiteral("cut.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"type":"message","id":1,"time":"2026-11-24T10:00:00.000Z","from":"a","text":"whole"})"
            "\n"
            R"({"type":"message","id":2,"time":"2026-11-24T10:00:01.000Z","from":"a","te)");
    }
    HistoryLog log;
    QVERIFY(log.open(path));
    QCOMPARE(log.recent().size(), 1);
    QCOMPARE(log.recent().first().text, QStringLiteral("whole"));
    QVERIFY(log.recent().first().history);

    ChatMessage next;
    next.id = 3;
    next.time = QDateTime::currentDateTimeUtc();
    next.from = QStringLiteral("b");
    next.text = QStringLiteral("after the crash");
    log.append(next);
    log.close();

    HistoryLog reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.recent().size(), 2);
    QCOMPARE(reopened.recent().last().text, QStringLiteral("after the crash"));
    QCOMPARE(reopened.lastId(), 3);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
