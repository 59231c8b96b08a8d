// The server with real sockets on loopback: Salon clients and text clients
// (what nc, telnet and the tutorial's client send) in one room.

#include "server/chatserver.h"
#include "server/serverlimits.h"
#include "testpeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestChatServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aClassArrivingAtOnceSeesOneRoom_data();
    void aClassArrivingAtOnceSeesOneRoom();
    void aCrowdWaitingItsTurnLosesNothing();

    void salonClientsChatInOrder();
    void textClientGetsBannerAndGuestNick();
    void salonAndTextClientsShareTheRoom();
    void newlineLessChunkIsOneMessage();
    void lineEndings_data();
    void lineEndings();
    void invalidUtf8IsKeptAsLatin1();
    void nickCollisionIsRefused_data();
    void nickCollisionIsRefused();
    void textNickCommand();
    void quitEndsOnlyThatConnection_data();
    void quitEndsOnlyThatConnection();
    void lastBytesBeforeCloseStillCount();
    void privateMessagesReachOnlyTheTwo();
    void privateMessageToNobodyIsAnError();
    void whoAndHelpForTextClients();
    void unexpectedDisconnectIsSeenByOthers();
    void silentTextClientJoinsAfterTheHandshakeWait();
    void messagesSaidWhileJoiningAreNotLost();
    void overlongTextLineIsRejectedAndTheConnectionKept();
    void malformedSalonFrameGetsAnError();
    void oversizeSalonFrameClosesWithAReason();
    void tooLongMessageIsRefused();
    void announcementReachesEveryone();
    void serverCanRemoveAClient();
    void stopSaysGoodbyeToEveryone();
    void portInUseIsExplained();

private:
    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestChatServer::init()
{
    m_server = std::make_unique<ChatServer>();
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    m_port = m_server->serverPort();
}

void TestChatServer::cleanup()
{
    m_server.reset();
}

namespace {
// The Salon frames a raw peer received after the banner.
QList<QJsonObject> framesOf(const TextPeer &peer)
{
    QList<QJsonObject> frames;
    for (const QString &line : peer.lines) {
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8());
        if (document.isObject())
            frames.append(document.object());
    }
    return frames;
}

// Who the joined frames name, in order: one each, or many in a crowd's.
QStringList joinedIn(const QList<QJsonObject> &frames)
{
    QStringList names;
    for (const QJsonObject &frame : frames) {
        if (frame.value(QLatin1String("type")).toString() != QLatin1String("joined"))
            continue;
        if (frame.contains(QLatin1String("nicks"))) {
            for (const QJsonValue &nick : frame.value(QLatin1String("nicks")).toArray())
                names.append(nick.toString());
        } else {
            names.append(frame.value(QLatin1String("nick")).toString());
        }
    }
    return names;
}
} // namespace

void TestChatServer::aClassArrivingAtOnceSeesOneRoom_data()
{
    QTest::addColumn<int>("admitPerPass");
    QTest::newRow("let in together") << ServerLimits().admitPerPass;
    // A school is let in a few hundred per pass: the same room, told the same.
    QTest::newRow("let in three per pass") << 3;
}

void TestChatServer::aClassArrivingAtOnceSeesOneRoom()
{
    QFETCH(int, admitPerPass);
    ServerLimits limits = m_server->limits();
    limits.admitPerPass = admitPerPass;
    m_server->setLimits(limits);
    // Arrivals are announced together (one broadcast for everyone who came
    // in one pass of the server's loop), and each newcomer's list is made
    // once for them all: nobody may miss a name, or hear of one twice.
    // The member reads a crowd's frames (as Salon's own client does); the
    // pupils are Salon 1.0 clients, told one frame per name.
    TextPeer member(m_port);
    member.send("{\"type\":\"hello\",\"nick\":\"ada\",\"features\":[\"crowd\"]}\n");
    QTRY_VERIFY(member.lines.join(u'\n').contains(QLatin1String("\"type\":\"welcome\"")));
    QCOMPARE(framesOf(member).first().value(QLatin1String("features")).toArray(),
             QJsonArray{QStringLiteral("crowd")});
    constexpr int ClassSize = 30;
    QStringList everyone{QStringLiteral("ada")};
    std::vector<std::unique_ptr<TextPeer>> pupils;
    for (int i = 1; i <= ClassSize; ++i) {
        const QString nick = QStringLiteral("pupil%1").arg(i);
        everyone.append(nick);
        pupils.push_back(std::make_unique<TextPeer>(m_port));
        // With the connection: they come in as fast as the server reads.
        pupils.back()->send("{\"type\":\"hello\",\"nick\":\"" + nick.toUtf8() + "\"}\n");
    }
    QTRY_COMPARE(joinedIn(framesOf(member)).size(), ClassSize);
    QCOMPARE(joinedIn(framesOf(member)), everyone.mid(1)); // each once, in order

    for (int i = 0; i < ClassSize; ++i) {
        TextPeer &pupil = *pupils.at(size_t(i));
        const QString nick = everyone.at(i + 1);
        // Its welcome, then who is here, then who came after.
        QTRY_VERIFY(framesOf(pupil).size() >= 2);
        const QList<QJsonObject> frames = framesOf(pupil);
        QCOMPARE(frames.at(0).value(QLatin1String("type")).toString(), QStringLiteral("welcome"));
        QCOMPARE(frames.at(0).value(QLatin1String("nick")).toString(), nick);
        QVERIFY(!frames.at(0).contains(QLatin1String("features")));
        QCOMPARE(frames.at(1).value(QLatin1String("type")).toString(), QStringLiteral("users"));
        QStringList known;
        for (const QJsonValue &user : frames.at(1).value(QLatin1String("users")).toArray())
            known.append(user.toString());
        QVERIFY2(known.contains(nick) && known.contains(QStringLiteral("ada")),
                 qPrintable(known.join(u',')));
        // Everyone after it in the list arrives as "joined", once each.
        const qsizetype seen = known.size();
        QTRY_COMPARE(known.size() + joinedIn(framesOf(pupil)).size(), everyone.size());
        QCOMPARE(known, everyone.first(seen));
        QCOMPARE(joinedIn(framesOf(pupil)), everyone.mid(seen));
        for (const QJsonObject &frame : framesOf(pupil))
            QVERIFY(!frame.contains(QLatin1String("nicks")) &&
                    !frame.contains(QLatin1String("more")));
    }
}

void TestChatServer::aCrowdWaitingItsTurnLosesNothing()
{
    // Two per pass: most of them wait their turn. A name taken meanwhile is
    // refused then, as it would have been at once; what one sent right
    // after its hello, or a text client's first line, is read once it is in.
    ServerLimits limits = m_server->limits();
    limits.admitPerPass = 2;
    m_server->setLimits(limits);
    TextPeer member(m_port);
    member.send("{\"type\":\"hello\",\"nick\":\"ada\",\"features\":[\"crowd\"]}\n");
    QTRY_VERIFY(member.lines.join(u'\n').contains(QLatin1String("\"type\":\"welcome\"")));

    std::vector<std::unique_ptr<TextPeer>> crowd;
    const auto hello = [&](const QByteArray &nick, const QByteArray &then = {}) {
        crowd.push_back(std::make_unique<TextPeer>(m_port));
        crowd.back()->send("{\"type\":\"hello\",\"nick\":\"" + nick + "\"}\n" + then);
    };
    for (const QByteArray nick : {"p1", "p2", "twin", "p3", "twin"})
        hello(nick);
    hello("p4", "{\"type\":\"say\",\"text\":\"me voici\"}\n");
    // Enough behind them that those who come next wait several passes.
    for (int i = 0; i < 30; ++i)
        hello("q" + QByteArray::number(i));
    TextPeer talker(m_port);
    talker.send("bonjour\n");
    // Two who say a last word and hang up while they wait (`printf | nc`),
    // one of them with no newline.
    std::vector<std::unique_ptr<TextPeer>> leavers;
    for (const QByteArray &last : {QByteArray("au revoir\n"), QByteArray("à plus")}) {
        leavers.push_back(std::make_unique<TextPeer>(m_port));
        leavers.back()->send(last);
        leavers.back()->socket.disconnectFromHost(); // once connected and written
    }

    QTRY_VERIFY(joinedIn(framesOf(member)).count(QStringLiteral("p4")) == 1);
    QTRY_VERIFY(!joinedIn(framesOf(member)).filter(QStringLiteral("guest-")).isEmpty());
    const QStringList joined = joinedIn(framesOf(member));
    QCOMPARE(joined.count(QStringLiteral("twin")), 1);
    for (const QString &nick : {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")})
        QCOMPARE(joined.count(nick), 1);

    // One twin in, the other told the name is taken (and still connected,
    // free to try another).
    const auto typeOf = [](const TextPeer &peer) {
        const QList<QJsonObject> frames = framesOf(peer);
        return frames.isEmpty() ? QString()
                                : frames.first().value(QLatin1String("type")).toString();
    };
    TextPeer &first = *crowd.at(2);
    TextPeer &second = *crowd.at(4);
    QTRY_VERIFY(!typeOf(first).isEmpty() && !typeOf(second).isEmpty());
    QCOMPARE(QStringList({typeOf(first), typeOf(second)}).count(QStringLiteral("welcome")), 1);
    TextPeer &refused = typeOf(first) == QLatin1String("welcome") ? second : first;
    QCOMPARE(typeOf(refused), QStringLiteral("nick-refused"));
    QCOMPARE(framesOf(refused).first().value(QLatin1String("code")).toString(),
             QStringLiteral("taken"));
    QVERIFY(!refused.closed);

    // Each line once, from its sender, after the sender came in.
    const auto saidOnceAfterJoining = [&](const QString &text, const QString &from) {
        int said = 0;
        qsizetype joinedAt = -1;
        qsizetype saidAt = -1;
        const QList<QJsonObject> frames = framesOf(member);
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const QJsonObject &frame = frames.at(i);
            const QString type = frame.value(QLatin1String("type")).toString();
            if (type == QLatin1String("message") &&
                frame.value(QLatin1String("text")).toString() == text) {
                ++said;
                saidAt = i;
                if (frame.value(QLatin1String("from")).toString() != from)
                    return false;
            }
            if (type == QLatin1String("joined") && joinedIn({frame}).contains(from))
                joinedAt = i;
        }
        return said == 1 && joinedAt >= 0 && joinedAt < saidAt;
    };
    QTRY_VERIFY(member.lines.join(u'\n').contains(QLatin1String("me voici")));
    QVERIFY(saidOnceAfterJoining(QStringLiteral("me voici"), QStringLiteral("p4")));
    // Who said `text`, and where in what the member heard.
    const auto sayer = [&](const QString &text, qsizetype *at) {
        const QList<QJsonObject> frames = framesOf(member);
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const QJsonObject &frame = frames.at(i);
            if (frame.value(QLatin1String("type")).toString() == QLatin1String("message") &&
                frame.value(QLatin1String("text")).toString() == text) {
                *at = i;
                return frame.value(QLatin1String("from")).toString();
            }
        }
        return QString();
    };
    QTRY_VERIFY(member.lines.join(u'\n').contains(QLatin1String("bonjour")));
    qsizetype saidAt = -1;
    const QString guest = sayer(QStringLiteral("bonjour"), &saidAt);
    QVERIFY(guest.startsWith(QLatin1String("guest-")));
    QVERIFY(saidOnceAfterJoining(QStringLiteral("bonjour"), guest));

    // The last words are heard, each once, between their sender's arrival
    // and its leaving.
    for (const QString &last : {QStringLiteral("au revoir"), QStringLiteral("à plus")}) {
        QTRY_VERIFY2(member.lines.join(u'\n').contains(last), qPrintable(last));
        qsizetype leftAt = -1;
        const QString from = sayer(last, &saidAt);
        QVERIFY(from.startsWith(QLatin1String("guest-")));
        QVERIFY(from != guest);
        QVERIFY(saidOnceAfterJoining(last, from));
        const auto findLeaving = [&] {
            const QList<QJsonObject> frames = framesOf(member);
            for (qsizetype i = 0; i < frames.size(); ++i) {
                if (frames.at(i).value(QLatin1String("type")).toString() == QLatin1String("left") &&
                    frames.at(i).value(QLatin1String("nick")).toString() == from)
                    leftAt = i;
            }
            return leftAt >= 0;
        };
        QTRY_VERIFY(findLeaving());
        QVERIFY(saidAt < leftAt);
    }
}

void TestChatServer::salonClientsChatInOrder()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QTRY_COMPARE(alice.client.people().size(), 2);

    QStringList expected;
    for (int i = 0; i < 50; ++i) {
        SalonPeer &sender = i % 2 ? bob : alice;
        sender.client.sendMessage(QStringLiteral("message %1 été").arg(i));
        expected.append(QStringLiteral("%1: message %2 été")
                            .arg(QLatin1String(i % 2 ? "bob" : "alice"))
                            .arg(i));
    }
    // Everyone, the sender included, sees every message in one shared order.
    QTRY_COMPARE(alice.messages.size(), 50);
    QTRY_COMPARE(bob.messages.size(), 50);
    QCOMPARE(alice.messages, bob.messages);
    QStringList sorted = alice.messages;
    std::sort(sorted.begin(), sorted.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sorted, expected);
    // One sender's messages keep their order.
    QStringList fromAlice;
    for (const QString &line : std::as_const(alice.messages)) {
        if (line.startsWith(QLatin1String("alice:")))
            fromAlice.append(line);
    }
    for (int i = 0; i < fromAlice.size(); ++i)
        QCOMPARE(fromAlice.at(i), QStringLiteral("alice: message %1 été").arg(i * 2));
}

void TestChatServer::textClientGetsBannerAndGuestNick()
{
    QSignalSpy joined(m_server.get(), &ChatServer::clientJoined);
    TextPeer peer(m_port);
    QTRY_VERIFY(!peer.lines.isEmpty());
    QVERIFY2(peer.lines.first().startsWith(QLatin1String("SALON/1 ")),
             qPrintable(peer.lines.first()));
    QVERIFY(peer.lines.first().contains(QLatin1String("/nick")));
    QVERIFY(peer.lines.first().contains(QLatin1String("fin")));

    peer.send("hello\n");
    QTRY_VERIFY(peer.received(QStringLiteral("guest-1: hello")));
    QCOMPARE(joined.size(), 1);
    const auto participant = joined.first().first().value<Participant>();
    QCOMPARE(participant.nick, QStringLiteral("guest-1"));
    QCOMPARE(participant.kind, Participant::Kind::Text);
    QCOMPARE(participant.endpoint(), QStringLiteral("127.0.0.1:%1").arg(peer.socket.localPort()));
}

void TestChatServer::salonAndTextClientsShareTheRoom()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer nc(m_port);
    nc.send("salut, c'est nc\n");
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: salut, c'est nc")));
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("guest-1")));

    alice.client.sendMessage(QStringLiteral("bienvenue, ça va ?"));
    QTRY_VERIFY(nc.received(QStringLiteral("alice: bienvenue, ça va ?")));
    QVERIFY(nc.received(QStringLiteral("guest-1: salut, c'est nc")));
}

void TestChatServer::newlineLessChunkIsOneMessage()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    // The tutorial's client: input() sent as is, no newline, then it waits.
    TextPeer tutorial(m_port);
    QTRY_VERIFY(!tutorial.lines.isEmpty());
    tutorial.send("bonjour");
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: bonjour")));
    QTRY_VERIFY(tutorial.received(QStringLiteral("guest-1: bonjour")));
    tutorial.send("deuxième");
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: deuxième")));
    QCOMPARE(alice.messages.size(), 2);
}

void TestChatServer::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("LF") << QByteArray("un\ndeux\n")
                        << QStringList{QStringLiteral("un"), QStringLiteral("deux")};
    QTest::newRow("CRLF (telnet)") << QByteArray("un\r\ndeux\r\n")
                                   << QStringList{QStringLiteral("un"), QStringLiteral("deux")};
    QTest::newRow("blank lines are skipped")
        << QByteArray("\n\r\nun\n  \n") << QStringList{QStringLiteral("un")};
    QTest::newRow("leading spaces kept")
        << QByteArray("  indenté\n") << QStringList{QStringLiteral("  indenté")};
}

void TestChatServer::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer peer(m_port);
    peer.send(bytes + "end\n");
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: end")));
    QStringList got = alice.messages;
    got.removeLast();
    for (QString &line : got)
        line.remove(0, QStringLiteral("guest-1: ").size());
    QCOMPARE(got, expected);
}

void TestChatServer::invalidUtf8IsKeptAsLatin1()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer windows(m_port);
    windows.send("\xe9t\xe9 \xe0 la plage\n"); // Latin-1, as the tutorial suggests on Windows
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: été à la plage")));
    windows.send(QByteArray("\xff\xfe\x00\x01 binaire\n", 13));
    QTRY_COMPARE(alice.messages.size(), 2);
    // Kept, not dropped: Latin-1 for the bytes, control characters removed.
    QCOMPARE(alice.messages.last(), QStringLiteral("guest-1: ÿþ binaire"));
}

void TestChatServer::nickCollisionIsRefused_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("alice");
    QTest::newRow("other case") << QStringLiteral("ALICE");
}

void TestChatServer::nickCollisionIsRefused()
{
    QFETCH(QString, second);
    SalonPeer first(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(first.inRoom());
    SalonPeer copy(m_port, second);
    QTRY_COMPARE(copy.disconnections.size(), 1);
    QVERIFY(!copy.errors.isEmpty());
    QVERIFY2(copy.errors.first().contains(QLatin1String("already taken")),
             qPrintable(copy.errors.first()));
    QVERIFY(first.inRoom());
    QCOMPARE(m_server->participants().size(), 1);
}

void TestChatServer::textNickCommand()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer peer(m_port);
    peer.send("/nick Zoé\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("Zoé")));
    QTRY_VERIFY(peer.receivedStartingWith(QStringLiteral("*** guest-1 is now known as Zoé")));
    peer.send("/nick ALICE\n");
    QTRY_VERIFY(
        peer.receivedStartingWith(QStringLiteral("!!! The nickname \"ALICE\" is already taken")));
    peer.send("/nick a b\n");
    QTRY_VERIFY(peer.receivedStartingWith(QStringLiteral("!!! A nickname may hold only")));
    peer.send("coucou\n");
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("Zoé: coucou")));
}

void TestChatServer::quitEndsOnlyThatConnection_data()
{
    QTest::addColumn<QByteArray>("quit");
    QTest::newRow("fin") << QByteArray("fin\n");
    QTest::newRow("fin CRLF") << QByteArray("fin\r\n");
    QTest::newRow("fin without newline") << QByteArray("fin");
    QTest::newRow("/quit") << QByteArray("/quit\n");
}

void TestChatServer::quitEndsOnlyThatConnection()
{
    QFETCH(QByteArray, quit);
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer leaving(m_port);
    TextPeer staying(m_port);
    leaving.send("bye all\n");
    staying.send("still here\n");
    QTRY_COMPARE(alice.messages.size(), 2);

    leaving.send(quit);
    QTRY_VERIFY(leaving.closed);
    QVERIFY2(leaving.lines.last().contains(QLatin1String("Goodbye")),
             qPrintable(leaving.lines.last()));
    QTRY_COMPARE(alice.left.size(), 1);
    QVERIFY(m_server->isListening());
    QTRY_COMPARE(m_server->participants().size(), 2);

    staying.send("et maintenant ?\n");
    QTRY_VERIFY(alice.messages.last().endsWith(QLatin1String(": et maintenant ?")));
    QVERIFY(!staying.closed);
}

void TestChatServer::lastBytesBeforeCloseStillCount()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    // `printf 'au revoir' | nc HOST PORT`: the bytes, then the close, at once.
    TextPeer quick(m_port);
    QTRY_VERIFY(quick.socket.state() == QAbstractSocket::ConnectedState);
    quick.send("au revoir");
    quick.socket.disconnectFromHost();
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: au revoir")));
    QTRY_COMPARE(alice.left.size(), 1);
}

void TestChatServer::privateMessagesReachOnlyTheTwo()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    TextPeer carol(m_port);
    carol.send("/nick carol\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("carol")));

    alice.client.sendPrivateMessage(QStringLiteral("Bob"), QStringLiteral("psst"));
    carol.send("/msg alice secret de carol\n");
    QTRY_VERIFY(bob.privates.contains(QStringLiteral("alice: psst")));
    QTRY_VERIFY(alice.privates.contains(QStringLiteral("carol: secret de carol")));
    QTRY_VERIFY(alice.privates.contains(QStringLiteral("alice: psst")));
    QTRY_VERIFY(carol.received(QStringLiteral("[private] carol -> alice: secret de carol")));

    // A public message afterwards proves the private ones had their chance to arrive.
    alice.client.sendMessage(QStringLiteral("public"));
    QTRY_VERIFY(carol.received(QStringLiteral("alice: public")));
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: public")));
    QVERIFY(!carol.receivedStartingWith(QStringLiteral("[private] alice")));
    QVERIFY(!bob.privates.contains(QStringLiteral("carol: secret de carol")));
    QVERIFY(alice.messages == QStringList{QStringLiteral("alice: public")});
}

void TestChatServer::privateMessageToNobodyIsAnError()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    alice.client.sendPrivateMessage(QStringLiteral("ghost"), QStringLiteral("hello?"));
    QTRY_COMPARE(alice.errors.size(), 1);
    QVERIFY(alice.errors.first().contains(QLatin1String("ghost")));
}

void TestChatServer::whoAndHelpForTextClients()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer peer(m_port);
    peer.send("/who\n");
    QTRY_VERIFY(peer.received(QStringLiteral("*** In the room (2): alice, guest-1")));
    peer.send("/help\n");
    QTRY_VERIFY(peer.receivedStartingWith(QStringLiteral("  /msg NAME text")));
    QVERIFY(peer.receivedStartingWith(QStringLiteral("  fin or /quit")));
    peer.send("/dance\n");
    QTRY_VERIFY(
        peer.receivedStartingWith(QStringLiteral("!!! Unknown command /dance: it was not sent. "
                                                 "The commands: /msg NAME text")));
    peer.send("/mgs alice my password is 1234\n");
    QTRY_COMPARE(peer.lines.filter(QStringLiteral("!!! Unknown command")).size(), 2);
    QCOMPARE(alice.messages.size(), 0); // commands are not chat, mistyped ones neither
    peer.send("//shrug\n");
    QTRY_COMPARE(alice.messages, QStringList{QStringLiteral("guest-1: /shrug")});
}

void TestChatServer::unexpectedDisconnectIsSeenByOthers()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    auto bob = std::make_unique<SalonPeer>(m_port, QStringLiteral("bob"));
    TextPeer nc(m_port);
    nc.send("hi\n");
    QTRY_VERIFY(alice.inRoom() && bob->inRoom());
    QTRY_COMPARE(alice.client.people().size(), 3);

    bob.reset(); // killed: the socket goes without a goodbye
    QTRY_COMPARE(alice.left, QStringList{QStringLiteral("bob")});
    QTRY_VERIFY(nc.received(QStringLiteral("*** bob left the room (connection closed)")));

    alice.client.sendMessage(QStringLiteral("toujours là"));
    QTRY_VERIFY(nc.received(QStringLiteral("alice: toujours là")));
    QCOMPARE(m_server->participants().size(), 2);
}

void TestChatServer::silentTextClientJoinsAfterTheHandshakeWait()
{
    m_server->setIdentifyTimeout(50);
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer listener(m_port); // `nc HOST PORT`, reading only
    QTRY_VERIFY(listener.receivedStartingWith(QStringLiteral("*** You are guest-1")));
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("guest-1")));
    alice.client.sendMessage(QStringLiteral("tu m'entends ?"));
    QTRY_VERIFY(listener.received(QStringLiteral("alice: tu m'entends ?")));
}

void TestChatServer::messagesSaidWhileJoiningAreNotLost()
{
    m_server->setIdentifyTimeout(60 * 1000);
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer late(m_port);
    QTRY_VERIFY(!late.lines.isEmpty()); // the banner: connected, not yet in the room
    alice.client.sendMessage(QStringLiteral("first"));
    alice.client.sendMessage(QStringLiteral("second"));
    QTRY_COMPARE(alice.messages.size(), 2);
    late.send("me too\n");
    QTRY_VERIFY(late.received(QStringLiteral("guest-1: me too")));
    const qsizetype first = late.lines.indexOf(QStringLiteral("alice: first"));
    const qsizetype second = late.lines.indexOf(QStringLiteral("alice: second"));
    const qsizetype own = late.lines.indexOf(QStringLiteral("guest-1: me too"));
    QVERIFY2(first > 0 && first < second && second < own, qPrintable(late.lines.join(u'|')));
}

void TestChatServer::overlongTextLineIsRejectedAndTheConnectionKept()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer peer(m_port);
    peer.send("hello\n");
    QTRY_COMPARE(alice.messages.size(), 1);
    peer.send(QByteArray(100 * 1024, 'x') + "\nafter\n");
    QTRY_VERIFY(peer.receivedStartingWith(QStringLiteral("!!! Your line was longer than 16 KiB")));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: after")));
    QCOMPARE(alice.messages.size(), 2);
}

void TestChatServer::malformedSalonFrameGetsAnError()
{
    TextPeer raw(m_port);
    raw.send("{\"type\":\"hello\",\"nick\":\"robot\"}\n");
    QTRY_VERIFY(raw.receivedStartingWith(QStringLiteral("{\"nick\":\"robot\",")));
    raw.send("{broken\n");
    QTRY_VERIFY(raw.receivedStartingWith(QStringLiteral("{\"code\":\"malformed\"")));
    raw.send("{\"type\":\"say\",\"text\":\"still fine\"}\n");
    QTRY_VERIFY(raw.receivedStartingWith(QStringLiteral("{\"from\":\"robot\"")));
}

void TestChatServer::oversizeSalonFrameClosesWithAReason()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer robot(m_port);
    robot.send("{\"type\":\"hello\",\"nick\":\"robot\"}\n");
    QTRY_VERIFY(alice.client.people().contains(QStringLiteral("robot")));
    robot.send("{\"type\":\"say\",\"text\":\"" + QByteArray(70 * 1024, 'x'));
    QTRY_VERIFY(robot.closed);
    QVERIFY(robot.receivedStartingWith(QStringLiteral("{\"code\":\"frame-too-long\"")));
    QTRY_COMPARE(alice.left, QStringList{QStringLiteral("robot")});
    QVERIFY(alice.messages.isEmpty());
}

void TestChatServer::tooLongMessageIsRefused()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer peer(m_port);
    peer.send(QByteArray(5000, 'a') + '\n');
    QTRY_VERIFY(peer.receivedStartingWith(QStringLiteral("!!! Your message has 5000 characters")));
    peer.send("short\n");
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("guest-1: short")));
    QCOMPARE(alice.messages.size(), 1);
}

void TestChatServer::announcementReachesEveryone()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    TextPeer nc(m_port);
    nc.send("/who\n");
    QTRY_VERIFY(alice.inRoom());
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** In the room")));
    m_server->announce(QStringLiteral("Pause de 10 minutes"));
    QTRY_COMPARE(alice.notices, QStringList{QStringLiteral("Pause de 10 minutes")});
    QTRY_VERIFY(nc.received(QStringLiteral("*** Server: Pause de 10 minutes")));
}

void TestChatServer::serverCanRemoveAClient()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    quint64 bobId = 0;
    for (const Participant &participant : m_server->participants()) {
        if (participant.nick == QLatin1String("bob"))
            bobId = participant.id;
    }
    QVERIFY(bobId != 0);
    m_server->disconnectClient(bobId, QStringLiteral("too noisy"));
    QTRY_COMPARE(bob.disconnections.size(), 1);
    QVERIFY(bob.errors.join(u'|').contains(QLatin1String("too noisy")));
    QTRY_COMPARE(alice.left, QStringList{QStringLiteral("bob")});
    QVERIFY(alice.inRoom());
}

void TestChatServer::stopSaysGoodbyeToEveryone()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    TextPeer nc(m_port);
    nc.send("hi\n");
    QTRY_VERIFY(alice.inRoom());
    QTRY_COMPARE(m_server->participants().size(), 2);
    QSignalSpy left(m_server.get(), &ChatServer::clientLeft);
    m_server->stop();
    QCOMPARE(left.size(), 2);
    QVERIFY(!m_server->isListening());
    QTRY_VERIFY(nc.closed);
    QVERIFY(nc.received(QStringLiteral("*** The server is stopping. Goodbye!")));
    QTRY_COMPARE(alice.disconnections.size(), 1);
    QVERIFY(alice.notices.contains(QStringLiteral("The server is stopping. Goodbye!")));
}

void TestChatServer::portInUseIsExplained()
{
    ChatServer second;
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_port));
    QVERIFY2(second.errorString().contains(QLatin1String("already in use")),
             qPrintable(second.errorString()));
    QVERIFY(second.errorString().contains(QString::number(m_port)));
}

QTEST_GUILESS_MAIN(TestChatServer)
#include "tst_chatserver.moc"
