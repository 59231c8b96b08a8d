// Cutting a text client's bytes into lines: whatever the chunks, the same lines.

#include "base/linesplitter.h"

#include <QTest>

class TestLineSplitter : public QObject
{
    Q_OBJECT
private slots:
    void lines_data();
    void lines();
    void partialIsKeptForTheSilenceFlush();
    void overlongLineIsDroppedAndTheNextOneKept();
    void endlessLineCostsAtMostTheLimit();
};

namespace {
enum class Feed { Whole, ByteByByte, TwoHalves };

QList<QByteArray> feedAll(LineSplitter &splitter, const QByteArray &bytes, Feed feed)
{
    switch (feed) {
    case Feed::Whole:
        splitter.append(bytes);
        break;
    case Feed::ByteByByte:
        for (const char byte : bytes)
            splitter.append(QByteArray(1, byte));
        break;
    case Feed::TwoHalves:
        splitter.append(bytes.left(bytes.size() / 2));
        splitter.append(bytes.mid(bytes.size() / 2));
        break;
    }
    QList<QByteArray> lines;
    while (splitter.hasLine())
        lines.append(splitter.takeLine());
    return lines;
}
} // namespace

void TestLineSplitter::lines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<QByteArray>("rest");
    QTest::addColumn<int>("feed");

    const QList<std::pair<const char *, Feed>> feeds = {
        {"whole", Feed::Whole}, {"byte by byte", Feed::ByteByByte}, {"halves", Feed::TwoHalves}};
    for (const auto &[feedName, feed] : feeds) {
        const QByteArray prefix = QByteArray(feedName) + ": ";
        QTest::newRow(QByteArray(prefix + "LF").constData())
            << QByteArray("bonjour\n") << QList<QByteArray>{"bonjour"} << QByteArray() << int(feed);
        QTest::newRow(QByteArray(prefix + "CRLF").constData())
            << QByteArray("bonjour\r\nsalut\r\n") << QList<QByteArray>{"bonjour", "salut"}
            << QByteArray() << int(feed);
        QTest::newRow(QByteArray(prefix + "merged with rest").constData())
            << QByteArray("a\nb\nc") << QList<QByteArray>{"a", "b"} << QByteArray("c") << int(feed);
        QTest::newRow(QByteArray(prefix + "empty lines").constData())
            << QByteArray("\n\nx\n") << QList<QByteArray>{"", "", "x"} << QByteArray() << int(feed);
        QTest::newRow(QByteArray(prefix + "utf-8").constData())
            << QByteArray("\xc3\xa9t\xc3\xa9 \xe2\x82\xac\n")
            << QList<QByteArray>{"\xc3\xa9t\xc3\xa9 \xe2\x82\xac"} << QByteArray() << int(feed);
        QTest::newRow(QByteArray(prefix + "no newline").constData())
            << QByteArray("bonjour") << QList<QByteArray>{} << QByteArray("bonjour") << int(feed);
    }
}

void TestLineSplitter::lines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(QByteArray, rest);
    QFETCH(int, feed);
    LineSplitter splitter(1024);
    QCOMPARE(feedAll(splitter, bytes, Feed(feed)), expected);
    QCOMPARE(splitter.takePartial(), rest);
    QCOMPARE(splitter.takeOverflows(), 0);
}

void TestLineSplitter::partialIsKeptForTheSilenceFlush()
{
    LineSplitter splitter(1024);
    splitter.append("fi");
    splitter.append("n");
    QVERIFY(!splitter.hasLine());
    QVERIFY(splitter.hasPartial());
    QCOMPARE(splitter.takePartial(), QByteArray("fin"));
    QVERIFY(!splitter.hasPartial());
    splitter.append("next\n");
    QCOMPARE(splitter.takeLine(), QByteArray("next"));
}

void TestLineSplitter::overlongLineIsDroppedAndTheNextOneKept()
{
    LineSplitter splitter(8);
    splitter.append("short\n0123456789ABCDEF\nafter\n");
    QCOMPARE(splitter.takeOverflows(), 1);
    QCOMPARE(splitter.takeLine(), QByteArray("short"));
    QCOMPARE(splitter.takeLine(), QByteArray("after"));
    QVERIFY(!splitter.hasLine());
}

void TestLineSplitter::endlessLineCostsAtMostTheLimit()
{
    LineSplitter splitter(16 * 1024);
    const QByteArray chunk(4096, 'x');
    for (int i = 0; i < 1000; ++i) { // 4 MB with no newline
        splitter.append(chunk);
        QVERIFY2(splitter.bufferedBytes() <= 16 * 1024, "the buffer grew past its limit");
    }
    QCOMPARE(splitter.takeOverflows(), 1);
    splitter.append("tail\nok\n");
    QCOMPARE(splitter.takeLine(), QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
