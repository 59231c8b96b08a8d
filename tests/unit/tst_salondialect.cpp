// tst_salondialect — the Salon protocol, both ends: what the server reads
// from a client's frames, and what a client reads from the server's.

#include "base/protocol.h"
#include "dialects/salonclientcodec.h"
#include "dialects/salondialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(ChatCommand::Kind)
Q_DECLARE_METATYPE(ErrorCode)

namespace {
ChatEvent roundTrip(const ChatEvent &event)
{
    const SalonDialect dialect(Protocol::MaxFrameBytes);
    const QByteArray bytes = dialect.encode(event);
    // One frame, one line.
    if (!bytes.endsWith('\n') || bytes.count('\n') != 1)
        qFatal("not one line: %s", bytes.constData());
    const auto frame = Protocol::parse(bytes.chopped(1));
    if (!frame)
        qFatal("not a frame: %s", bytes.constData());
    const auto decoded = SalonClientCodec::decode(*frame);
    if (!decoded)
        qFatal("not understood: %s", bytes.constData());
    return *decoded;
}
} // namespace

class TestSalonDialect : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void commandsRoundTrip_data();
    void commandsRoundTrip();
    void eventsRoundTrip();
    void historyIsOneFramePerMessage();
    void errorsCarryCodeAndSentence();
    void helpIsNotSentToSalonClients();
    void pingIdsComeBackOnlyWhenSmall();
    void aBrokenHelloIsStillAHello();
    void featuresAreAskedForAndNamed();
    void aCrowdIsToldInFewFrames_data();
    void aCrowdIsToldInFewFrames();
};

void TestSalonDialect::decode_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ChatCommand::Kind>("kind");
    QTest::addColumn<QString>("value"); // nick, text or to, by kind
    QTest::addColumn<QString>("room");
    QTest::addColumn<ErrorCode>("error");

    using K = ChatCommand::Kind;
    const ErrorCode none = ErrorCode::Other;
    QTest::newRow("hello") << QByteArray(R"({"type":"hello","version":1,"nick":"alice"})")
                           << K::Hello << "alice"
                           << "main" << none;
    QTest::newRow("say") << QByteArray(R"({"type":"say","text":"été ☕"})") << K::Say << "été ☕"
                         << "main" << none;
    QTest::newRow("say in a room")
        << QByteArray(R"({"type":"say","text":"hi","room":"maths"})") << K::Say << "hi"
        << "maths" << none;
    QTest::newRow("say with a bell")
        << QByteArray("{\"type\":\"say\",\"text\":\"a\\u0007b\"}") << K::Say << "ab"
        << "main" << none;
    QTest::newRow("msg") << QByteArray(R"({"type":"msg","to":"bob","text":"psst"})") << K::Private
                         << "bob"
                         << "main" << none;
    // Found by fuzz_serverdecode: a name from the network is cleaned like a text.
    QTest::newRow("msg to a bell")
        << QByteArray("{\"type\":\"msg\",\"to\":\"b\\u0007ob\",\"text\":\"x\"}") << K::Private
        << "bob"
        << "main" << none;
    QTest::newRow("nick") << QByteArray(R"({"type":"nick","nick":"zoé"})") << K::Rename << "zoé"
                          << "main" << none;
    QTest::newRow("users") << QByteArray(R"({"type":"users"})") << K::Who << ""
                           << "main" << none;
    QTest::newRow("bye") << QByteArray(R"({"type":"bye"})") << K::Leave << ""
                         << "main" << none;
    QTest::newRow("ping") << QByteArray(R"({"type":"ping","id":7})") << K::Ping << ""
                          << "main" << none;
    QTest::newRow("pong") << QByteArray(R"({"type":"pong"})") << K::Pong << ""
                          << "main" << none;
    QTest::newRow("empty line") << QByteArray("  ") << K::Nothing << ""
                                << "main" << none;
    // Issue #10, item 8: a version the server does not speak is said so.
    QTest::newRow("hello version 1")
        << QByteArray(R"({"type":"hello","version":1,"nick":"a"})") << K::Hello << "a"
        << "main" << none;
    QTest::newRow("hello version -1")
        << QByteArray(R"({"type":"hello","version":-1,"nick":"a"})") << K::Invalid << ""
        << "main" << ErrorCode::UnsupportedVersion;
    QTest::newRow("hello version 2")
        << QByteArray(R"({"type":"hello","version":2,"nick":"a"})") << K::Invalid << ""
        << "main" << ErrorCode::UnsupportedVersion;
    QTest::newRow("hello version \"1\"")
        << QByteArray(R"({"type":"hello","version":"1","nick":"a"})") << K::Invalid << ""
        << "main" << ErrorCode::UnsupportedVersion;
    QTest::newRow("hello version 1e400")
        << QByteArray(R"({"type":"hello","version":1e400,"nick":"a"})") << K::Invalid << ""
        << "main" << ErrorCode::Malformed;
    QTest::newRow("not json") << QByteArray("hello there") << K::Invalid << ""
                              << "main" << ErrorCode::Malformed;
    QTest::newRow("no type") << QByteArray(R"({"text":"x"})") << K::Invalid << ""
                             << "main" << ErrorCode::Malformed;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"dance"})") << K::Invalid << ""
                                  << "main" << ErrorCode::UnknownType;
    QTest::newRow("hello without nick")
        << QByteArray(R"({"type":"hello","nick":3})") << K::Invalid << ""
        << "main" << ErrorCode::HelloWithoutNick;
    QTest::newRow("say without text") << QByteArray(R"({"type":"say"})") << K::Invalid << ""
                                      << "main" << ErrorCode::SayWithoutText;
    QTest::newRow("msg without to")
        << QByteArray(R"({"type":"msg","text":"x"})") << K::Invalid << ""
        << "main" << ErrorCode::PrivateWithoutFields;
    QTest::newRow("nick without nick") << QByteArray(R"({"type":"nick"})") << K::Invalid << ""
                                       << "main" << ErrorCode::NickWithoutNick;
}

void TestSalonDialect::decode()
{
    QFETCH(QByteArray, line);
    QFETCH(ChatCommand::Kind, kind);
    QFETCH(QString, value);
    QFETCH(QString, room);
    QFETCH(ErrorCode, error);

    const ChatCommand command = SalonDialect(Protocol::MaxFrameBytes).decode(line);
    QCOMPARE(command.kind, kind);
    QCOMPARE(command.room, RoomId(room));
    switch (kind) {
    case ChatCommand::Kind::Hello:
    case ChatCommand::Kind::Rename:
        QCOMPARE(command.nick, value);
        break;
    case ChatCommand::Kind::Say:
        QCOMPARE(command.text, value);
        break;
    case ChatCommand::Kind::Private:
        QCOMPARE(command.to, value);
        break;
    case ChatCommand::Kind::Invalid:
        QCOMPARE(command.error.code, error);
        break;
    default:
        break;
    }
}

void TestSalonDialect::commandsRoundTrip_data()
{
    QTest::addColumn<ChatCommand>("command");
    ChatCommand command;
    command.kind = ChatCommand::Kind::Hello;
    command.nick = QStringLiteral("Zoé");
    QTest::newRow("hello") << command;
    command = {};
    command.kind = ChatCommand::Kind::Say;
    command.text = QStringLiteral("  deux espaces, un \"guillemet\" et ☕");
    QTest::newRow("say") << command;
    command.room = RoomId(QStringLiteral("maths"));
    QTest::newRow("say in a room") << command;
    command = {};
    command.kind = ChatCommand::Kind::Private;
    command.to = QStringLiteral("bob");
    command.text = QStringLiteral("psst");
    QTest::newRow("msg") << command;
    command = {};
    command.kind = ChatCommand::Kind::Rename;
    command.nick = QStringLiteral("alice2");
    QTest::newRow("nick") << command;
    command = {};
    command.kind = ChatCommand::Kind::Who;
    QTest::newRow("users") << command;
    command.kind = ChatCommand::Kind::Leave;
    QTest::newRow("bye") << command;
    command.kind = ChatCommand::Kind::Ping;
    QTest::newRow("ping") << command;
}

void TestSalonDialect::commandsRoundTrip()
{
    QFETCH(ChatCommand, command);
    const QByteArray bytes = SalonClientCodec::encode(command);
    QVERIFY(bytes.endsWith('\n'));
    QCOMPARE(bytes.count('\n'), 1);
    const ChatCommand back = SalonDialect(Protocol::MaxFrameBytes).decode(bytes.chopped(1));
    QCOMPARE(back.kind, command.kind);
    QCOMPARE(back.room, command.room);
    QCOMPARE(back.nick, command.nick);
    QCOMPARE(back.to, command.to);
    QCOMPARE(back.text, command.text);
}

void TestSalonDialect::eventsRoundTrip()
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Message);
    event.message.id = 42;
    event.message.time = QDateTime(QDate(2026, 11, 26), QTime(9, 30, 1, 250), Qt::UTC);
    event.message.from = QStringLiteral("alice");
    event.message.text = QStringLiteral("<b>pas gras</b> ☕");
    event.message.room = RoomId::main();
    ChatEvent back = roundTrip(event);
    QCOMPARE(back.kind, ChatEvent::Kind::Message);
    QCOMPARE(back.room, RoomId::main());
    QCOMPARE(back.message.id, 42);
    QCOMPARE(back.message.time, event.message.time);
    QCOMPARE(back.message.from, event.message.from);
    QCOMPARE(back.message.text, event.message.text);
    QVERIFY(!back.message.isPrivate());

    event.message.kind = ChatMessage::Kind::Private;
    event.message.to = QStringLiteral("bob");
    back = roundTrip(event);
    QVERIFY(back.message.isPrivate());
    QCOMPARE(back.message.to, QStringLiteral("bob"));

    event = ChatEvent::of(ChatEvent::Kind::Welcome);
    event.nick = QStringLiteral("alice");
    QCOMPARE(roundTrip(event).nick, QStringLiteral("alice"));

    event = ChatEvent::of(ChatEvent::Kind::People);
    event.people = {QStringLiteral("alice"), QStringLiteral("Zoé")};
    QCOMPARE(roundTrip(event).people, event.people);

    event = ChatEvent::of(ChatEvent::Kind::Joined);
    event.nick = QStringLiteral("bob");
    back = roundTrip(event);
    QCOMPARE(back.kind, ChatEvent::Kind::Joined);
    QCOMPARE(back.nick, QStringLiteral("bob"));
    // Several who came in one pass of the loop: a joined frame each, in
    // order, as a Salon 1.0 client reads them.
    event.people = {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dan")};
    {
        const QList<QByteArray> frames =
            SalonDialect(Protocol::MaxFrameBytes).encode(event).split('\n');
        QCOMPARE(frames.size(), 4); // and after the last newline, nothing
        QVERIFY(frames.last().isEmpty());
        for (int i = 0; i < 3; ++i) {
            const auto frame = Protocol::parse(frames.at(i));
            QVERIFY(frame);
            const auto one = SalonClientCodec::decode(*frame);
            QVERIFY(one);
            QCOMPARE(one->kind, ChatEvent::Kind::Joined);
            QCOMPARE(one->nick, event.people.at(i));
        }
    }
    event.people.clear();

    event = ChatEvent::of(ChatEvent::Kind::Left);
    event.nick = QStringLiteral("bob");
    event.reason = QStringLiteral("connection lost");
    back = roundTrip(event);
    QCOMPARE(back.kind, ChatEvent::Kind::Left);
    QCOMPARE(back.reason, event.reason);

    event = ChatEvent::of(ChatEvent::Kind::Renamed);
    event.from = QStringLiteral("bob");
    event.to = QStringLiteral("robert");
    back = roundTrip(event);
    QCOMPARE(back.from, event.from);
    QCOMPARE(back.to, event.to);

    event = ChatEvent::of(ChatEvent::Kind::Notice);
    event.text = QStringLiteral("Pause de 10 minutes");
    event.room = RoomId(QStringLiteral("maths"));
    back = roundTrip(event);
    QCOMPARE(back.text, event.text);
    QCOMPARE(back.room, event.room);

    event = ChatEvent::of(ChatEvent::Kind::NickRefused);
    event.nick = QStringLiteral("server");
    event.reason = QStringLiteral("reserved");
    back = roundTrip(event);
    QCOMPARE(back.kind, ChatEvent::Kind::NickRefused);
    QCOMPARE(back.reason, event.reason);

    event = ChatEvent::of(ChatEvent::Kind::Goodbye);
    event.text = QStringLiteral("Goodbye!");
    QCOMPARE(roundTrip(event).text, event.text);

    QCOMPARE(roundTrip(ChatEvent::of(ChatEvent::Kind::Ping)).kind, ChatEvent::Kind::Ping);
    event = ChatEvent::of(ChatEvent::Kind::Pong);
    event.pingId = 7;
    QCOMPARE(roundTrip(event).kind, ChatEvent::Kind::Pong);
}

void TestSalonDialect::historyIsOneFramePerMessage()
{
    ChatEvent history = ChatEvent::of(ChatEvent::Kind::History);
    for (int i = 1; i <= 3; ++i) {
        ChatMessage message;
        message.id = i;
        message.time = QDateTime::currentDateTimeUtc();
        message.from = QStringLiteral("alice");
        message.text = QString::number(i);
        message.history = true;
        history.messages.append(message);
    }
    const QByteArray bytes = SalonDialect(Protocol::MaxFrameBytes).encode(history);
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const auto event = SalonClientCodec::decode(*Protocol::parse(lines.at(i)));
        QVERIFY(event);
        QVERIFY(event->message.history);
        QCOMPARE(event->message.text, QString::number(i + 1));
        QCOMPARE(event->room, RoomId::main());
    }
}

void TestSalonDialect::errorsCarryCodeAndSentence()
{
    const ChatEvent error = ChatEvent::ofError(ErrorCode::MessageTooLong,
                                               {QStringLiteral("5000"), QStringLiteral("4000")});
    const QByteArray bytes = SalonDialect(Protocol::MaxFrameBytes).encode(error);
    const QJsonObject frame = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(frame.value(QLatin1String("code")).toString(), QStringLiteral("message-too-long"));
    QCOMPARE(
        frame.value(QLatin1String("text")).toString(),
        QStringLiteral("Your message has 5000 characters; the most is 4000. It was not sent."));
    const ChatEvent back = roundTrip(error);
    QCOMPARE(back.error.code, ErrorCode::MessageTooLong);
    QCOMPARE(back.text, frame.value(QLatin1String("text")).toString());
}

void TestSalonDialect::helpIsNotSentToSalonClients()
{
    // A Salon client shows its own help: nothing goes on the wire.
    QVERIFY(SalonDialect(Protocol::MaxFrameBytes)
                .encode(ChatEvent::of(ChatEvent::Kind::Help))
                .isEmpty());
}

void TestSalonDialect::pingIdsComeBackOnlyWhenSmall()
{
    const SalonDialect dialect(Protocol::MaxFrameBytes);
    QCOMPARE(dialect.decode(R"({"type":"ping","id":7})").pingId.toInt(), 7);
    QCOMPARE(dialect.decode(R"({"type":"ping","id":"abc"})").pingId.toString(),
             QStringLiteral("abc"));
    // A 60 KiB id would come back at full size (issue #10, item 8): not echoed.
    const QByteArray big = R"({"type":"ping","id":")" + QByteArray(60 * 1024, 'x') + R"("})";
    const ChatCommand ping = dialect.decode(big);
    QCOMPARE(ping.kind, ChatCommand::Kind::Ping);
    QVERIFY(!ping.pingId.isValid());
    QVERIFY(!dialect.decode(R"({"type":"ping","id":[1,2,3]})").pingId.isValid());
    ChatEvent pong = ChatEvent::of(ChatEvent::Kind::Pong);
    pong.pingId = ping.pingId;
    QVERIFY(dialect.encode(pong).size() < 64);
}

void TestSalonDialect::aBrokenHelloIsStillAHello()
{
    // Not valid JSON (a number out of range), but a hello all the same: the
    // peer is a Salon client, answered as such, not a text client whose JSON
    // would be posted to the room (issue #10, item 8).
    QVERIFY(SalonDialect::isHello(R"({"type":"hello","nick":"a","version":1e400})"));
    QVERIFY(SalonDialect::isHello(R"({"type":"hello","nick":"a"})"));
    QVERIFY(!SalonDialect::isHello("hello everyone"));
    QVERIFY(!SalonDialect::isHello(R"({"type":"say","text":"hello"})"));
}

void TestSalonDialect::featuresAreAskedForAndNamed()
{
    // Salon's own client asks for a crowd's frames; the server's dialect
    // then speaks them to it alone, and says so in its welcome.
    ChatCommand hello;
    hello.kind = ChatCommand::Kind::Hello;
    hello.nick = QStringLiteral("alice");
    const SalonDialect plain(Protocol::MaxFrameBytes);
    const ChatCommand read = plain.decode(SalonClientCodec::encode(hello).chopped(1));
    QCOMPARE(read.features, QStringList{QLatin1String(Protocol::Feature::Crowd)});
    const std::unique_ptr<Dialect> crowd = plain.withFeatures(read.features);
    QVERIFY(crowd);
    QVERIFY(crowd->encodingKey() != plain.encodingKey()); // a broadcast encodes each
    QVERIFY(!crowd->withFeatures(read.features));         // nothing more to take on

    ChatEvent welcome = ChatEvent::of(ChatEvent::Kind::Welcome);
    welcome.nick = QStringLiteral("alice");
    const auto named = [&welcome](const Dialect &dialect) {
        return Protocol::parse(dialect.encode(welcome).chopped(1))
            ->value(QLatin1String("features"))
            .toArray();
    };
    QCOMPARE(named(*crowd), QJsonArray{QLatin1String(Protocol::Feature::Crowd)});
    QVERIFY(named(plain).isEmpty()); // a Salon 1.0 client sees the welcome it knows

    // Unknown features are no harm; what is not a short string is none, and
    // a hello cannot make the server keep a long list.
    QJsonArray asked{QStringLiteral("emoji"), 7, QString(40, u'x')};
    for (int i = 0; i < 100; ++i)
        asked.append(QStringLiteral("f%1").arg(i));
    const QByteArray line =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                  {QStringLiteral("nick"), QStringLiteral("bob")},
                                  {QStringLiteral("features"), asked}})
            .toJson(QJsonDocument::Compact);
    const ChatCommand many = plain.decode(line);
    QCOMPARE(many.kind, ChatCommand::Kind::Hello);
    QCOMPARE(many.features.size(), Protocol::MaxFeatures);
    QCOMPARE(many.features.first(), QStringLiteral("emoji"));
    QCOMPARE(many.features.at(1), QStringLiteral("f0"));
    QVERIFY(!plain.withFeatures(many.features));
    QVERIFY(!plain.withFeatures({}));
}

void TestSalonDialect::aCrowdIsToldInFewFrames_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("nameChars");
    QTest::addColumn<int>("minFrames");
    QTest::newRow("a class") << 30 << 8 << 1;
    // 10,000 students: a users list of 130 KB would be over a client's
    // 64 KiB frame, and 10,000 joined frames of 47 bytes each.
    QTest::newRow("a school") << 10000 << 10 << 8;
    // The longest names, each character 4 bytes of UTF-8.
    QTest::newRow("long names") << 2000 << Protocol::MaxNickChars / 2 << 3;
}

void TestSalonDialect::aCrowdIsToldInFewFrames()
{
    QFETCH(int, count);
    QFETCH(int, nameChars);
    QFETCH(int, minFrames);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        QString name = QString::number(i).rightJustified(nameChars, u'0');
        if (nameChars == Protocol::MaxNickChars / 2)
            name = QString(nameChars, u'x').replace(u'x', QStringLiteral("😀")); // surrogate pairs
        names.append(name + QString::number(i));
    }
    const std::unique_ptr<Dialect> crowd =
        SalonDialect(Protocol::MaxFrameBytes)
            .withFeatures({QLatin1String(Protocol::Feature::Crowd)});
    QVERIFY(crowd);

    // The list a newcomer gets, in parts a client can read, all but the last
    // saying more is coming; put together, every name once, in order.
    ChatEvent people = ChatEvent::of(ChatEvent::Kind::People);
    people.people = names;
    QStringList listed;
    QList<QByteArray> lines = crowd->encode(people).split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    QVERIFY2(lines.size() >= minFrames, qPrintable(QString::number(lines.size())));
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).size() < Protocol::MaxFrameBytes, qPrintable(QString::number(i)));
        const auto frame = Protocol::parse(lines.at(i));
        QVERIFY(frame);
        const auto part = SalonClientCodec::decode(*frame);
        QVERIFY(part);
        QCOMPARE(part->kind, ChatEvent::Kind::People);
        QCOMPARE(part->more, i < lines.size() - 1);
        listed += part->people;
    }
    QCOMPARE(listed, names);

    // Their arrival, told to those already in: a name per arrival, not a
    // frame, and as few frames as the list.
    ChatEvent joined = ChatEvent::of(ChatEvent::Kind::Joined);
    joined.nick = names.first();
    joined.people = names;
    const QByteArray told = crowd->encode(joined);
    const QByteArray oneEach = SalonDialect(Protocol::MaxFrameBytes).encode(joined);
    QCOMPARE(oneEach.count('\n'), count);
    QCOMPARE(told.count('\n'), lines.size());
    // Each name saves a frame's wrapping: {"type":"joined","nick":…} and more.
    QVERIFY2(told.size() + 30 * (count - lines.size()) < oneEach.size(),
             qPrintable(QStringLiteral("%1 vs %2").arg(told.size()).arg(oneEach.size())));
    QStringList arrived;
    for (const QByteArray &line : told.split('\n')) {
        if (line.isEmpty())
            continue;
        QVERIFY(line.size() < Protocol::MaxFrameBytes);
        const auto frame = Protocol::parse(line);
        QVERIFY(frame);
        const auto part = SalonClientCodec::decode(*frame);
        QVERIFY(part);
        QCOMPARE(part->kind, ChatEvent::Kind::Joined);
        QCOMPARE(part->nick, part->people.first());
        arrived += part->people;
    }
    QCOMPARE(arrived, names);

    // One alone is the frame every client knows.
    joined.people = {names.first()};
    QCOMPARE(crowd->encode(joined), SalonDialect(Protocol::MaxFrameBytes).encode(joined));
}

QTEST_GUILESS_MAIN(TestSalonDialect)
#include "tst_salondialect.moc"
