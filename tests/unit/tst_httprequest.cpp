// tst_httprequest — the request head as browsers send it and as an
// attacker might: read whole, waited for while incomplete, refused with the
// right status when a bound is broken, never grown past its limits.

#include "web/httprequest.h"

#include <QTest>

class TestHttpRequest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void incompleteWaitsUntilTheBlankLine();
    void theHeadEndsWhereTheBodyBegins();
};

using Status = HttpRequestParser::Status;

void TestHttpRequest::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: Done, else the HTTP status of the refusal
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("upgrade");
    const QByteArray chrome =
        "GET /ws HTTP/1.1\r\nHost: 192.168.1.10:12800\r\nConnection: Upgrade\r\n"
        "Upgrade: websocket\r\nOrigin: http://192.168.1.10:12800\r\n"
        "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
        "dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    QTest::newRow("a page") << QByteArray("GET /?lang=fr HTTP/1.1\r\nHost: x\r\n\r\n") << 0
                            << QByteArray("/") << false;
    QTest::newRow("Chrome's upgrade") << chrome << 0 << QByteArray("/ws") << true;
    QTest::newRow("Firefox's upgrade")
        << QByteArray("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\n"
                      "Upgrade: websocket\r\n\r\n")
        << 0 << QByteArray("/ws") << true;
    QTest::newRow("HTTP/1.0 needs no Host")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << QByteArray("/") << false;
    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QByteArray()
                             << false;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505
                            << QByteArray() << false;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                << QByteArray() << false;
    QTest::newRow("control in the target")
        << QByteArray("GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << QByteArray() << false;
    QTest::newRow("a header with no colon")
        << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400 << QByteArray() << false;
    QTest::newRow("a folded header")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n continued\r\n\r\n") << 400 << QByteArray()
        << false;
    QTest::newRow("a request line too long")
        << QByteArray("GET /" + QByteArray(HttpRequestParser::MaxRequestLineBytes, 'a') +
                      " HTTP/1.1\r\n")
        << 414 << QByteArray() << false;
    QTest::newRow("a request line too long, still coming")
        << QByteArray("GET /" + QByteArray(HttpRequestParser::MaxRequestLineBytes, 'a')) << 414
        << QByteArray() << false;
    QTest::newRow("a head too big")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " +
                      QByteArray(HttpRequestParser::MaxHeadBytes, 'b') + "\r\n\r\n")
        << 431 << QByteArray() << false;
    QTest::newRow("too many headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n" +
                                                    QByteArray("A: b\r\n").repeated(64) + "\r\n")
                                      << 431 << QByteArray() << false;
}

void TestHttpRequest::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, path);
    QFETCH(bool, upgrade);
    const HttpRequestParser::Result result = HttpRequestParser::parse(bytes);
    if (status != 0) {
        QCOMPARE(result.status, Status::Invalid);
        QCOMPARE(result.httpStatus, status);
        return;
    }
    QCOMPARE(result.status, Status::Done);
    QCOMPARE(result.request.path(), path);
    QCOMPARE(result.request.isWebSocketUpgrade(), upgrade);
}

void TestHttpRequest::incompleteWaitsUntilTheBlankLine()
{
    const QByteArray request =
        "GET /app.js HTTP/1.1\r\nHost: 10.0.0.1:12800\r\nAccept: */*\r\n\r\n";
    for (qsizetype size = 0; size < request.size(); ++size)
        QCOMPARE(HttpRequestParser::parse(request.left(size)).status, Status::NeedMore);
    const auto result = HttpRequestParser::parse(request);
    QCOMPARE(result.status, Status::Done);
    QCOMPARE(result.request.header("host"), QByteArray("10.0.0.1:12800"));
    QCOMPARE(result.request.header("accept"), QByteArray("*/*"));
}

void TestHttpRequest::theHeadEndsWhereTheBodyBegins()
{
    const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n";
    const auto result = HttpRequestParser::parse(head + "hello");
    QCOMPARE(result.status, Status::Done);
    QCOMPARE(result.request.headBytes, head.size());
    QCOMPARE(result.request.method, QByteArray("POST"));
}

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
