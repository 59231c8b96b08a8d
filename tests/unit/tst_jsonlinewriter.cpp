// tst_jsonlinewriter — the message frames written straight to bytes read
// back exactly as Qt's own JSON writer's, whatever the text holds.

#include "base/jsonlinewriter.h"
#include "base/protocol.h"
#include "model/chatmessage.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonLineWriter : public QObject
{
    Q_OBJECT
private slots:
    void messageReadsBackAsQtWritesIt_data();
    void messageReadsBackAsQtWritesIt();
    void oneLineWhateverTheText();
};

void TestJsonLineWriter::messageReadsBackAsQtWritesIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("history");
    QTest::newRow("plain") << QStringLiteral("bonjour") << false << false;
    QTest::newRow("accents and emoji") << QStringLiteral("été ☕ 🎉") << false << false;
    QTest::newRow("quotes and backslashes")
        << QStringLiteral(R"(say "\n" and C:\temp\)") << false << false;
    QTest::newRow("controls") << QStringLiteral("a\u0001b\tc\rd\ne\u001f\u007f") << false << false;
    QTest::newRow("markup") << QStringLiteral("<b>x</b> &amp; {\"type\":\"x\"}") << true << false;
    QTest::newRow("bidi and separators")
        << QStringLiteral("\u202eevil\u2028\u2029") << false << true;
    QTest::newRow("empty") << QString() << true << true;
}

void TestJsonLineWriter::messageReadsBackAsQtWritesIt()
{
    QFETCH(QString, text);
    QFETCH(bool, isPrivate);
    QFETCH(bool, history);
    ChatMessage message;
    message.kind = isPrivate ? ChatMessage::Kind::Private : ChatMessage::Kind::Public;
    message.id = 1234567890123;
    message.time = QDateTime::currentDateTimeUtc();
    message.room = RoomId::main();
    message.from = QStringLiteral("Zoé");
    message.to = isPrivate ? QStringLiteral("bob \"b\"") : QString();
    message.text = text;
    message.history = history;

    const QByteArray line = ChatMessageFrame::encodeLine(message);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const auto frame = Protocol::parse(line.chopped(1));
    QVERIFY2(frame, line.constData());
    QCOMPARE(*frame, ChatMessageFrame::encode(message));
    // Byte for byte what Qt writes, only faster.
    QCOMPARE(line, Protocol::encode(ChatMessageFrame::encode(message)));
    const auto back = ChatMessageFrame::decode(*frame);
    QVERIFY(back);
    QCOMPARE(back->text, text);
    QCOMPARE(back->to, message.to);
    QCOMPARE(back->id, message.id);
    QCOMPARE(back->history, history);
}

void TestJsonLineWriter::oneLineWhateverTheText()
{
    QString everyByte;
    for (char16_t c = 0; c < 0x100; ++c)
        everyByte.append(QChar(c));
    const QByteArray line = JsonLineWriter()
                                .field("text", everyByte)
                                .field("n", qint64(-5))
                                .field("yes", true)
                                .field("kind", QLatin1String("x\"y"))
                                .line();
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QCOMPARE(object.value(QLatin1String("text")).toString(), everyByte);
    QCOMPARE(object.value(QLatin1String("n")).toInteger(), -5);
    QCOMPARE(object.value(QLatin1String("yes")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("x\"y"));
}

QTEST_GUILESS_MAIN(TestJsonLineWriter)
#include "tst_jsonlinewriter.moc"
