// tst_commandparser — what a person types, read the same way for a text
// client on the server and in the client window.

#include "model/commandparser.h"

#include <QTest>

Q_DECLARE_METATYPE(ChatCommand::Kind)
Q_DECLARE_METATYPE(ErrorCode)

class TestCommandParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void TestCommandParser::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<ChatCommand::Kind>("kind");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("error");

    using K = ChatCommand::Kind;
    const ErrorCode none = ErrorCode::Other;
    QTest::newRow("message") << "bonjour" << K::Say << ""
                             << ""
                             << "bonjour" << none;
    QTest::newRow("leading spaces kept") << "   ascii art" << K::Say << ""
                                         << ""
                                         << "   ascii art" << none;
    QTest::newRow("trailing spaces dropped") << "hi  \t" << K::Say << ""
                                             << ""
                                             << "hi" << none;
    QTest::newRow("empty") << "" << K::Nothing << ""
                           << ""
                           << "" << none;
    QTest::newRow("blank") << "   " << K::Nothing << ""
                           << ""
                           << "" << none;
    QTest::newRow("hand") << "/hand" << K::Hand << ""
                          << ""
                          << "" << none;
    QTest::newRow("HAND") << "/HAND" << K::Hand << ""
                          << ""
                          << "" << none;
    QTest::newRow("fin") << "fin" << K::Leave << ""
                         << ""
                         << "" << none;
    QTest::newRow("fin with spaces") << "  fin " << K::Leave << ""
                                     << ""
                                     << "" << none;
    QTest::newRow("fin in a sentence") << "fin de partie" << K::Say << ""
                                       << ""
                                       << "fin de partie" << none;
    QTest::newRow("/quit") << "/quit" << K::Leave << ""
                           << ""
                           << "" << none;
    QTest::newRow("/QUIT") << "/QUIT" << K::Leave << ""
                           << ""
                           << "" << none;
    QTest::newRow("/fin") << "/fin" << K::Leave << ""
                          << ""
                          << "" << none;
    QTest::newRow("//text") << "//etc/passwd is a path" << K::Say << ""
                            << ""
                            << "/etc/passwd is a path" << none;
    QTest::newRow("mistyped /msg") << "/mgs alice my password is 1234" << K::Invalid << ""
                                   << ""
                                   << "" << ErrorCode::UnknownCommand;
    QTest::newRow("/help") << "/help" << K::Help << ""
                           << ""
                           << "" << none;
    QTest::newRow("/who") << "/who" << K::Who << ""
                          << ""
                          << "" << none;
    QTest::newRow("/nick") << "/nick  Zoé " << K::Rename << ""
                           << "Zoé"
                           << "" << none;
    QTest::newRow("/nick alone") << "/nick" << K::Invalid << ""
                                 << ""
                                 << "" << ErrorCode::NickUsage;
    QTest::newRow("/msg") << "/msg bob  on se voit ?" << K::Private << "bob"
                          << ""
                          << "on se voit ?" << none;
    QTest::newRow("/msg no text") << "/msg bob" << K::Invalid << ""
                                  << ""
                                  << "" << ErrorCode::PrivateUsage;
    QTest::newRow("/msg blank text") << "/msg bob    " << K::Invalid << ""
                                     << ""
                                     << "" << ErrorCode::PrivateUsage;
    QTest::newRow("/msg alone") << "/msg" << K::Invalid << ""
                                << ""
                                << "" << ErrorCode::PrivateUsage;
    QTest::newRow("unknown") << "/dance now" << K::Invalid << ""
                             << ""
                             << "" << ErrorCode::UnknownCommand;
}

void TestCommandParser::parse()
{
    QFETCH(QString, line);
    QFETCH(ChatCommand::Kind, kind);
    QFETCH(QString, to);
    QFETCH(QString, nick);
    QFETCH(QString, text);
    QFETCH(ErrorCode, error);

    const ChatCommand command = CommandParser::parse(line);
    QCOMPARE(command.kind, kind);
    QCOMPARE(command.to, to);
    QCOMPARE(command.nick, nick);
    QCOMPARE(command.text, text);
    QCOMPARE(command.room, RoomId::main());
    if (kind == ChatCommand::Kind::Invalid)
        QCOMPARE(command.error.code, error);
}

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
