// tst_dialectdetector — what a new connection speaks, from its first bytes:
// whole, byte by byte, split inside a UTF-8 sequence, oversize.

#include "dialects/dialectdetector.h"

#include <QTest>

Q_DECLARE_METATYPE(DialectDetector::Verdict)

class TestDialectDetector : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void byteByByteIsNotYetUntilTheNewline_data();
    void byteByByteIsNotYetUntilTheNewline();
    void oversizeIsText();
    void dialectsMatchTheVerdict();

private:
    const DialectDetector m_detector{64 * 1024, 16 * 1024};
};

void TestDialectDetector::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DialectDetector::Verdict>("verdict");

    using V = DialectDetector::Verdict;
    QTest::newRow("nothing") << QByteArray() << V::NotYet;
    QTest::newRow("hello") << QByteArray("{\"type\":\"hello\",\"nick\":\"a\"}\n") << V::Salon;
    QTest::newRow("hello, crlf") << QByteArray("{\"type\":\"hello\",\"nick\":\"a\"}\r\n")
                                 << V::Salon;
    QTest::newRow("hello and more")
        << QByteArray("{\"type\":\"hello\"}\n{\"type\":\"say\"}\n") << V::Salon;
    QTest::newRow("half a hello") << QByteArray("{\"type\":\"hel") << V::NotYet;
    QTest::newRow("say first") << QByteArray("{\"type\":\"say\",\"text\":\"x\"}\n") << V::Text;
    QTest::newRow("text line") << QByteArray("bonjour\n") << V::Text;
    QTest::newRow("empty line") << QByteArray("\n") << V::Text;
    QTest::newRow("no newline yet") << QByteArray("bonjour") << V::NotYet;
    QTest::newRow("binary") << QByteArray("\x00\xff\x16\x03\x01\n", 6) << V::Text;
    // openssl s_client's first bytes; then cut short, and look-alikes.
    QTest::newRow("ClientHello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                                 << V::Tls;
    QTest::newRow("TLS 1.0 record") << QByteArray("\x16\x03\x00", 3) << V::Tls;
    QTest::newRow("one byte of it") << QByteArray("\x16", 1) << V::NotYet;
    QTest::newRow("two bytes of it") << QByteArray("\x16\x03", 2) << V::NotYet;
    QTest::newRow("not a version") << QByteArray("\x16\x03\x09\n", 4) << V::Text;
    QTest::newRow("not a handshake") << QByteArray("\x16hello\n", 7) << V::Text;
    // A browser's first line, never chat; and what only looks like one.
    QTest::newRow("browser") << QByteArray("GET / HTTP/1.1\r\nHost: 192.168.1.10:12800\r\n")
                             << V::Http;
    QTest::newRow("curl, HTTP/1.0") << QByteArray("HEAD /room HTTP/1.0\n") << V::Http;
    QTest::newRow("a student's GET") << QByteArray("GET me a coffee\n") << V::Text;
    QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n") << V::Text;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n") << V::Text;
    QTest::newRow("a request line longer than any line")
        << QByteArray("GET /" + QByteArray(70 * 1024, 'a')) << V::Http;
}

void TestDialectDetector::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DialectDetector::Verdict, verdict);
    QCOMPARE(m_detector.detect(bytes), verdict);
}

void TestDialectDetector::byteByByteIsNotYetUntilTheNewline_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DialectDetector::Verdict>("verdict");
    QTest::newRow("hello") << QByteArray("{\"type\":\"hello\",\"nick\":\"Zoé\"}\n")
                           << DialectDetector::Verdict::Salon;
    QTest::newRow("text") << QByteArray("été ☕\n") << DialectDetector::Verdict::Text;
}

void TestDialectDetector::byteByByteIsNotYetUntilTheNewline()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DialectDetector::Verdict, verdict);
    // Every cut, including inside "é" and "☕", waits for the rest.
    for (qsizetype size = 1; size < bytes.size(); ++size)
        QCOMPARE(m_detector.detect(bytes.left(size)), DialectDetector::Verdict::NotYet);
    QCOMPARE(m_detector.detect(bytes), verdict);
}

void TestDialectDetector::oversizeIsText()
{
    const QByteArray flood(m_detector.peekBytes(), 'x');
    QCOMPARE(m_detector.detect(flood.chopped(1)), DialectDetector::Verdict::NotYet);
    QCOMPARE(m_detector.detect(flood), DialectDetector::Verdict::Text);
}

void TestDialectDetector::dialectsMatchTheVerdict()
{
    QCOMPARE(m_detector.dialectFor(DialectDetector::Verdict::Salon)->kind(),
             Participant::Kind::Salon);
    QCOMPARE(m_detector.dialectFor(DialectDetector::Verdict::Text)->kind(),
             Participant::Kind::Text);
    QCOMPARE(m_detector.dialectFor(DialectDetector::Verdict::NotYet)->kind(),
             Participant::Kind::Text);
    QCOMPARE(m_detector.dialectFor(DialectDetector::Verdict::Salon)->maxUnitBytes(), 64 * 1024);
    QCOMPARE(m_detector.dialectFor(DialectDetector::Verdict::Text)->maxUnitBytes(), 16 * 1024);
}

QTEST_GUILESS_MAIN(TestDialectDetector)
#include "tst_dialectdetector.moc"
