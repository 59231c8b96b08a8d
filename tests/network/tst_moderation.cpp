// tst_moderation — the teacher's tools on the server (issue #11): lock the
// room (nobody new joins, those in stay, a Salon client that drops gets
// back in with its member token, not with its name), kick by name, mute
// (it follows the member out and back in), the quiet room, slow mode and
// private messages off; every refusal names the message it refuses.

#include "cableproxy.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestModeration : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aLockedRoomKeepsNewcomersOut();
    void aLockedRoomLetsBackThoseWhoDropped();
    void aLockedRoomDoesNotLetInAStolenName();
    void kickByName();
    void aMuteFollowsTheMemberOutAndBackIn();
    void aMutedTextClientIsTold();
    void aQuietRoomRefusesEveryStudent();
    void slowModeLetsOneMessageThrough();
    void privateMessagesCanBeTurnedOff();
    void raisedHandsWaitInLine();
    void aBanOnThisPcKeepsTheNameOut();
    void aDeletedMessageLeavesEveryWindowAndTheHistory();
    void theTeachersNameIsTheirsAlone();
    void privateMessagesOnlyWithTheTeacher();
    void everyActionIsInTheHistoryWithWhoDidIt();

private:
    // A new server that keeps its history on disk in `folder`, as the windows' do.
    bool restartKeepingHistoryIn(const QString &folder);

    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestModeration::init()
{
    m_server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.heartbeatIntervalMs = 200; // a pulled cable is noticed quickly
    limits.heartbeatTimeoutMs = 600;
    m_server->setLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

bool TestModeration::restartKeepingHistoryIn(const QString &folder)
{
    m_server = std::make_unique<ChatServer>();
    m_server->setHistoryFolder(folder);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void TestModeration::cleanup()
{
    m_server.reset();
}

void TestModeration::aLockedRoomKeepsNewcomersOut()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy locked(m_server.get(), &ChatServer::lockedChanged);
    m_server->setLocked(true);
    QCOMPARE(locked.size(), 1);

    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_COMPARE(bob.disconnections.size(), 1);
    QVERIFY2(bob.errors.join(u'|').contains(QLatin1String("The room is locked")),
             qPrintable(bob.errors.join(u'|')));
    QCOMPARE(bob.client.state(), ChatClient::State::Disconnected); // no loop of tries
    TextPeer nc(m_port);
    nc.send("hello\n");
    QTRY_VERIFY(nc.closed);
    QVERIFY(nc.receivedStartingWith(QStringLiteral("!!! The room is locked")));
    // Those in the room stay and talk.
    alice.client.sendMessage(QStringLiteral("still here"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("alice: still here")));
    QCOMPARE(m_server->participants().size(), 1);

    m_server->setLocked(false);
    SalonPeer carol(m_port, QStringLiteral("carol"));
    QTRY_VERIFY(carol.inRoom());
}

void TestModeration::aLockedRoomLetsBackThoseWhoDropped()
{
    CableProxy cable(m_port);
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    alice.client.setHeartbeat(200, 600);
    alice.client.setReconnectDelays(50, 200);
    QTRY_VERIFY(alice.inRoom());
    m_server->setLocked(true);

    cable.setPulled(true);
    QTRY_VERIFY(m_server->participants().isEmpty()); // the server let her go
    cable.setPulled(false);
    QTRY_VERIFY(alice.inRoom()); // her token proves she was there
    QCOMPARE(m_server->participants().size(), 1);
}

void TestModeration::aLockedRoomDoesNotLetInAStolenName()
{
    CableProxy cable(m_port);
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    alice.client.setHeartbeat(200, 600);
    QTRY_VERIFY(alice.inRoom());
    m_server->setLocked(true);
    cable.setPulled(true);
    QTRY_VERIFY(m_server->participants().isEmpty());
    // The name alone proves nothing.
    SalonPeer impostor(m_port, QStringLiteral("alice"));
    QTRY_COMPARE(impostor.disconnections.size(), 1);
    QVERIFY(!impostor.inRoom());
    QVERIFY(m_server->participants().isEmpty());
}

void TestModeration::kickByName()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QVERIFY(!m_server->kick(QStringLiteral("nobody"), QStringLiteral("x")));
    QVERIFY(m_server->kick(QStringLiteral("BOB"), QStringLiteral("be nice")));
    QTRY_COMPARE(bob.client.state(), ChatClient::State::Disconnected);
    QVERIFY2(bob.errors.join(u'|').contains(QLatin1String("be nice")),
             qPrintable(bob.errors.join(u'|')));
    QTRY_VERIFY(alice.left.contains(QStringLiteral("bob")));
}

void TestModeration::aMuteFollowsTheMemberOutAndBackIn()
{
    CableProxy cable(m_port);
    SalonPeer alice(cable.port(), QStringLiteral("alice"));
    alice.client.setHeartbeat(200, 600);
    alice.client.setReconnectDelays(50, 200);
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QSignalSpy muted(m_server.get(), &ChatServer::mutedChanged);
    QVERIFY(m_server->setMuted(QStringLiteral("alice"), true));
    QCOMPARE(muted.size(), 1);
    QTRY_VERIFY(alice.notices.join(u'|').contains(QLatin1String("muted you")));
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    alice.client.sendMessage(QStringLiteral("can you hear me"));
    QTRY_COMPARE(refused.size(), 1); // and it is out of "Sending…"
    QVERIFY(refused.first().at(1).toString().contains(QLatin1String("muted")));
    QCOMPARE(alice.client.outbox().size(), 0);

    // Out and back in: still muted.
    cable.setPulled(true);
    QTRY_VERIFY(bob.left.contains(QStringLiteral("alice")));
    cable.setPulled(false);
    QTRY_VERIFY(alice.inRoom());
    QTRY_VERIFY(m_server->participants().size() == 2);
    QVERIFY(m_server->isMuted(QStringLiteral("alice")));
    alice.client.sendMessage(QStringLiteral("and now"));
    QTRY_COMPARE(refused.size(), 2);

    QVERIFY(m_server->setMuted(QStringLiteral("alice"), false));
    alice.client.sendMessage(QStringLiteral("thank you"));
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: thank you")));
    QCOMPARE(bob.messages, QStringList{QStringLiteral("alice: thank you")});
}

void TestModeration::aMutedTextClientIsTold()
{
    TextPeer nc(m_port);
    nc.send("/nick zoe\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** guest-1 is now known as zoe")));
    QVERIFY(m_server->setMuted(QStringLiteral("zoe"), true));
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** Server: The teacher muted you")));
    nc.send("hello?\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("!!! The teacher muted you")));
    QVERIFY(!nc.received(QStringLiteral("zoe: hello?")));
}

void TestModeration::aQuietRoomRefusesEveryStudent()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    TextPeer nc(m_port);
    nc.send("/nick zoe\n");
    QTRY_VERIFY(alice.inRoom() && alice.client.people().contains(QStringLiteral("zoe")));
    m_server->setQuiet(true);
    QTRY_VERIFY(alice.notices.join(u'|').contains(QLatin1String("Only the teacher speaks")));
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    alice.client.sendMessage(QStringLiteral("psst"));
    nc.send("psst\n");
    QTRY_COMPARE(refused.size(), 1);
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("!!! Only the teacher speaks")));
    m_server->setQuiet(false);
    alice.client.sendMessage(QStringLiteral("back"));
    QTRY_VERIFY(nc.received(QStringLiteral("alice: back")));
    QVERIFY(alice.messages == QStringList{QStringLiteral("alice: back")});
}

void TestModeration::slowModeLetsOneMessageThrough()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    m_server->setSlowSeconds(3600);
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    alice.client.sendMessage(QStringLiteral("one"));
    alice.client.sendMessage(QStringLiteral("two"));
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY2(refused.first().at(1).toString().contains(QLatin1String("one message every 3600 s")),
             qPrintable(refused.first().at(1).toString()));
    QCOMPARE(refused.first().at(0).value<ChatCommand>().text, QStringLiteral("two"));
    QTRY_COMPARE(alice.messages, QStringList{QStringLiteral("alice: one")});
    m_server->setSlowSeconds(0);
    alice.client.sendMessage(QStringLiteral("three"));
    QTRY_VERIFY(alice.messages.contains(QStringLiteral("alice: three")));
}

void TestModeration::privateMessagesCanBeTurnedOff()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    m_server->setPrivateMessages(Moderation::PrivateMessages::Off);
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    alice.client.sendPrivateMessage(QStringLiteral("bob"), QStringLiteral("psst"));
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(refused.first().at(1).toString().contains(QLatin1String("Private messages are off")));
    m_server->setPrivateMessages(Moderation::PrivateMessages::TeacherOnly);
    alice.client.sendPrivateMessage(QStringLiteral("bob"), QStringLiteral("psst"));
    QTRY_COMPARE(refused.size(), 2);
    alice.client.sendMessage(QStringLiteral("in public"));
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: in public")));
    QVERIFY(bob.privates.isEmpty());
    m_server->setPrivateMessages(Moderation::PrivateMessages::All);
    alice.client.sendPrivateMessage(QStringLiteral("bob"), QStringLiteral("now"));
    QTRY_COMPARE(bob.privates, QStringList{QStringLiteral("alice: now")});
}

void TestModeration::raisedHandsWaitInLine()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    TextPeer zoe(m_port);
    zoe.send("/nick zoe\n");
    QTRY_VERIFY(alice.inRoom() && alice.client.people().contains(QStringLiteral("zoe")));
    QSignalSpy aliceHand(&alice.client, &ChatClient::handChanged);
    QSignalSpy serverHands(m_server.get(), &ChatServer::handsChanged);
    m_server->setQuiet(true); // a quiet room still takes hands
    alice.client.setHandRaised(true);
    QTRY_COMPARE(aliceHand.size(), 1);
    QCOMPARE(aliceHand.last(), (QList<QVariant>{true, 1}));
    zoe.send("/hand\n");
    QTRY_VERIFY(zoe.received(QStringLiteral("*** Your hand is up: you are number 2 in line.")));
    QCOMPARE(m_server->hands().size(), 2);
    QCOMPARE(m_server->hands().at(0).nick, QStringLiteral("alice"));
    QCOMPARE(serverHands.size(), 2);
    QCOMPARE(serverHands.last(), (QList<QVariant>{QStringLiteral("zoe"), true}));

    // Alice takes hers back: Zoé moves up.
    alice.client.setHandRaised(false);
    QTRY_VERIFY(zoe.received(QStringLiteral("*** Your hand is up: you are number 1 in line.")));
    QTRY_COMPARE(aliceHand.last(), (QList<QVariant>{false, 0}));
    // The teacher lowers Zoé's.
    QVERIFY(m_server->lowerHand(QStringLiteral("zoe")));
    QTRY_VERIFY(zoe.received(QStringLiteral("*** Your hand is down.")));
    QVERIFY(zoe.receivedStartingWith(QStringLiteral("*** Server: The teacher lowered your hand")));
    QVERIFY(m_server->hands().isEmpty());
    QVERIFY(!m_server->lowerHand(QStringLiteral("zoe")));

    // /hand again toggles; leaving lowers it.
    zoe.send("/hand\n");
    QTRY_COMPARE(m_server->hands().size(), 1);
    zoe.send("fin\n");
    QTRY_VERIFY(m_server->hands().isEmpty());
}

void TestModeration::aBanOnThisPcKeepsTheNameOut()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    bob.client.setReconnectDelays(50, 50);
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QCOMPARE(m_server->ban(QStringLiteral("nobody")), ChatServer::BanResult::NoSuchNick);
    QCOMPARE(m_server->ban(QStringLiteral("bob")), ChatServer::BanResult::Banned);
    QTRY_COMPARE(bob.client.state(), ChatClient::State::Disconnected);
    QVERIFY2(bob.errors.join(u'|').contains(QLatin1String("rest of the lesson")),
             qPrintable(bob.errors.join(u'|')));
    QTRY_VERIFY(alice.left.contains(QStringLiteral("bob")));
    QCOMPARE(m_server->bans().size(), 1);
    QVERIFY(m_server->bans().first().address.isNull()); // on this PC: by name

    // Not by itself, not under the name, not under one like it.
    QSignalSpy states(&bob.client, &ChatClient::stateChanged);
    QVERIFY(!states.wait(300));
    for (const QString &nick : {QStringLiteral("bob"), QStringLiteral("B0B")}) {
        SalonPeer again(m_port, nick);
        QTRY_COMPARE(again.disconnections.size(), 1);
        QVERIFY2(again.errors.join(u'|').contains(QLatin1String("kept out")),
                 qPrintable(again.errors.join(u'|')));
    }
    TextPeer nc(m_port);
    nc.send("/nick bob\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("!!! The name \"bob\" is kept out")));

    QVERIFY(m_server->unban(QStringLiteral("bob")));
    QVERIFY(m_server->bans().isEmpty());
    SalonPeer back(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(back.inRoom());
}

void TestModeration::aDeletedMessageLeavesEveryWindowAndTheHistory()
{
    const QTemporaryDir data;
    QVERIFY(restartKeepingHistoryIn(data.path()));
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    TextPeer nc(m_port);
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** You are guest")));
    QSignalSpy relayed(m_server.get(), &ChatServer::messageRelayed);
    bob.client.sendMessage(QStringLiteral("something hurtful"));
    bob.client.sendMessage(QStringLiteral("sorry"));
    QTRY_COMPARE(relayed.size(), 2);
    const qint64 id = relayed.first().at(0).value<ChatMessage>().id;
    QTRY_VERIFY(nc.received(QStringLiteral("bob: sorry")));

    QSignalSpy removed(&alice.client, &ChatClient::messageDeleted);
    QVERIFY(!m_server->deleteMessage(id + 100));
    QVERIFY(m_server->deleteMessage(id));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toLongLong(), id);
    QTRY_VERIFY2(nc.receivedStartingWith(
                     QStringLiteral("*** The teacher removed a message from bob (said at ")),
                 qPrintable(nc.lines.join(u'\n')));
    QVERIFY(!m_server->deleteMessage(id)); // once is enough

    // Gone from the file, and from what a newcomer is shown.
    QFile history(m_server->historyFile());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray kept = history.readAll();
    QVERIFY(!kept.contains("hurtful"));
    QVERIFY(kept.contains("sorry"));
    SalonPeer carol(m_port, QStringLiteral("carol"));
    QTRY_VERIFY(carol.inRoom());
    QTRY_VERIFY(carol.history.contains(QStringLiteral("bob: sorry")));
    QVERIFY(!carol.history.join(u'|').contains(QLatin1String("hurtful")));
    // The room goes on writing its history after the file was rewritten.
    alice.client.sendMessage(QStringLiteral("after"));
    QTRY_COMPARE(relayed.size(), 3);
    history.close();
    QVERIFY(history.open(QIODevice::ReadOnly));
    QVERIFY(history.readAll().contains("\"text\":\"after\""));
}

void TestModeration::theTeachersNameIsTheirsAlone()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QCOMPARE(m_server->teacherName(), QStringLiteral("Teacher"));
    QVERIFY(!m_server->setTeacherName(QStringLiteral("Mme Dupont"))); // not a nickname
    QVERIFY(!m_server->setTeacherName(QStringLiteral("ALICE")));      // someone has it
    QSignalSpy acted(m_server.get(), &ChatServer::teacherActed);
    QVERIFY(m_server->setTeacherName(QStringLiteral("Mme_Dupont")));
    QCOMPARE(acted.size(), 1);
    QVERIFY(acted.first().at(0).toString().contains(QLatin1String("Mme_Dupont")));

    TextPeer nc(m_port);
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** You are guest")));
    nc.send("/nick Mme_Dupont\n/nick mme_dup0nt\n");
    QTRY_COMPARE(nc.lines.filter(QStringLiteral("is the teacher's name in this room")).size(), 2);
    QVERIFY(!nc.receivedStartingWith(QStringLiteral("*** guest-1 is now known as")));
    // The default names stay reserved too, in every language Salon speaks.
    nc.send("/nick Teacher\n");
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("!!! The nickname \"Teacher\" is kept")));
}

void TestModeration::privateMessagesOnlyWithTheTeacher()
{
    SalonPeer alice(m_port, QStringLiteral("alice"));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    m_server->setPrivateMessages(Moderation::PrivateMessages::TeacherOnly);
    QSignalSpy relayed(m_server.get(), &ChatServer::messageRelayed);
    QSignalSpy refused(&alice.client, &ChatClient::messageRefused);
    alice.client.sendPrivateMessage(QStringLiteral("bob"), QStringLiteral("psst"));
    QTRY_COMPARE(refused.size(), 1);
    alice.client.sendPrivateMessage(QStringLiteral("teacher"), QStringLiteral("may I go out?"));
    QTRY_COMPARE(relayed.size(), 1);
    const auto toTeacher = relayed.first().at(0).value<ChatMessage>();
    QVERIFY(toTeacher.isPrivate());
    QCOMPARE(toTeacher.from, QStringLiteral("alice"));
    QCOMPARE(toTeacher.to, QStringLiteral("Teacher"));
    QCOMPARE(toTeacher.text, QStringLiteral("may I go out?"));
    QTRY_VERIFY(alice.privates.contains(QStringLiteral("alice: may I go out?"))); // her copy
    QVERIFY(bob.privates.isEmpty());
    // The teacher answers her alone.
    QVERIFY(m_server->sendPrivate(QStringLiteral("alice"), QStringLiteral("yes, quickly")));
    QVERIFY(!m_server->sendPrivate(QStringLiteral("nobody"), QStringLiteral("?")));
    QTRY_VERIFY(alice.privates.contains(QStringLiteral("Teacher: yes, quickly")));
    QVERIFY(bob.privates.isEmpty());
    TextPeer nc(m_port);
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** You are guest")));
    QVERIFY(m_server->sendPrivate(QStringLiteral("guest-1"), QStringLiteral("hello")));
    QTRY_VERIFY(nc.received(QStringLiteral("[private] Teacher -> guest-1: hello")));
}

void TestModeration::everyActionIsInTheHistoryWithWhoDidIt()
{
    const QTemporaryDir data;
    QVERIFY(restartKeepingHistoryIn(data.path()));
    SalonPeer alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    QSignalSpy acted(m_server.get(), &ChatServer::teacherActed);
    m_server->setMuted(QStringLiteral("alice"), true);
    m_server->setLocked(true);
    m_server->setRoomCode(QStringLiteral("482913"));
    m_server->setSlowSeconds(10);
    m_server->kick(QStringLiteral("alice"), QStringLiteral("time out"));
    QCOMPARE(acted.size(), 5);
    QCOMPARE(acted.at(0).at(0).toString(), QStringLiteral("Teacher muted alice: they read, but are "
                                                          "not heard."));
    QVERIFY(acted.at(4).at(0).toString().contains(QLatin1String("Teacher removed alice")));
    QFile history(m_server->historyFile());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray kept = history.readAll();
    for (const char *action : {"mute", "lock", "code", "slow", "kick"}) {
        QVERIFY2(kept.contains(QByteArray(QByteArray("\"action\":\"") + action + '"')),
                 kept.constData());
    }
    QVERIFY(kept.contains("\"by\":\"Teacher\""));
    QVERIFY(!kept.contains("482913")); // the code is a secret
    // Actions are kept, not replayed as messages; what the room was told
    // (here, slow mode) is, as the teacher's announcement.
    m_server->setLocked(false);
    m_server->setRoomCode({});
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    QTRY_COMPARE(bob.history.size(), 1);
    QVERIFY2(bob.history.first().startsWith(QLatin1String("Teacher: Slow mode")),
             qPrintable(bob.history.first()));
}

QTEST_GUILESS_MAIN(TestModeration)
#include "tst_moderation.moc"
