// tst_protocolquirks — what a hostile student tried on the wire (issue #10,
// item 8): an unknown protocol version, a hello that is not valid JSON, a
// message of emoji at the limit, a huge ping id.

#include "base/protocol.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QTest>

class TestProtocolQuirks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anUnknownVersionIsSaidSo();
    void aBrokenHelloIsAnsweredNotPosted();
    void emojiCountAsOneCharacterEach();
    void aHugePingIdIsNotEchoed();

private:
    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestProtocolQuirks::init()
{
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestProtocolQuirks::cleanup()
{
    m_server.reset();
}

void TestProtocolQuirks::anUnknownVersionIsSaidSo()
{
    TextPeer future(m_port);
    future.send("{\"type\":\"hello\",\"version\":2,\"nick\":\"robot\"}\n");
    QTRY_VERIFY(future.lines.join(u'\n').contains(QLatin1String("unsupported-version")));
    QVERIFY(future.lines.join(u'\n').contains(QLatin1String("version 1")));
    QCOMPARE(m_server->participants().size(), 0);
}

void TestProtocolQuirks::aBrokenHelloIsAnsweredNotPosted()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer robot(m_port);
    robot.send("{\"type\":\"hello\",\"nick\":\"robot\",\"version\":1e400}\n");
    QTRY_VERIFY(robot.lines.join(u'\n').contains(QLatin1String("\"malformed\"")));
    // Nobody joined, and nothing of it reached the room.
    QCOMPARE(m_server->participants().size(), 1);
    alice.client.sendMessage(QStringLiteral("marker"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("alice: marker")));
    QCOMPARE(alice.messages, QStringList{QStringLiteral("alice: marker")});
}

void TestProtocolQuirks::emojiCountAsOneCharacterEach()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QString thumbs;
    for (int i = 0; i < Protocol::MaxMessageChars; ++i)
        thumbs += QStringLiteral("👍"); // 8,000 UTF-16 units, 4,000 characters
    alice.client.sendMessage(thumbs);
    QTRY_COMPARE(alice.messages.size(), 1);
    QVERIFY(alice.errors.isEmpty());
    TextPeer nc(m_port);
    nc.send("/nick zoe\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** guest-1 is now known as zoe")));
    nc.send(QString(thumbs + QStringLiteral("👍")).toUtf8() + '\n');
    QTRY_VERIFY(nc.received(QStringLiteral("!!! Your message has 4001 characters; the most is "
                                           "4000. It was not sent.")));
}

void TestProtocolQuirks::aHugePingIdIsNotEchoed()
{
    TextPeer robot(m_port);
    robot.send("{\"type\":\"hello\",\"nick\":\"robot\"}\n");
    QTRY_VERIFY(robot.lines.join(u'\n').contains(QLatin1String("\"welcome\"")));
    robot.send("{\"type\":\"ping\",\"id\":\"" + QByteArray(50 * 1024, 'x') + "\"}\n");
    robot.send("{\"type\":\"ping\",\"id\":3}\n");
    QTRY_VERIFY(robot.received(QStringLiteral("{\"id\":3,\"type\":\"pong\"}")));
    for (const QString &line : std::as_const(robot.lines))
        QVERIFY2(line.size() < 1024, "no line as big as the id came back");
    QVERIFY(robot.received(QStringLiteral("{\"type\":\"pong\"}")));
}

QTEST_GUILESS_MAIN(TestProtocolQuirks)
#include "tst_protocolquirks.moc"
