// tst_joinbacklog — what the room says to people still coming in: all of it
// after the moment each was accepted, once for everyone, bounded in bytes,
// and a connection that lost some to the bound is told so.

#include "server/joinbacklog.h"

#include <QTest>

namespace {
ChatMessage said(qint64 id, int textBytes = 10)
{
    ChatMessage message;
    message.id = id;
    message.time = QDateTime::currentDateTimeUtc();
    message.from = QStringLiteral("alice");
    message.text = QString(textBytes, QLatin1Char('x'));
    return message;
}

QList<qint64> ids(const QList<ChatMessage> &messages)
{
    QList<qint64> ids;
    for (const ChatMessage &message : messages)
        ids.append(message.id);
    return ids;
}
} // namespace

class TestJoinBacklog : public QObject
{
    Q_OBJECT
private slots:
    void eachGetsAllSinceItCame();
    void nothingIsKeptWhenNobodyWaits();
    void pastTheBoundIsToldNotShorted();
    void aForgottenConnectionFreesItsShare();
};

void TestJoinBacklog::eachGetsAllSinceItCame()
{
    JoinBacklog backlog;
    backlog.expect(1, 0);
    for (qint64 id = 1; id <= 300; ++id) {
        if (id == 101)
            backlog.expect(2, 100);
        backlog.record(said(id));
    }
    const JoinBacklog::Catchup first = backlog.take(1);
    QCOMPARE(first.lastIdBefore, 0);
    QCOMPARE(first.missed.size(), 300); // not 200, as 1.0 kept
    QCOMPARE(ids(first.missed).constFirst(), 1);
    QVERIFY(!first.incomplete);
    const JoinBacklog::Catchup second = backlog.take(2);
    QCOMPARE(second.lastIdBefore, 100);
    QCOMPARE(second.missed.size(), 200);
    QCOMPARE(ids(second.missed).constFirst(), 101);
    QCOMPARE(ids(second.missed).constLast(), 300);
    QCOMPARE(backlog.bytes(), 0); // nobody waits: nothing kept
}

void TestJoinBacklog::nothingIsKeptWhenNobodyWaits()
{
    JoinBacklog backlog;
    backlog.record(said(1));
    QCOMPARE(backlog.bytes(), 0);
    backlog.expect(7, 1);
    backlog.record(said(2));
    QVERIFY(backlog.bytes() > 0);
    QCOMPARE(ids(backlog.take(7).missed), QList<qint64>{2});
    QVERIFY(!backlog.isWaiting(7));
    QCOMPARE(backlog.take(7).missed.size(), 0); // taken once
}

void TestJoinBacklog::pastTheBoundIsToldNotShorted()
{
    JoinBacklog backlog;
    backlog.setMaxBytes(10 * 1024);
    backlog.expect(1, 0);
    for (qint64 id = 1; id <= 100; ++id)
        backlog.record(said(id, 500));
    QVERIFY(backlog.bytes() <= 10 * 1024);
    // A later one came after what was dropped: it has all it needs.
    backlog.expect(2, 100);
    backlog.record(said(101, 500));
    const JoinBacklog::Catchup late = backlog.take(2);
    QVERIFY(!late.incomplete);
    QCOMPARE(ids(late.missed), (QList<qint64>{101}));
    // The first one lost the oldest: it is told.
    const JoinBacklog::Catchup early = backlog.take(1);
    QVERIFY(early.incomplete);
}

void TestJoinBacklog::aForgottenConnectionFreesItsShare()
{
    JoinBacklog backlog;
    backlog.expect(1, 0);
    backlog.record(said(1));
    backlog.expect(2, 1);
    backlog.record(said(2));
    const qint64 both = backlog.bytes();
    backlog.forget(1); // left before joining
    QVERIFY(backlog.bytes() < both);
    QCOMPARE(ids(backlog.take(2).missed), QList<qint64>{2});
}

QTEST_GUILESS_MAIN(TestJoinBacklog)
#include "tst_joinbacklog.moc"
