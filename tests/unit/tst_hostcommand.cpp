// tst_hostcommand — what the teacher types at the headless server's console
// (HostCommand): announcements, /kick, /lock, /unlock, /who, /help, and
// clear errors for the rest.

#include "model/hostcommand.h"

#include <QTest>

class TestHostCommand : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void helpNamesEveryCommand();
};

void TestHostCommand::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<HostCommand::Kind>("kind");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("text"); // the announcement, the reason or the error
    using Kind = HostCommand::Kind;
    QTest::newRow("empty") << "   " << Kind::Nothing << ""
                           << "";
    QTest::newRow("announcement") << "Break in 5 minutes." << Kind::Announce << ""
                                  << "Break in 5 minutes.";
    QTest::newRow("kick") << "/kick bob" << Kind::Kick << "bob"
                          << "";
    QTest::newRow("kick with a reason") << "/kick bob  be nice " << Kind::Kick << "bob"
                                        << "be nice";
    QTest::newRow("kick nobody") << "/kick" << Kind::Invalid << ""
                                 << "Usage: /kick NICK [REASON]";
    QTest::newRow("lock") << "/lock" << Kind::Lock << ""
                          << "";
    QTest::newRow("LOCK") << "/LOCK" << Kind::Lock << ""
                          << "";
    QTest::newRow("unlock") << "/unlock" << Kind::Unlock << ""
                            << "";
    QTest::newRow("lock with words") << "/lock now" << Kind::Invalid << ""
                                     << "/lock takes nothing after it.";
    QTest::newRow("mute") << "/mute bob" << Kind::Mute << "bob"
                          << "";
    QTest::newRow("unmute") << "/unmute bob" << Kind::Unmute << "bob"
                            << "";
    QTest::newRow("mute nobody") << "/mute" << Kind::Invalid << ""
                                 << "Usage: /mute NICK";
    QTest::newRow("quiet") << "/quiet" << Kind::Quiet << ""
                           << "";
    QTest::newRow("quiet off") << "/quiet off" << Kind::Quiet << ""
                               << "";
    QTest::newRow("quiet what") << "/quiet please" << Kind::Invalid << ""
                                << "Usage: /quiet, or /quiet off";
    QTest::newRow("slow") << "/slow 30" << Kind::Slow << ""
                          << "";
    QTest::newRow("slow off") << "/slow 0" << Kind::Slow << ""
                              << "";
    QTest::newRow("slow not a number") << "/slow soon" << Kind::Invalid << ""
                                       << "Usage: /slow SECONDS (0 to 3600; 0 ends slow mode)";
    QTest::newRow("pm teacher") << "/pm teacher" << Kind::PrivateMessages << ""
                                << "";
    QTest::newRow("pm maybe") << "/pm maybe" << Kind::Invalid << ""
                              << "Usage: /pm all, /pm teacher or /pm off";
    QTest::newRow("ban") << "/ban bob" << Kind::Ban << "bob"
                         << "";
    QTest::newRow("unban") << "/unban bob" << Kind::Unban << "bob"
                           << "";
    QTest::newRow("bans") << "/bans" << Kind::Bans << ""
                          << "";
    QTest::newRow("hands") << "/hands" << Kind::Hands << ""
                           << "";
    QTest::newRow("lower one") << "/lower zoe" << Kind::Lower << "zoe"
                               << "";
    QTest::newRow("lower all") << "/lower all" << Kind::Lower << ""
                               << "";
    QTest::newRow("code") << "/code 482 913" << Kind::Code << ""
                          << "";
    QTest::newRow("code off") << "/code off" << Kind::Code << ""
                              << "";
    QTest::newRow("code with a semicolon")
        << "/code a;b" << Kind::Invalid << ""
        << "Usage: /code CODE (1 to 32 letters, digits or '-'), or /code off";
    QTest::newRow("lesson new") << "/lesson new" << Kind::Lesson << ""
                                << "";
    QTest::newRow("lesson end") << "/lesson END" << Kind::Lesson << ""
                                << "";
    QTest::newRow("lesson what") << "/lesson maybe" << Kind::Invalid << ""
                                 << "Usage: /lesson new, or /lesson end";
    QTest::newRow("delete") << "/delete 42" << Kind::Delete << ""
                            << "";
    QTest::newRow("delete #") << "/delete #42" << Kind::Delete << ""
                              << "";
    QTest::newRow("delete what") << "/delete last" << Kind::Invalid << ""
                                 << "Usage: /delete ID (the number before the message in this log)";
    QTest::newRow("who") << "/who" << Kind::Who << ""
                         << "";
    QTest::newRow("help") << "/help" << Kind::Help << ""
                          << "";
    QTest::newRow("unknown") << "/dance" << Kind::Invalid << ""
                             << "Unknown command /dance. Type /help for the list.";
}

void TestHostCommand::parse()
{
    QFETCH(QString, line);
    QFETCH(HostCommand::Kind, kind);
    QFETCH(QString, nick);
    QFETCH(QString, text);
    const HostCommand command = HostCommand::parse(line);
    QCOMPARE(command.kind, kind);
    QCOMPARE(command.nick, nick);
    const QString said = kind == HostCommand::Kind::Announce  ? command.text
                         : kind == HostCommand::Kind::Invalid ? command.error
                                                              : command.reason;
    QCOMPARE(said, text);
    if (line == QLatin1String("/quiet off"))
        QVERIFY(!command.on);
    if (line == QLatin1String("/slow 30"))
        QCOMPARE(command.seconds, 30);
    if (line == QLatin1String("/pm teacher"))
        QCOMPARE(command.privateMessages, QStringLiteral("teacher"));
    if (line == QLatin1String("/code 482 913"))
        QCOMPARE(command.text, QStringLiteral("482913"));
    if (line == QLatin1String("/code off"))
        QVERIFY(command.text.isEmpty());
    if (line.startsWith(QLatin1String("/delete")) && kind == HostCommand::Kind::Delete)
        QCOMPARE(command.id, 42);
    if (line == QLatin1String("/lesson END"))
        QVERIFY(!command.on);
}

void TestHostCommand::helpNamesEveryCommand()
{
    const QString help = HostCommand::help().join(u'\n');
    // Each command the help names, with what it needs after it.
    const QStringList lines{
        QStringLiteral("/ban bob"),  QStringLiteral("/unban bob"),  QStringLiteral("/bans"),
        QStringLiteral("/hands"),    QStringLiteral("/lower all"),  QStringLiteral("/kick bob"),
        QStringLiteral("/mute bob"), QStringLiteral("/unmute bob"), QStringLiteral("/quiet"),
        QStringLiteral("/slow 5"),   QStringLiteral("/pm off"),     QStringLiteral("/lock"),
        QStringLiteral("/unlock"),   QStringLiteral("/who"),        QStringLiteral("/help"),
        QStringLiteral("/code 1"),   QStringLiteral("/lesson new"), QStringLiteral("/delete 1")};
    for (const QString &line : lines) {
        const QString name = line.section(u' ', 0, 0);
        QVERIFY2(help.contains(name), qPrintable(name));
        QVERIFY2(HostCommand::parse(line).kind != HostCommand::Kind::Invalid, qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestHostCommand)
#include "tst_hostcommand.moc"
