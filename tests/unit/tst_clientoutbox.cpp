// tst_clientoutbox — the client's outbox (core/client/outbox): ids that
// never repeat, only our own copy delivers a message, a server without
// client ids still clears it, and it is bounded.

#include "base/protocol.h"
#include "client/outbox.h"

#include <QTest>

class TestClientOutbox : public QObject
{
    Q_OBJECT
private slots:
    void eachMessageGetsItsOwnId();
    void onlyOurOwnCopyDeliversIt_data();
    void onlyOurOwnCopyDeliversIt();
    void aServerWithoutClientIdsStillClearsIt();
    void aRefusalNamesWhatItRefuses();
    void itIsBounded();
};

namespace {
ChatCommand say(const QString &text)
{
    ChatCommand command;
    command.kind = ChatCommand::Kind::Say;
    command.text = text;
    return command;
}

ChatMessage copyOf(const ChatCommand &sent, const QString &from, const QString &clientId)
{
    ChatMessage message;
    message.from = from;
    message.text = sent.text;
    message.clientId = clientId;
    return message;
}
} // namespace

void TestClientOutbox::eachMessageGetsItsOwnId()
{
    Outbox first;
    Outbox second;
    const auto a = first.add(say(QStringLiteral("a")));
    const auto b = first.add(say(QStringLiteral("b")));
    const auto c = second.add(say(QStringLiteral("a")));
    QVERIFY(a && b && c);
    QVERIFY(a->command.clientId != b->command.clientId);
    QVERIFY(a->command.clientId != c->command.clientId); // another window, another prefix
    for (const auto &entry : {*a, *b, *c})
        QVERIFY(Protocol::isValidClientId(entry.command.clientId));
}

void TestClientOutbox::onlyOurOwnCopyDeliversIt_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("delivered");
    QTest::newRow("ours") << QStringLiteral("alice") << true;
    QTest::newRow("ours, other case") << QStringLiteral("ALICE") << true;
    QTest::newRow("someone using our id") << QStringLiteral("mallory") << false;
}

void TestClientOutbox::onlyOurOwnCopyDeliversIt()
{
    QFETCH(QString, from);
    QFETCH(bool, delivered);
    Outbox outbox;
    const auto sent = outbox.add(say(QStringLiteral("hi")));
    QVERIFY(sent);
    const auto taken = outbox.takeDelivered(copyOf(sent->command, from, sent->command.clientId),
                                            QStringLiteral("alice"));
    QCOMPARE(bool(taken), delivered);
    QCOMPARE(outbox.size(), delivered ? 0 : 1);
}

void TestClientOutbox::aServerWithoutClientIdsStillClearsIt()
{
    Outbox outbox;
    QVERIFY(outbox.add(say(QStringLiteral("one"))));
    QVERIFY(outbox.add(say(QStringLiteral("two"))));
    // A Salon 1.0 server sends no cid back: the oldest with that text goes.
    const auto taken = outbox.takeDelivered(
        copyOf(say(QStringLiteral("two")), QStringLiteral("alice"), {}), QStringLiteral("alice"));
    QVERIFY(taken);
    QCOMPARE(taken->command.text, QStringLiteral("two"));
    QCOMPARE(outbox.size(), 1);
}

void TestClientOutbox::aRefusalNamesWhatItRefuses()
{
    Outbox outbox;
    QVERIFY(outbox.add(say(QStringLiteral("one"))));
    const auto second = outbox.add(say(QStringLiteral("two")));
    QVERIFY(!outbox.takeRefused(QString()));
    QVERIFY(!outbox.takeRefused(QStringLiteral("unknown-1")));
    const auto taken = outbox.takeRefused(second->command.clientId);
    QVERIFY(taken);
    QCOMPARE(taken->command.text, QStringLiteral("two"));
    QCOMPARE(outbox.size(), 1);
}

void TestClientOutbox::itIsBounded()
{
    Outbox outbox;
    for (int i = 0; i < Outbox::MaxEntries; ++i)
        QVERIFY(outbox.add(say(QString::number(i))));
    QVERIFY(!outbox.add(say(QStringLiteral("one too many"))));
    QCOMPARE(outbox.size(), Outbox::MaxEntries);
}

QTEST_GUILESS_MAIN(TestClientOutbox)
#include "tst_clientoutbox.moc"
