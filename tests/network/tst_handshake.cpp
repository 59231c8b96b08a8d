// tst_handshake — a new connection on the room's port: the server listens a
// moment before it speaks, finds out what the peer speaks from its first
// bytes (peeked, never taken: the session reads them all), and shows the
// whole exchange once in the wire inspector.

#include "base/protocol.h"
#include "base/wiretap.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTest>

class TestHandshake : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void silenceGetsTheBanner();
    void aHelloBeforeTheBannerIsASalonClient();
    void aLineBeforeTheBannerIsATextClient();
    void aPeerThatLeavesAtOnceIsForgotten();
    void theInspectorShowsEachConnectionOnce();

private:
    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestHandshake::init()
{
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestHandshake::cleanup()
{
    m_server.reset();
}

void TestHandshake::silenceGetsTheBanner()
{
    TextPeer listener(m_port);
    QTRY_VERIFY(listener.receivedStartingWith(QLatin1String(Protocol::BannerPrefix)));
    QVERIFY(listener.lines.constFirst().startsWith(QLatin1String(Protocol::BannerPrefix)));
    // Nothing said yet: connected, not yet in the room.
    QCOMPARE(m_server->participants().size(), 0);
}

void TestHandshake::aHelloBeforeTheBannerIsASalonClient()
{
    TextPeer robot(m_port);
    // Sent with the connection, before the server has said anything.
    robot.send("{\"type\":\"hello\",\"nick\":\"robot\"}\n{\"type\":\"say\",\"text\":\"vite\"}\n");
    QTRY_COMPARE(m_server->participants().size(), 1);
    QCOMPARE(m_server->participants().constFirst().nick, QStringLiteral("robot"));
    QCOMPARE(m_server->participants().constFirst().kind, Participant::Kind::Salon);
    // The banner still comes first, then the welcome, then the message.
    QTRY_VERIFY(robot.lines.join(u'\n').contains(QLatin1String("\"text\":\"vite\"")));
    QVERIFY(robot.lines.constFirst().startsWith(QLatin1String(Protocol::BannerPrefix)));
    QVERIFY(robot.lines.at(1).contains(QLatin1String("\"type\":\"welcome\"")));
}

void TestHandshake::aLineBeforeTheBannerIsATextClient()
{
    TextPeer script(m_port);
    script.send("bonjour\n");
    QTRY_VERIFY(script.received(QStringLiteral("guest-1: bonjour")));
    QVERIFY(script.lines.constFirst().startsWith(QLatin1String(Protocol::BannerPrefix)));
    QCOMPARE(m_server->participants().constFirst().kind, Participant::Kind::Text);
}

void TestHandshake::aPeerThatLeavesAtOnceIsForgotten()
{
    {
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(connected.count() || connected.wait());
        socket.abort();
    }
    // The room still works, and nobody is left half in.
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QCOMPARE(m_server->participants().size(), 1);
}

void TestHandshake::theInspectorShowsEachConnectionOnce()
{
    WireTap tap;
    struct Row
    {
        quint64 connection;
        QString what;
    };
    QList<Row> rows;
    connect(&tap, &WireTap::stateChanged, this,
            [&rows](quint64 connection, const QString &, QAbstractSocket::SocketState state) {
                rows.append({connection, QStringLiteral("state %1").arg(int(state))});
            });
    connect(&tap, &WireTap::bytesPassed, this,
            [&rows](quint64 connection, const QString &, WireTap::Direction direction,
                    const QByteArray &bytes) {
                rows.append(
                    {connection, (direction == WireTap::Direction::In ? u"in "_qs : u"out "_qs) +
                                     QString::fromUtf8(bytes.left(20))});
            });
    m_server->setWireTap(&tap);
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());

    QStringList seen;
    for (const Row &row : std::as_const(rows))
        seen.append(row.what);
    const QString connected = QStringLiteral("state %1").arg(int(QAbstractSocket::ConnectedState));
    QCOMPARE(seen.count(connected), 1);
    const qsizetype banner = seen.indexOf(
        QStringLiteral("out ") +
        QString::fromUtf8(QByteArray(Protocol::BannerPrefix) + "Welcome to S").left(20));
    qsizetype hello = -1;
    qsizetype welcome = -1;
    for (qsizetype i = 0; i < seen.size(); ++i) {
        if (hello < 0 && seen.at(i).startsWith(QLatin1String("in {")))
            hello = i;
        if (welcome < 0 && seen.at(i).startsWith(QLatin1String("out {")))
            welcome = i;
    }
    QVERIFY2(seen.indexOf(connected) < banner && banner < hello && hello < welcome,
             qPrintable(seen.join(u" | ")));
}

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
