// tst_nothinglost — nothing the room says after a connection is accepted is
// lost to it, however long it takes to come in (issue #10, item 1); past
// what the server keeps, it is told, never shorted silently.

#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestNothingLost : public QObject
{
    Q_OBJECT
private slots:
    void silentTextClientsGetEverythingSaidWhileTheyCameIn();
    void pastTheBoundANewcomerIsToldAndLeft();
    void numbersAreNeverGivenTwiceAcrossARestart();
    void aStoppedReaderIsToldWhyWhenItWakes();
};

namespace {
QStringList saidBy(const QStringList &lines, const QString &nick)
{
    QStringList said;
    for (const QString &line : lines) {
        if (line.startsWith(nick + QStringLiteral(": ")))
            said.append(line);
    }
    return said;
}
} // namespace

void TestNothingLost::silentTextClientsGetEverythingSaidWhileTheyCameIn()
{
    ChatServer server;
    ServerLimits limits;
    limits.floodControl = false;
    server.setLimits(limits);
    server.setIdentifyTimeout(1500); // the real wait before a silent peer is a guest
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    SalonPeer alice(server.serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());

    // Silent, like `nc` before anyone types: not yet in the room.
    std::vector<std::unique_ptr<TextPeer>> listeners;
    for (int i = 0; i < 4; ++i)
        listeners.push_back(std::make_unique<TextPeer>(server.serverPort()));
    for (const auto &listener : listeners)
        QTRY_VERIFY(!listener->lines.isEmpty()); // the banner: accepted, not joined
    QCOMPARE(server.participants().size(), 1);

    QStringList expected;
    for (int i = 1; i <= 300; ++i) {
        const QString text = QStringLiteral("message %1").arg(i);
        alice.client.sendMessage(text);
        expected.append(QStringLiteral("alice: ") + text);
    }
    QTRY_COMPARE(alice.messages.size(), 300);
    for (const auto &listener : listeners) {
        QTRY_VERIFY_WITH_TIMEOUT(listener->receivedStartingWith(QStringLiteral("*** You are")),
                                 10000);
        QTRY_COMPARE(saidBy(listener->lines, QStringLiteral("alice")).size(), 300);
        QCOMPARE(saidBy(listener->lines, QStringLiteral("alice")), expected);
    }
}

void TestNothingLost::pastTheBoundANewcomerIsToldAndLeft()
{
    ChatServer server;
    ServerLimits limits;
    limits.floodControl = false;
    limits.maxSendQueueBytes = 16 * 1024;
    server.setLimits(limits);
    server.setIdentifyTimeout(60 * 1000); // it stays in the handshake
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    SalonPeer alice(server.serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer late(server.serverPort());
    QTRY_VERIFY(!late.lines.isEmpty());

    const QString text(1000, QLatin1Char('x'));
    for (int i = 0; i < 40; ++i) // about 40 KiB: more than the 16 kept
        alice.client.sendMessage(text);
    QTRY_COMPARE(alice.messages.size(), 40);
    late.send("me\n"); // decides: a text client, who now joins
    QTRY_VERIFY(late.receivedStartingWith(QStringLiteral("!!! The room said more")));
    QTRY_VERIFY(late.closed);
    QVERIFY(saidBy(late.lines, QStringLiteral("alice")).isEmpty()); // not a part of it
    QCOMPARE(server.participants().size(), 1);
    // The room goes on for the others.
    alice.client.sendMessage(QStringLiteral("still here"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("alice: still here")));
}

void TestNothingLost::numbersAreNeverGivenTwiceAcrossARestart()
{
    // Issue #10, item 5: a private message, never kept, took a number; the
    // restarted server gave it again, and a client hid that message as one
    // it had already shown.
    QTemporaryDir folder;
    QList<qint64> seenByBob;
    quint16 port = 0;
    {
        ChatServer first;
        first.setHistoryFolder(folder.path());
        QVERIFY(first.listen(QHostAddress::LocalHost, 0));
        port = first.serverPort();
        SalonPeer alice(port, QStringLiteral("alice"));
        SalonPeer bob(port, QStringLiteral("bob"));
        QTRY_VERIFY(alice.inRoom() && bob.inRoom());
        connect(&bob.client, &ChatClient::messageReceived, this,
                [&seenByBob](const ChatMessage &message) { seenByBob.append(message.id); });
        alice.client.sendMessage(QStringLiteral("public"));
        QTRY_COMPARE(bob.messages.size(), 1);
        alice.client.sendPrivateMessage(QStringLiteral("bob"), QStringLiteral("psst"));
        QTRY_COMPARE(bob.privates.size(), 1);
    }
    ChatServer second;
    second.setHistoryFolder(folder.path());
    QVERIFY(second.listen(QHostAddress::LocalHost, port));
    SalonPeer carol(port, QStringLiteral("carol"));
    QTRY_VERIFY(carol.inRoom());
    qint64 next = 0;
    connect(&carol.client, &ChatClient::messageReceived, this, [&next](const ChatMessage &message) {
        if (!message.history)
            next = message.id;
    });
    carol.client.sendMessage(QStringLiteral("after the restart"));
    QTRY_VERIFY(next != 0);
    const qint64 highestSeen = *std::max_element(seenByBob.cbegin(), seenByBob.cend());
    QVERIFY2(next > highestSeen,
             qPrintable(QStringLiteral("new %1, seen up to %2").arg(next).arg(highestSeen)));
}

void TestNothingLost::aStoppedReaderIsToldWhyWhenItWakes()
{
    // Issue #10, item 7: disconnected for its send queue, it read its
    // backlog on waking and the connection simply ended.
    ChatServer server;
    ServerLimits limits;
    limits.floodControl = false;
    limits.maxSendQueueBytes = 64 * 1024;
    server.setLimits(limits);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    SalonPeer alice(server.serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());

    QTcpSocket sleeper; // joins, then stops reading
    sleeper.setReadBufferSize(4096);
    QSignalSpy connected(&sleeper, &QTcpSocket::connected);
    sleeper.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(connected.count() || connected.wait());
    sleeper.write("/nick sleeper\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("sleeper")));

    // ~16 MB, far past any socket buffer, as fast as a script sends it.
    TextPeer script(server.serverPort());
    script.send("/nick scripted\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("scripted")));
    const QByteArray line = QByteArray(3900, 'z') + '\n';
    script.send(line.repeated(4000));
    QTRY_VERIFY_WITH_TIMEOUT(alice.left.contains(QStringLiteral("sleeper")), 30000);

    // It wakes and reads all there is.
    QByteArray received;
    sleeper.setReadBufferSize(0);
    connect(&sleeper, &QTcpSocket::readyRead, this,
            [&sleeper, &received] { received += sleeper.readAll(); });
    received += sleeper.readAll();
    QTRY_VERIFY_WITH_TIMEOUT(sleeper.state() == QAbstractSocket::UnconnectedState, 30000);
    received += sleeper.readAll();
    const QList<QByteArray> lines = received.trimmed().split('\n');
    QVERIFY2(lines.size() > 10, "it got its backlog first");
    QVERIFY2(lines.constLast().startsWith("!!! You stopped reading"),
             lines.constLast().left(80).constData());
}

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
