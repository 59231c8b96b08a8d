// tst_nothinglost — nothing the room says after a connection is accepted is
// lost to it, however long it takes to come in (issue #10, item 1); past
// what the server keeps, it is told, never shorted silently.

#include "server/chatserver.h"
#include "testpeers.h"

#include <QTest>

class TestNothingLost : public QObject
{
    Q_OBJECT
private slots:
    void silentTextClientsGetEverythingSaidWhileTheyCameIn();
    void pastTheBoundANewcomerIsToldAndLeft();
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

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
