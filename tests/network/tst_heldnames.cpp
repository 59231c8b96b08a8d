// tst_heldnames — a dropped person's name stays theirs (issue #10, item 3):
// a Salon client proves itself with the member token its welcome gave, not
// with its name; while the name is held, nobody else gets it or one that
// looks like it; a client whose old connection is not yet known to be dead
// gets in at once; a name lost anyway is said, with another one offered,
// instead of "Reconnecting…" for ever; a goodbye or a kick frees it.

#include "cableproxy.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestHeldNames : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void aDroppedNameIsHeldForItsOwner_data();
    void aDroppedNameIsHeldForItsOwner();
    void anOldConnectionIsReplacedAtOnce();
    void aLostNameIsSaidAndAnotherOffered();
    void aGoodbyeOrAKickFreesTheName_data();
    void aGoodbyeOrAKickFreesTheName();
    void aNameLikeSomeoneHereIsRefused_data();
    void aNameLikeSomeoneHereIsRefused();
    void onlySalonClientsGetATokenAndOnlyTheirs();

private:
    quint16 start(int serverHeartbeatMs, int holdMs = 60 * 1000);
    std::unique_ptr<SalonPeer> through(CableProxy &cable, const QString &nick);

    std::unique_ptr<ChatServer> m_server;
};

namespace {
// A hand-written Salon client: says hello, keeps the frames it gets.
class WirePeer : public TextPeer
{
public:
    WirePeer(quint16 port, const QString &nick, const QString &token = {}) : TextPeer(port)
    {
        QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                          {QStringLiteral("nick"), nick}};
        if (!token.isEmpty())
            hello.insert(QStringLiteral("token"), token);
        send(QJsonDocument(hello).toJson(QJsonDocument::Compact) + '\n');
    }
    // The last frame of `type`, or nothing yet.
    QJsonObject last(const QString &type) const
    {
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            const QJsonObject frame = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
            if (frame.value(QLatin1String("type")).toString() == type)
                return frame;
        }
        return {};
    }
    QString refusal() const
    {
        return last(QStringLiteral("nick-refused")).value(QLatin1String("code")).toString();
    }
    bool welcomed() const { return !last(QStringLiteral("welcome")).isEmpty(); }
};
} // namespace

void TestHeldNames::cleanup()
{
    m_server.reset();
}

quint16 TestHeldNames::start(int serverHeartbeatMs, int holdMs)
{
    m_server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.heartbeatIntervalMs = serverHeartbeatMs / 3;
    limits.heartbeatTimeoutMs = serverHeartbeatMs;
    limits.nameHoldMs = holdMs;
    m_server->setLimits(limits);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

std::unique_ptr<SalonPeer> TestHeldNames::through(CableProxy &cable, const QString &nick)
{
    auto peer = std::make_unique<SalonPeer>(cable.port(), nick);
    peer->client.setHeartbeat(200, 600);
    peer->client.setReconnectDelays(50, 200);
    return peer;
}

void TestHeldNames::aDroppedNameIsHeldForItsOwner_data()
{
    QTest::addColumn<QString>("taker");
    QTest::newRow("the same name") << QStringLiteral("Alicia");
    QTest::newRow("another case") << QStringLiteral("alicia");
    QTest::newRow("a Cyrillic a") << QStringLiteral("Alici\u0430");
}

void TestHeldNames::aDroppedNameIsHeldForItsOwner()
{
    QFETCH(QString, taker);
    const quint16 port = start(600);
    CableProxy cable(port);
    auto alicia = through(cable, QStringLiteral("Alicia"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alicia->inRoom() && bob.inRoom());

    cable.setPulled(true);
    QTRY_VERIFY(bob.left.contains(QStringLiteral("Alicia"))); // the server noticed
    WirePeer thief(port, taker);
    QTRY_COMPARE(thief.refusal(), QStringLiteral("held"));
    QVERIFY(!thief.welcomed());

    cable.setPulled(false);
    QTRY_VERIFY_WITH_TIMEOUT(alicia->inRoom(), 10000);
    QCOMPARE(alicia->client.nick(), QStringLiteral("Alicia"));
    QTRY_VERIFY(bob.client.people().contains(QStringLiteral("Alicia")));
}

void TestHeldNames::anOldConnectionIsReplacedAtOnce()
{
    // The server would notice the pulled cable only after 45 s.
    const quint16 port = start(45 * 1000);
    CableProxy cable(port);
    auto alice = through(cable, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice->inRoom() && bob.inRoom());

    cable.setPulled(true);
    QTRY_COMPARE(alice->client.state(), ChatClient::State::Reconnecting);
    QCOMPARE(m_server->participants().size(), 2); // still there, for the server
    cable.setPulled(false);
    QTRY_VERIFY(alice->inRoom());
    QTRY_COMPARE(m_server->participants().size(), 2);
    QStringList names;
    for (const Participant &participant : m_server->participants())
        names.append(participant.nick);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    alice->client.sendMessage(QStringLiteral("back"));
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: back")));
}

void TestHeldNames::aLostNameIsSaidAndAnotherOffered()
{
    const quint16 port = start(600, 200); // a name is kept 0.2 s only
    CableProxy cable(port);
    auto alice = through(cable, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice->inRoom() && bob.inRoom());
    QSignalSpy lost(&alice->client, &ChatClient::nameLost);

    cable.setPulled(true);
    QTRY_VERIFY(bob.left.contains(QStringLiteral("alice")));
    QCOMPARE(m_server->heldNames(), 1);
    QTRY_COMPARE(m_server->heldNames(), 0); // the hold ran out: the name is anyone's
    WirePeer thief(port, QStringLiteral("alice"));
    QTRY_VERIFY(thief.welcomed());

    cable.setPulled(false);
    QTRY_COMPARE(lost.size(), 1);
    QCOMPARE(lost.first().at(0).toString(), QStringLiteral("alice"));
    QCOMPARE(lost.first().at(1).toString(), QStringLiteral("alice2"));
    QCOMPARE(alice->client.state(), ChatClient::State::Disconnected);
    QVERIFY2(alice->errors.join(u'\n').contains(QLatin1String("was taken")),
             qPrintable(alice->errors.join(u'\n')));
    // No more tries by themselves.
    QSignalSpy states(&alice->client, &ChatClient::stateChanged);
    QVERIFY(!states.wait(400));
}

void TestHeldNames::aGoodbyeOrAKickFreesTheName_data()
{
    QTest::addColumn<bool>("kicked");
    QTest::newRow("goodbye") << false;
    QTest::newRow("kick") << true;
}

void TestHeldNames::aGoodbyeOrAKickFreesTheName()
{
    QFETCH(bool, kicked);
    const quint16 port = start(45 * 1000);
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    if (kicked)
        m_server->disconnectClient(m_server->participants().first().id, QStringLiteral("rude"));
    else
        alice.client.disconnectFromServer();
    QTRY_VERIFY(m_server->participants().isEmpty());
    WirePeer next(port, QStringLiteral("alice"));
    QTRY_VERIFY(next.welcomed());
}

void TestHeldNames::aNameLikeSomeoneHereIsRefused_data()
{
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("reason");
    QTest::newRow("case") << QStringLiteral("ALICE") << QStringLiteral("already taken");
    QTest::newRow("capital i") << QStringLiteral("AIice") << QStringLiteral("looks too much like");
    QTest::newRow("Cyrillic es") << QStringLiteral("ali\u0441e")
                                 << QStringLiteral("looks too much like");
}

void TestHeldNames::aNameLikeSomeoneHereIsRefused()
{
    QFETCH(QString, nick);
    QFETCH(QString, reason);
    const quint16 port = start(45 * 1000);
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    WirePeer other(port, nick);
    QTRY_COMPARE(other.refusal(), QStringLiteral("taken"));
    const QString text =
        other.last(QStringLiteral("nick-refused")).value(QLatin1String("reason")).toString();
    QVERIFY2(text.contains(reason), qPrintable(text));
}

void TestHeldNames::onlySalonClientsGetATokenAndOnlyTheirs()
{
    const quint16 port = start(600);
    CableProxy cable(port);
    WirePeer alice(cable.port(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.welcomed());
    const QString token =
        alice.last(QStringLiteral("welcome")).value(QLatin1String("token")).toString();
    QCOMPARE(token.size(), 32);
    TextPeer text(port);
    text.send("hello from nc\n");
    QTRY_VERIFY(text.receivedStartingWith(QStringLiteral("guest-")));
    QVERIFY(!text.lines.join(u'\n').contains(token));

    cable.setPulled(true); // alice drops; her name is held
    QTRY_COMPARE(m_server->participants().size(), 1);
    QString forged = token;
    forged[0] = forged.at(0) == u'0' ? u'1' : u'0';
    WirePeer forger(port, QStringLiteral("alice"), forged);
    QTRY_COMPARE(forger.refusal(), QStringLiteral("held"));
    WirePeer owner(port, QStringLiteral("alice"), token);
    QTRY_VERIFY(owner.welcomed());
    QCOMPARE(owner.last(QStringLiteral("welcome")).value(QLatin1String("token")).toString(), token);
}

QTEST_GUILESS_MAIN(TestHeldNames)
#include "tst_heldnames.moc"
