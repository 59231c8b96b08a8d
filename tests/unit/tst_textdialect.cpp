// tst_textdialect — plain lines for nc, telnet and the tutorial's client:
// what their bytes ask, and the lines they get back.

#include "dialects/textdialect.h"

#include <QTest>

Q_DECLARE_METATYPE(ChatCommand::Kind)

class TestTextDialect : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void encode_data();
    void encode();
    void historyIsFramedAndTimed();
    void helpListsTheCommands();
    void pingsAreNotSent();

private:
    const TextDialect m_dialect{16 * 1024};
};

void TestTextDialect::decode_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<ChatCommand::Kind>("kind");
    QTest::addColumn<QString>("text");

    using K = ChatCommand::Kind;
    QTest::newRow("utf-8") << QByteArray("été ☕") << K::Say << QStringLiteral("été ☕");
    QTest::newRow("latin-1") << QByteArray("\xe9t\xe9") << K::Say << QStringLiteral("été");
    QTest::newRow("carriage return") << QByteArray("hi\r") << K::Say << QStringLiteral("hi");
    QTest::newRow("bell and escape removed")
        << QByteArray("a\x07\x1b[2Jb") << K::Say << QStringLiteral("a[2Jb");
    QTest::newRow("tab is a space") << QByteArray("a\tb") << K::Say << QStringLiteral("a b");
    QTest::newRow("fin") << QByteArray("fin") << K::Leave << QString();
    QTest::newRow("fin, windows") << QByteArray("fin\r") << K::Leave << QString();
    QTest::newRow("/who") << QByteArray("/who") << K::Who << QString();
    QTest::newRow("/msg") << QByteArray("/msg bob yo") << K::Private << QStringLiteral("yo");
    QTest::newRow("json is text here") << QByteArray(R"({"type":"say","text":"x"})") << K::Say
                                       << QStringLiteral(R"({"type":"say","text":"x"})");
    QTest::newRow("empty") << QByteArray() << K::Nothing << QString();
}

void TestTextDialect::decode()
{
    QFETCH(QByteArray, unit);
    QFETCH(ChatCommand::Kind, kind);
    QFETCH(QString, text);
    const ChatCommand command = m_dialect.decode(unit);
    QCOMPARE(command.kind, kind);
    QCOMPARE(command.text, text);
}

void TestTextDialect::encode_data()
{
    QTest::addColumn<ChatEvent>("event");
    QTest::addColumn<QByteArray>("bytes");

    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Message);
    event.message.from = QStringLiteral("alice");
    event.message.text = QStringLiteral("<b>été</b>");
    QTest::newRow("message") << event << QByteArray("alice: <b>été</b>\n");
    event.message.kind = ChatMessage::Kind::Private;
    event.message.to = QStringLiteral("bob");
    QTest::newRow("private") << event << QByteArray("[private] alice -> bob: <b>été</b>\n");

    event = ChatEvent::of(ChatEvent::Kind::Welcome);
    event.nick = QStringLiteral("guest-1");
    QTest::newRow("welcome") << event
                             << QByteArray("*** You are guest-1. Type /nick NAME to change it.\n");
    event = ChatEvent::of(ChatEvent::Kind::People);
    event.people = {QStringLiteral("alice"), QStringLiteral("bob")};
    QTest::newRow("people") << event << QByteArray("*** In the room (2): alice, bob\n");
    event = ChatEvent::of(ChatEvent::Kind::Joined);
    event.nick = QStringLiteral("bob");
    QTest::newRow("joined") << event << QByteArray("*** bob joined the room\n");
    // Several in one pass of the server's loop: a line each, up to five…
    event.people = {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dan")};
    QTest::newRow("joined, three at once")
        << event
        << QByteArray(
               "*** bob joined the room\n*** carol joined the room\n*** dan joined the room\n");
    // …then one line for a crowd, with the count.
    event.people.clear();
    for (int i = 1; i <= 40; ++i)
        event.people.append(QStringLiteral("guest-%1").arg(i));
    QTest::newRow("joined, a crowd")
        << event
        << QByteArray(
               "*** 40 people joined the room, among them guest-1, guest-2, guest-3, guest-4, "
               "guest-5 (/who lists everyone)\n");
    event.people.clear();
    event = ChatEvent::of(ChatEvent::Kind::Left);
    event.nick = QStringLiteral("bob");
    event.reason = QStringLiteral("said goodbye");
    QTest::newRow("left") << event << QByteArray("*** bob left the room (said goodbye)\n");
    event = ChatEvent::of(ChatEvent::Kind::Renamed);
    event.from = QStringLiteral("bob");
    event.to = QStringLiteral("robert");
    QTest::newRow("renamed") << event << QByteArray("*** bob is now known as robert\n");
    event = ChatEvent::of(ChatEvent::Kind::Notice);
    event.text = QStringLiteral("pause");
    QTest::newRow("notice") << event << QByteArray("*** Server: pause\n");
    QTest::newRow("error") << ChatEvent::ofError(ErrorCode::NoSuchNick, {QStringLiteral("zed")})
                           << QByteArray("!!! Nobody called \"zed\" is in the room.\n");
    event = ChatEvent::of(ChatEvent::Kind::NickRefused);
    event.reason = QStringLiteral("taken");
    QTest::newRow("nick refused") << event << QByteArray("!!! taken\n");
    event = ChatEvent::of(ChatEvent::Kind::Goodbye);
    event.text = QStringLiteral("Goodbye!");
    QTest::newRow("goodbye") << event << QByteArray("*** Goodbye!\n");
}

void TestTextDialect::encode()
{
    QFETCH(ChatEvent, event);
    QFETCH(QByteArray, bytes);
    QCOMPARE(m_dialect.encode(event), bytes);
}

void TestTextDialect::historyIsFramedAndTimed()
{
    ChatEvent history = ChatEvent::of(ChatEvent::Kind::History);
    QVERIFY(m_dialect.encode(history).isEmpty());
    ChatMessage message;
    message.from = QStringLiteral("alice");
    message.text = QStringLiteral("avant");
    message.time = QDateTime(QDate::currentDate(), QTime(8, 5), Qt::LocalTime); // today
    history.messages = {message, message};
    const QList<QByteArray> lines = m_dialect.encode(history).split('\n');
    QCOMPARE(lines.size(), 5); // header, two messages, footer, and after the last newline
    QVERIFY(lines.at(0).startsWith("***"));
    QCOMPARE(lines.at(1), QByteArray("[08:05] alice: avant"));
    QVERIFY(lines.at(3).startsWith("***"));
    QVERIFY(lines.at(4).isEmpty());
}

void TestTextDialect::helpListsTheCommands()
{
    const QByteArray help = m_dialect.encode(ChatEvent::of(ChatEvent::Kind::Help));
    for (const char *command : {"/msg", "/nick", "/who", "/help", "fin", "/quit"})
        QVERIFY2(help.contains(command), command);
    QVERIFY(help.endsWith('\n'));
}

void TestTextDialect::pingsAreNotSent()
{
    QVERIFY(m_dialect.encode(ChatEvent::of(ChatEvent::Kind::Ping)).isEmpty());
    QVERIFY(!m_dialect.answersPings());
}

QTEST_GUILESS_MAIN(TestTextDialect)
#include "tst_textdialect.moc"
