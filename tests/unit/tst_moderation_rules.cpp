// tst_moderation_rules — Moderation, the teacher's rules on who may say
// what, at given times: mutes by member, the quiet room, slow mode (the
// wait it names is right), private messages.

#include "server/moderation.h"

#include <QTest>

class TestModerationRules : public QObject
{
    Q_OBJECT
private slots:
    void aMuteIsPerMember();
    void slowModeCountsPerMemberAndNamesTheWait();
    void privateMessagesOnly();
    void theMuteComesFirst();
};

void TestModerationRules::aMuteIsPerMember()
{
    Moderation rules;
    rules.setMuted(QStringLiteral("t:alice"), true);
    QCOMPARE(rules.refusalAt(QStringLiteral("t:alice"), false, 0)->code, ErrorCode::Muted);
    QVERIFY(!rules.refusalAt(QStringLiteral("t:bob"), false, 0));
    rules.setMuted(QStringLiteral("t:alice"), false);
    QVERIFY(!rules.refusalAt(QStringLiteral("t:alice"), false, 0));
}

void TestModerationRules::slowModeCountsPerMemberAndNamesTheWait()
{
    Moderation rules;
    rules.setSlowSeconds(10);
    QVERIFY(!rules.refusalAt(QStringLiteral("a"), false, 1000));
    QVERIFY(!rules.refusalAt(QStringLiteral("b"), false, 1500)); // each their own
    const auto early = rules.refusalAt(QStringLiteral("a"), false, 4200);
    QVERIFY(early);
    QCOMPARE(early->code, ErrorCode::SlowMode);
    QCOMPARE(early->args, (QStringList{QStringLiteral("10"), QStringLiteral("7")}));
    // A refused message does not restart the wait.
    QVERIFY(!rules.refusalAt(QStringLiteral("a"), false, 11000));
    QVERIFY(rules.refusalAt(QStringLiteral("a"), false, 20999));
    rules.setSlowSeconds(0);
    QVERIFY(!rules.refusalAt(QStringLiteral("a"), false, 21000));
}

void TestModerationRules::privateMessagesOnly()
{
    Moderation rules;
    rules.setPrivateMessages(Moderation::PrivateMessages::Off);
    QCOMPARE(rules.refusalAt(QStringLiteral("a"), true, 0)->code, ErrorCode::PrivateOff);
    QVERIFY(!rules.refusalAt(QStringLiteral("a"), false, 0));
    rules.setPrivateMessages(Moderation::PrivateMessages::TeacherOnly);
    QCOMPARE(rules.refusalAt(QStringLiteral("a"), true, 0)->code, ErrorCode::PrivateTeacherOnly);
    rules.setQuiet(true);
    QCOMPARE(rules.refusalAt(QStringLiteral("a"), false, 0)->code, ErrorCode::Quiet);
}

void TestModerationRules::theMuteComesFirst()
{
    // The reason a muted student reads is the one that lasts.
    Moderation rules;
    rules.setQuiet(true);
    rules.setMuted(QStringLiteral("a"), true);
    QCOMPARE(rules.refusalAt(QStringLiteral("a"), false, 0)->code, ErrorCode::Muted);
}

QTEST_GUILESS_MAIN(TestModerationRules)
#include "tst_moderation_rules.moc"
