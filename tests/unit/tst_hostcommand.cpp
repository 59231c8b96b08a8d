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
}

void TestHostCommand::helpNamesEveryCommand()
{
    const QString help = HostCommand::help().join(u'\n');
    for (const char *name : {"/kick", "/lock", "/unlock", "/who", "/help"}) {
        QVERIFY2(help.contains(QLatin1String(name)), name);
        // And each one the help names is understood.
        const QString line =
            QLatin1String(name) +
            (QLatin1String(name) == QLatin1String("/kick") ? QStringLiteral(" bob") : QString());
        QVERIFY2(HostCommand::parse(line).kind != HostCommand::Kind::Invalid, name);
    }
}

QTEST_GUILESS_MAIN(TestHostCommand)
#include "tst_hostcommand.moc"
