// tst_web — browsers on the room's port, as a phone or a school PC meets
// it: the page and its files served with a policy that keeps them to
// themselves; the page's WebSocket joins the room like a Salon client and
// chats with a text client; another site's page is refused; and the HTTP
// edge holds against hostile input: a 100 KB request line, headers that
// never end, a path with "..", an unknown method, a slow sender, 200
// browsers at once.

#include "rawhttp.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace {
// The page's WebSocket, as a browser opens it.
struct Page
{
    Page(quint16 port, const QString &origin) : socket(origin)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &message) {
                             frames.append(QJsonDocument::fromJson(message.toUtf8()).object());
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    }
    void send(const QJsonObject &frame)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    bool got(const QString &type, const QString &field = {}, const QString &value = {}) const
    {
        for (const QJsonObject &frame : frames) {
            if (frame.value(QLatin1String("type")).toString() == type &&
                (field.isEmpty() || frame.value(field).toString() == value))
                return true;
        }
        return false;
    }
    QWebSocket socket;
    QList<QJsonObject> frames;
    bool closed = false;
};
} // namespace

class TestWeb : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void servesThePageAndItsFiles_data();
    void servesThePageAndItsFiles();
    void hostileRequestsGetAStatusNotAFile_data();
    void hostileRequestsGetAStatusNotAFile();
    void aSlowSenderIsCutOff();
    void thePageJoinsAndChatsWithATextClient();
    void anotherSitesPageIsRefused();
    void aMessageOverTheFrameLimitClosesTheWebSocket();
    void twoHundredBrowsersAtOnce();
    void thePagesFilesComeOnOneConnection();
    void twoHundredPagesJoinAtOnce();
    void overTlsAndRequiredTls();

private:
    std::unique_ptr<ChatServer> m_server;
    quint16 m_port = 0;
};

void TestWeb::init()
{
    m_server = std::make_unique<ChatServer>();
    m_server->setIdentifyTimeout(100); // listening text clients are in at once
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestWeb::cleanup()
{
    m_server.reset();
}

void TestWeb::servesThePageAndItsFiles_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("inBody");
    QTest::newRow("the page") << QByteArray("GET") << QByteArray("/")
                              << QByteArray("text/html; charset=utf-8")
                              << QByteArray("<script src=\"/app.js\"");
    QTest::newRow("its script") << QByteArray("GET") << QByteArray("/app.js?v=2")
                                << QByteArray("text/javascript; charset=utf-8")
                                << QByteArray("textContent");
    QTest::newRow("its style") << QByteArray("GET") << QByteArray("/style.css")
                               << QByteArray("text/css; charset=utf-8")
                               << QByteArray("max-width: 600px");
    QTest::newRow("HEAD: no body") << QByteArray("HEAD") << QByteArray("/")
                                   << QByteArray("text/html; charset=utf-8") << QByteArray();
}

void TestWeb::servesThePageAndItsFiles()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, inBody);
    RawHttp http(m_port);
    QVERIFY(http.socket->waitForConnected(5000));
    http.socket->write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(http.complete(method == "HEAD"));
    QCOMPARE(http.status(), 200);
    QCOMPARE(http.header("connection"), QByteArray("keep-alive"));
    QCOMPARE(http.header("content-type"), contentType);
    // Nothing from outside the page, no inline script, no framing.
    const QByteArray policy = http.header("content-security-policy");
    QVERIFY2(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") &&
                 !policy.contains("unsafe-inline") && policy.contains("frame-ancestors 'none'"),
             policy.constData());
    QCOMPARE(http.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(http.header("set-cookie").isEmpty());
    if (inBody.isEmpty())
        QVERIFY(http.body().isEmpty());
    else
        QVERIFY(http.body().contains(inBody));
    QVERIFY(m_server->participants().isEmpty()); // a page is nobody in the room
}

void TestWeb::hostileRequestsGetAStatusNotAFile_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("a 100 KB request line")
        << QByteArray("GET /" + QByteArray(100 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")
        << 414;
    QTest::newRow("headers that never end")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n" +
                      QByteArray("X-Filler: " + QByteArray(100, 'b') + "\r\n").repeated(200))
        << 431;
    QTest::newRow("up out of the page")
        << QByteArray("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
    QTest::newRow("up, encoded") << QByteArray(
                                        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n")
                                 << 404;
    QTest::newRow("a file on disk") << QByteArray("GET /home HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
    QTest::newRow("an unknown method") << QByteArray("BREW / HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
    QTest::newRow("a body to post")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd") << 405;
    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("a broken header") << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400;
    QTest::newRow("a WebSocket elsewhere")
        << QByteArray("GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
                      "Upgrade\r\n\r\n")
        << 404;
}

void TestWeb::hostileRequestsGetAStatusNotAFile()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    TextPeer listener(m_port);
    QTRY_COMPARE(m_server->participants().size(), 1);
    RawHttp http(m_port);
    QVERIFY(http.socket->waitForConnected(5000));
    http.socket->write(request);
    QTRY_VERIFY(http.closed);
    QCOMPARE(http.status(), status);
    QVERIFY(!http.body().contains("root:"));
    QCOMPARE(m_server->participants().size(), 1);
    QVERIFY(listener.lines.filter(QStringLiteral("GET")).isEmpty());
    QVERIFY(listener.lines.filter(QStringLiteral("BREW")).isEmpty());
}

void TestWeb::aSlowSenderIsCutOff()
{
    m_server->setTlsTimeout(300); // the deadline for a request head, too
    RawHttp http(m_port);
    QVERIFY(http.socket->waitForConnected(5000));
    http.socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and never the blank line
    QTRY_VERIFY(http.closed);
    QCOMPARE(http.status(), 408);
}

void TestWeb::thePageJoinsAndChatsWithATextClient()
{
    TextPeer zoe(m_port);
    QTRY_COMPARE(m_server->participants().size(), 1);
    zoe.send("avant toi\nencore avant\n");
    QTRY_VERIFY(zoe.lines.join(u'\n').contains(QStringLiteral("encore avant")));
    Page page(m_port, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QTRY_COMPARE(page.socket.state(), QAbstractSocket::ConnectedState);
    page.send({{QStringLiteral("type"), QStringLiteral("hello")},
               {QStringLiteral("version"), 1},
               {QStringLiteral("nick"), QStringLiteral("léa")},
               {QStringLiteral("client"), QStringLiteral("Salon web")}});
    QTRY_VERIFY(page.got(QStringLiteral("welcome"), QStringLiteral("nick"), QStringLiteral("léa")));
    // What was said before she came: a message each, both shown.
    QTRY_VERIFY(
        page.got(QStringLiteral("message"), QStringLiteral("text"), QStringLiteral("avant toi")));
    QVERIFY(page.got(QStringLiteral("message"), QStringLiteral("text"),
                     QStringLiteral("encore avant")));
    QTRY_COMPARE(m_server->participants().size(), 2);
    Participant lea;
    for (const Participant &participant : m_server->participants()) {
        if (participant.nick == QStringLiteral("léa"))
            lea = participant;
    }
    QCOMPARE(lea.kindName, QStringLiteral("Browser"));
    QVERIFY(!lea.encrypted);
    QTRY_VERIFY(zoe.lines.join(u'\n').contains(QStringLiteral("léa joined")));

    page.send({{QStringLiteral("type"), QStringLiteral("say")},
               {QStringLiteral("text"), QStringLiteral("Bonjour depuis le téléphone")},
               {QStringLiteral("cid"), QStringLiteral("p1-1")}});
    QTRY_VERIFY(zoe.lines.join(u'\n').contains(QStringLiteral("léa: Bonjour depuis le téléphone")));
    // Her own copy comes back with her id: "sending…" ends on the page.
    QTRY_VERIFY(page.got(QStringLiteral("message"), QStringLiteral("cid"), QStringLiteral("p1-1")));
    zoe.send("<script>alert(1)</script>\n");
    QTRY_VERIFY(page.got(QStringLiteral("message"), QStringLiteral("text"),
                         QStringLiteral("<script>alert(1)</script>")));
    // A private message, to her alone.
    zoe.send("/msg léa rien que pour toi\n");
    QTRY_VERIFY(page.got(QStringLiteral("private"), QStringLiteral("text"),
                         QStringLiteral("rien que pour toi")));
}

void TestWeb::anotherSitesPageIsRefused()
{
    QSignalSpy problems(m_server.get(), &ChatServer::problem);
    Page page(m_port, QStringLiteral("http://evil.example"));
    QTRY_VERIFY(page.closed || page.socket.state() == QAbstractSocket::UnconnectedState);
    QVERIFY(m_server->participants().isEmpty());
    QTRY_VERIFY(!problems.isEmpty());
    QVERIFY(problems.constLast().constFirst().toString().contains(QLatin1String("evil.example")));
}

void TestWeb::aMessageOverTheFrameLimitClosesTheWebSocket()
{
    Page page(m_port, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QTRY_COMPARE(page.socket.state(), QAbstractSocket::ConnectedState);
    page.send({{QStringLiteral("type"), QStringLiteral("hello")},
               {QStringLiteral("version"), 1},
               {QStringLiteral("nick"), QStringLiteral("max")}});
    QTRY_COMPARE(m_server->participants().size(), 1);
    page.socket.sendTextMessage(QString(200 * 1024, QLatin1Char('x')));
    QTRY_VERIFY(page.closed);
    QTRY_COMPARE(m_server->participants().size(), 0);
}

void TestWeb::twoHundredBrowsersAtOnce()
{
    std::vector<std::unique_ptr<RawHttp>> browsers;
    for (int i = 0; i < 200; ++i) {
        browsers.push_back(std::make_unique<RawHttp>(m_port));
        QObject::connect(browsers.back()->socket, &QTcpSocket::connected, browsers.back()->socket,
                         [socket = browsers.back()->socket] {
                             socket->write("GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Connection: close\r\n\r\n");
                         });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(browsers.cbegin(), browsers.cend(),
                                         [](const auto &browser) { return browser->closed; }),
                             30000);
    for (const auto &browser : browsers)
        QCOMPARE(browser->status(), 200);
    QVERIFY(m_server->participants().isEmpty());
    // Every connection's place is given back.
    QTRY_COMPARE(m_server->occupancy().connecting, 0);
}

// As a browser fetches them: one request after the other on one connection
// (fewer connections: a page reloaded twice stays within the per-address
// rate), closed when it asks, or once it is idle.
void TestWeb::thePagesFilesComeOnOneConnection()
{
    m_server->setTlsTimeout(500); // and the idle time with it
    RawHttp http(m_port);
    QVERIFY(http.socket->waitForConnected(5000));
    http.socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(http.complete());
    QVERIFY(http.body().contains("<!DOCTYPE html>"));
    http.answer.clear();
    // Two at once, the second closing.
    http.socket->write("GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                       "GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY(http.closed);
    QCOMPARE(http.answer.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(http.answer.contains("textContent") && http.answer.contains("max-width: 600px"));

    // An idle one is closed, and its place given back.
    RawHttp idle(m_port);
    QVERIFY(idle.socket->waitForConnected(5000));
    idle.socket->write("GET /icon.svg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(idle.complete());
    QVERIFY(!idle.closed);
    QTRY_VERIFY(idle.closed);
    QCOMPARE(idle.answer.count("HTTP/1.1"), 1); // no 408 for having asked nothing more
    QTRY_COMPARE(m_server->occupancy().connecting, 0);
}

// A class of phones opening the page at the same moment: every WebSocket
// is taken, and everyone is in the room.
void TestWeb::twoHundredPagesJoinAtOnce()
{
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    std::vector<std::unique_ptr<Page>> pages;
    for (int i = 0; i < 200; ++i) {
        pages.push_back(std::make_unique<Page>(m_port, origin));
        Page *page = pages.back().get();
        QObject::connect(&page->socket, &QWebSocket::connected, &page->socket, [page, i] {
            page->send({{QStringLiteral("type"), QStringLiteral("hello")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("nick"), QStringLiteral("phone%1").arg(i)}});
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->participants().size(), 200, 30000);
    for (const auto &page : pages)
        QTRY_VERIFY(page->got(QStringLiteral("welcome")));
    // Each page knows everyone, each name once: those in its list, and those
    // who came after (announced together, a frame each).
    auto namesOn = [](const Page &page) {
        QStringList names;
        for (const QJsonObject &frame : page.frames) {
            const QString type = frame.value(QLatin1String("type")).toString();
            if (type == QLatin1String("users")) {
                for (const QJsonValue &user : frame.value(QLatin1String("users")).toArray())
                    names.append(user.toString());
            } else if (type == QLatin1String("joined")) {
                names.append(frame.value(QLatin1String("nick")).toString());
            }
        }
        return names;
    };
    for (const auto &page : pages) {
        QTRY_COMPARE(namesOn(*page).size(), 200);
        const QStringList names = namesOn(*page);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 200);
    }
}

void TestWeb::overTlsAndRequiredTls()
{
    QTemporaryDir folder;
    QString error;
    const auto identity = ServerIdentity::loadOrCreate(folder.path(), &error);
    QVERIFY2(identity, qPrintable(error));
    m_server->setIdentity(identity);

    // https:// on the same port.
    QSslSocket tls;
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    RawHttp https(m_port, &tls);
    tls.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    QTRY_VERIFY_WITH_TIMEOUT(tls.isEncrypted(), 10000);
    tls.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(https.complete());
    QCOMPARE(https.status(), 200);

    // Only encrypted: plain http:// is sent to https://, same address.
    m_server->setRequireTls(true);
    RawHttp plain(m_port);
    QVERIFY(plain.socket->waitForConnected(5000));
    plain.socket->write(QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:") +
                        QByteArray::number(m_port) + "\r\n\r\n");
    QTRY_VERIFY(plain.closed);
    QCOMPARE(plain.status(), 301);
    QCOMPARE(plain.header("location"),
             QByteArray("https://127.0.0.1:") + QByteArray::number(m_port) + '/');
}

QTEST_MAIN(TestWeb)
#include "tst_web.moc"
