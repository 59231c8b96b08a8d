// The Salon protocol decoder: the same frames however the bytes arrive, and
// never more buffered than the limit.

#include "base/framedecoder.h"
#include "base/protocol.h"

#include <QJsonArray>
#include <QTest>

class TestFrameDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodes_data();
    void decodes();
    void malformedLinesAreReportedAndSkipped();
    void oversizeFrameIsRejectedBeforeBuffering();
    void encodeRoundTrip();
};

namespace {
QList<QJsonObject> frames(const QList<FrameDecoder::Item> &items)
{
    QList<QJsonObject> result;
    for (const FrameDecoder::Item &item : items) {
        if (item.kind == FrameDecoder::Item::Kind::Frame)
            result.append(item.frame);
    }
    return result;
}
} // namespace

void TestFrameDecoder::decodes_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("texts");

    const QByteArray one = Protocol::encode({{QStringLiteral("type"), QStringLiteral("say")},
                                             {QStringLiteral("text"), QStringLiteral("été ☕")}});
    const QByteArray two = Protocol::encode({{QStringLiteral("type"), QStringLiteral("say")},
                                             {QStringLiteral("text"), QStringLiteral("deux")}});

    QTest::newRow("whole") << QList<QByteArray>{one} << QStringList{QStringLiteral("été ☕")};
    QList<QByteArray> bytes;
    for (const char c : one)
        bytes.append(QByteArray(1, c));
    QTest::newRow("byte by byte") << bytes << QStringList{QStringLiteral("été ☕")};
    QTest::newRow("merged") << QList<QByteArray>{one + two}
                            << QStringList{QStringLiteral("été ☕"), QStringLiteral("deux")};
    // "é" is 0xC3 0xA9: cut between the two bytes.
    const qsizetype inside = one.indexOf("\xc3\xa9") + 1;
    QTest::newRow("split utf-8") << QList<QByteArray>{one.left(inside), one.mid(inside) + two}
                                 << QStringList{QStringLiteral("été ☕"), QStringLiteral("deux")};
    const qsizetype cup = one.indexOf("\xe2\x98\x95") + 2;
    QTest::newRow("split 3-byte utf-8")
        << QList<QByteArray>{one.left(cup), one.mid(cup)} << QStringList{QStringLiteral("été ☕")};
    QTest::newRow("crlf and blank lines") << QList<QByteArray>{"\r\n\n" + one.chopped(1) + "\r\n"}
                                          << QStringList{QStringLiteral("été ☕")};
}

void TestFrameDecoder::decodes()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, texts);
    FrameDecoder decoder(Protocol::MaxFrameBytes);
    QList<FrameDecoder::Item> items;
    for (const QByteArray &chunk : chunks)
        items += decoder.feed(chunk);
    QStringList decoded;
    for (const QJsonObject &frame : frames(items)) {
        QCOMPARE(Protocol::typeOf(frame), QStringLiteral("say"));
        decoded.append(frame.value(QLatin1String("text")).toString());
    }
    QCOMPARE(decoded, texts);
    QCOMPARE(items.size(), texts.size());
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestFrameDecoder::malformedLinesAreReportedAndSkipped()
{
    FrameDecoder decoder(Protocol::MaxFrameBytes);
    // {"type":""} was found by fuzz_framedecoder: a frame with no name is no frame.
    const QList<FrameDecoder::Item> items = decoder.feed("not json\n[1,2]\n{\"no\":\"type\"}\n"
                                                         "{\"type\":\"\"}\n{\"type\":1}\n"
                                                         "{\"type\":\"ping\"}\n");
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(0).line, QByteArray("not json"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(items.at(i).kind, FrameDecoder::Item::Kind::Malformed);
    QCOMPARE(items.at(5).kind, FrameDecoder::Item::Kind::Frame);
    QCOMPARE(Protocol::typeOf(items.at(5).frame), QStringLiteral("ping"));
}

void TestFrameDecoder::oversizeFrameIsRejectedBeforeBuffering()
{
    FrameDecoder decoder(1024);
    QList<FrameDecoder::Item> items;
    const QByteArray chunk(300, 'x');
    for (int i = 0; i < 100; ++i) {
        items += decoder.feed(chunk);
        QVERIFY2(decoder.bufferedBytes() <= 1024, "more than the limit was buffered");
    }
    items += decoder.feed("\n{\"type\":\"ping\"}\n");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).kind, FrameDecoder::Item::Kind::Oversize);
    QCOMPARE(items.at(1).kind, FrameDecoder::Item::Kind::Frame);
}

void TestFrameDecoder::encodeRoundTrip()
{
    const QJsonObject frame{
        {QStringLiteral("type"), QStringLiteral("users")},
        {QStringLiteral("users"), QJsonArray{QStringLiteral("zoé"), QStringLiteral("a\nb")}}};
    const QByteArray line = Protocol::encode(frame);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // a newline inside a string is escaped
    FrameDecoder decoder(Protocol::MaxFrameBytes);
    const QList<FrameDecoder::Item> items = decoder.feed(line);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().frame, frame);
}

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
