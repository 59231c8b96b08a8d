// tst_tls — TLS on the room's own port (issue #13), as each kind of client
// meets it: the banner says TLS is offered; a ClientHello before the banner
// (openssl s_client) or right after it (the Salon client) starts TLS, with
// the server's own certificate, and the peer then chats with plain ones;
// openssl s_client itself chats with a plain nc; a room that requires TLS
// tells a plain peer how to come back encrypted, then closes; a ClientHello
// the room can't answer never reaches the room as chat; a TLS handshake
// that stalls is closed. And the Salon client: it meets a new server by
// its fingerprint, joins one it pinned over TLS (and comes back over TLS),
// and stops at another certificate or at a pinned server gone plain.

#include "client/chatclient.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(TlsTextPeer::Start)

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theBannerSaysTlsIsOffered();
    void aClientHelloStartsTlsOnTheSamePort_data();
    void aClientHelloStartsTlsOnTheSamePort();
    void opensslChatsWithAPlainNc();
    void aRoomThatRequiresTlsSendsPlainPeersAway();
    void aClientHelloTheRoomCantAnswerIsNoChat();
    void aStalledTlsHandshakeIsClosed();
    void aBrowserIsAnsweredNotPosted_data();
    void aBrowserIsAnsweredNotPosted();
    void anAnswerThatComesTooLateIsNoChat_data();
    void anAnswerThatComesTooLateIsNoChat();
    void theSalonClientMeetsANewServerByItsFingerprint();
    void aPinnedServerIsJoinedOverTlsAndAfterARestart();
    void anotherCertificateStopsTheClient();
    void aPinnedServerGonePlainStopsTheClient();
    void aPlainServerIsJoinedPlainAndNeverSentTls();

private:
    std::optional<Participant> participant(const QString &nick) const;

    QTemporaryDir m_folder;
    std::optional<ServerIdentity> m_identity;
    std::unique_ptr<ChatServer> m_server;
    QStringList m_problems;
    quint16 m_port = 0;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QString error;
    m_identity = ServerIdentity::loadOrCreate(m_folder.path(), &error);
    QVERIFY2(m_identity, qPrintable(error));
}

void TestTls::init()
{
    m_server = std::make_unique<ChatServer>();
    m_server->setIdentifyTimeout(200); // a silent nc is a text client soon
    m_server->setIdentity(m_identity);
    QVERIFY(m_server->offersTls());
    m_problems.clear();
    connect(m_server.get(), &ChatServer::problem, this,
            [this](const QString &text) { m_problems.append(text); });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestTls::cleanup()
{
    m_server.reset();
}

std::optional<Participant> TestTls::participant(const QString &nick) const
{
    for (const Participant &each : m_server->participants()) {
        if (each.nick == nick)
            return each;
    }
    return std::nullopt;
}

void TestTls::theBannerSaysTlsIsOffered()
{
    TextPeer nc(m_port);
    QTRY_VERIFY(!nc.lines.isEmpty());
    QVERIFY2(nc.lines.first().startsWith(QLatin1String("SALON/1 TLS Welcome")),
             qPrintable(nc.lines.first()));
    // A room with no identity offers nothing.
    ChatServer plain;
    plain.setIdentifyTimeout(200);
    QVERIFY(!plain.offersTls());
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    TextPeer other(plain.serverPort());
    QTRY_VERIFY(!other.lines.isEmpty());
    QVERIFY2(other.lines.first().startsWith(QLatin1String("SALON/1 Welcome")),
             qPrintable(other.lines.first()));
}

void TestTls::aClientHelloStartsTlsOnTheSamePort_data()
{
    QTest::addColumn<TlsTextPeer::Start>("start");
    QTest::newRow("before the banner (openssl s_client)") << TlsTextPeer::Start::HelloFirst;
    QTest::newRow("right after the banner (the Salon client)") << TlsTextPeer::Start::AfterBanner;
}

void TestTls::aClientHelloStartsTlsOnTheSamePort()
{
    QFETCH(TlsTextPeer::Start, start);
    TlsTextPeer alice(m_port, start);
    QTRY_VERIFY(alice.socket.isEncrypted());
    // The server's own certificate: the fingerprint the projector shows.
    QCOMPARE(alice.socket.peerCertificate().digest(QCryptographicHash::Sha256),
             m_identity->sha256());
    // Greeted again inside TLS, where there is nothing more to offer.
    QTRY_VERIFY(
        alice.received(QStringLiteral("*** You are guest-1. Type /nick NAME to change it.")));
    QVERIFY(alice.lines.filter(QStringLiteral("SALON/1 Welcome")).size() == 1);
    alice.send("/nick alice\n");
    QTRY_VERIFY(participant(QStringLiteral("alice")));
    QVERIFY(participant(QStringLiteral("alice"))->encrypted);

    TextPeer bob(m_port);
    QTRY_COMPARE(m_server->participants().size(), 2);
    QVERIFY(!participant(QStringLiteral("guest-2"))->encrypted);
    alice.send("secret plans, en clair nulle part\n");
    QTRY_VERIFY(bob.received(QStringLiteral("alice: secret plans, en clair nulle part")));
    bob.send("got it\n");
    QTRY_VERIFY(alice.received(QStringLiteral("guest-2: got it")));
}

void TestTls::opensslChatsWithAPlainNc()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    TextPeer nc(m_port);
    QTRY_COMPARE(m_server->participants().size(), 1);
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(openssl, {QStringLiteral("s_client"), QStringLiteral("-quiet"),
                           QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    QVERIFY(client.waitForStarted());
    QTRY_COMPARE(m_server->participants().size(), 2);
    client.write("/nick sam\nbonjour depuis openssl\n");
    QTRY_VERIFY2(nc.received(QStringLiteral("sam: bonjour depuis openssl")),
                 qPrintable(nc.lines.join(u'\n')));
    QVERIFY(participant(QStringLiteral("sam"))->encrypted);
    nc.send("salut sam\n");
    QByteArray seen;
    QTRY_VERIFY((seen += client.readAll()).contains("guest-1: salut sam"));
    // "fin" leaves: the server closes, and openssl ends.
    client.write("fin\n");
    QTRY_COMPARE(m_server->participants().size(), 1);
    QTRY_COMPARE(client.state(), QProcess::NotRunning);
}

void TestTls::aRoomThatRequiresTlsSendsPlainPeersAway()
{
    m_server->setRequireTls(true);
    TlsTextPeer alice(m_port, TlsTextPeer::Start::AfterBanner);
    TextPeer nc(m_port);
    // nc is told how to come back, in one line, then closed.
    const QString how = QStringLiteral("!!! This room only accepts encrypted connections: join "
                                       "with Salon, or type openssl s_client -quiet -connect "
                                       "127.0.0.1:%1")
                            .arg(m_port);
    QTRY_VERIFY2(nc.received(how), qPrintable(nc.lines.join(u'\n')));
    QTRY_VERIFY(nc.closed);
    // A Salon client that does not speak TLS (Salon 1.0) hears why too.
    TextPeer old(m_port);
    QTRY_VERIFY(!old.lines.isEmpty());
    old.send(R"({"type":"hello","nick":"old"})"
             "\n");
    QTRY_VERIFY2(old.lines.join(u'\n').contains(QLatin1String(R"("code":"tls-required")")),
                 qPrintable(old.lines.join(u'\n')));
    QTRY_VERIFY(old.closed);
    // The encrypted one is in; nobody else ever was.
    QTRY_COMPARE(m_server->participants().size(), 1);
    QVERIFY(m_server->participants().constFirst().encrypted);
}

void TestTls::aClientHelloTheRoomCantAnswerIsNoChat()
{
    // A room with no identity, a client that speaks TLS at once.
    ChatServer plain;
    plain.setIdentifyTimeout(200);
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QSignalSpy relayed(&plain, &ChatServer::messageRelayed);
    QSignalSpy turnedAway(&plain, &ChatServer::problem);
    TextPeer listener(plain.serverPort());
    QTRY_COMPARE(plain.participants().size(), 1);
    TlsTextPeer hello(plain.serverPort(), TlsTextPeer::Start::HelloFirst);
    QTRY_VERIFY(hello.closed || hello.socket.state() == QAbstractSocket::UnconnectedState);
    QCOMPARE(plain.participants().size(), 1);
    QCOMPARE(relayed.count(), 0);
    QVERIFY(listener.lines.filter(QStringLiteral("joined")).isEmpty());
}

void TestTls::aBrowserIsAnsweredNotPosted_data()
{
    QTest::addColumn<bool>("afterTheBanner");
    QTest::newRow("speaks first, as browsers do") << false;
    QTest::newRow("first bytes after the banner (a lossy link)") << true;
}

// A browser on the room's port gets the page, and is closed: its request
// line never reaches the room (tst_web has the rest of the HTTP side).
void TestTls::aBrowserIsAnsweredNotPosted()
{
    QFETCH(bool, afterTheBanner);
    TextPeer listener(m_port);
    QTRY_COMPARE(m_server->participants().size(), 1);
    QSignalSpy relayed(m_server.get(), &ChatServer::messageRelayed);
    QSignalSpy problems(m_server.get(), &ChatServer::problem);
    TextPeer browser(m_port);
    QVERIFY(browser.socket.waitForConnected(5000));
    if (afterTheBanner)
        QTRY_VERIFY(browser.receivedStartingWith(QStringLiteral("SALON/1")));
    browser.send(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY(browser.closed);
    QVERIFY2(browser.lines.contains(QStringLiteral("HTTP/1.1 200 OK")),
             qPrintable(browser.lines.join(u'|')));
    QVERIFY(browser.lines.join(u'\n').contains(QLatin1String("<!DOCTYPE html>")));
    QCOMPARE(m_server->participants().size(), 1);
    QCOMPARE(relayed.count(), 0);
    QVERIFY(listener.lines.filter(QStringLiteral("GET")).isEmpty());
    QVERIFY(listener.lines.filter(QStringLiteral("joined")).isEmpty());
}

void TestTls::anAnswerThatComesTooLateIsNoChat_data()
{
    // What a Salon client, a TLS client or a browser sends first, after the
    // room gave up waiting and took it for a text client that only listens
    // (a lossy link, or a client too busy to answer in time).
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("ClientHello") << QByteArray("\x16\x03\x01\x00\x2a\x01\x00\x00\x26\x03\x03\n",
                                               12);
    QTest::newRow("Salon hello") << QByteArray(
        R"({"type":"hello","features":["crowd"],"nick":"ada"})"
        "\n");
    QTest::newRow("browser") << QByteArray("GET / HTTP/1.1\r\n");
}

void TestTls::anAnswerThatComesTooLateIsNoChat()
{
    QFETCH(QByteArray, answer);
    m_server->setIdentifyTimeout(100);
    TextPeer listener(m_port);
    TextPeer late(m_port);
    QTRY_COMPARE(m_server->participants().size(), 2); // both taken for listening text clients
    QSignalSpy relayed(m_server.get(), &ChatServer::messageRelayed);
    late.send(answer);
    QTRY_VERIFY(late.closed);
    QTRY_COMPARE(m_server->participants().size(), 1);
    QCOMPARE(relayed.count(), 0);
    // The one who listens heard it leave, and nothing it sent.
    QTRY_VERIFY(listener.receivedStartingWith(QStringLiteral("*** ")));
    for (const QString &line : std::as_const(listener.lines))
        QVERIFY2(!line.contains(QLatin1String("\"type\"")) &&
                     !line.contains(QLatin1String("GET /")),
                 qPrintable(line));
}

void TestTls::aStalledTlsHandshakeIsClosed()
{
    m_server->setTlsTimeout(300);
    TextPeer stalled(m_port);
    stalled.send(QByteArray("\x16\x03\x01\x00", 4)); // a record that never comes
    QTRY_VERIFY(stalled.closed);
    QCOMPARE(m_server->participants().size(), 0);
}

void TestTls::theSalonClientMeetsANewServerByItsFingerprint()
{
    ChatClient client;
    QSignalSpy unknown(&client, &ChatClient::serverIdentityUnknown);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("alice"));
    QTRY_COMPARE(unknown.count(), 1);
    // What the projector shows, to compare; nothing was said to the room.
    QCOMPARE(unknown.first().first().toByteArray(), m_identity->sha256());
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(!client.isComingBack());
    QVERIFY(m_server->participants().isEmpty());
    // Compared and accepted: the next connection joins, encrypted.
    client.setPinnedFingerprint(m_identity->sha256());
    client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("alice"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    QVERIFY(client.isEncrypted());
    QCOMPARE(client.serverFingerprint(), m_identity->sha256());
    QTRY_VERIFY(participant(QStringLiteral("alice")));
    QVERIFY(participant(QStringLiteral("alice"))->encrypted);
}

void TestTls::aPinnedServerIsJoinedOverTlsAndAfterARestart()
{
    ChatClient client;
    client.setReconnectDelays(50, 200);
    client.setPinnedFingerprint(m_identity->sha256());
    client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("bob"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    QVERIFY(client.isEncrypted());
    TextPeer nc(m_port);
    QTRY_COMPARE(m_server->participants().size(), 2);
    client.sendMessage(QStringLiteral("over TLS"));
    QTRY_VERIFY(nc.received(QStringLiteral("bob: over TLS")));
    // The server restarts on the same port, with the same identity.
    m_server->stop();
    QTRY_VERIFY(client.isComingBack());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ChatClient::State::Connected, 10000);
    QVERIFY(client.isEncrypted());
    QTRY_VERIFY(participant(QStringLiteral("bob")));
    QVERIFY(participant(QStringLiteral("bob"))->encrypted);
}

void TestTls::anotherCertificateStopsTheClient()
{
    ChatClient client;
    QSignalSpy changed(&client, &ChatClient::serverIdentityChanged);
    const QByteArray pinned =
        QCryptographicHash::hash("the teacher's real server", QCryptographicHash::Sha256);
    client.setPinnedFingerprint(pinned);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("carol"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toByteArray(), pinned);
    QCOMPARE(changed.first().at(1).toByteArray(), m_identity->sha256());
    // Stopped for good: no hello, no tries by itself.
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(!client.isComingBack());
    QVERIFY(m_server->participants().isEmpty());
}

void TestTls::aPinnedServerGonePlainStopsTheClient()
{
    // Where the pinned server was, one that offers no TLS (a downgrade).
    ChatServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    ChatClient client;
    QSignalSpy changed(&client, &ChatClient::serverIdentityChanged);
    client.setPinnedFingerprint(m_identity->sha256());
    client.connectToServer(QStringLiteral("127.0.0.1"), plain.serverPort(), QStringLiteral("dan"));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(1).toByteArray().isEmpty()); // no certificate at all
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(!client.isComingBack());
    QVERIFY(plain.participants().isEmpty());
}

void TestTls::aPlainServerIsJoinedPlainAndNeverSentTls()
{
    // A server that never said it speaks TLS is never sent a ClientHello
    // (a Salon 1.0 server would post it as chat).
    ChatServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QSignalSpy problems(&plain, &ChatServer::problem);
    ChatClient client;
    client.connectToServer(QStringLiteral("127.0.0.1"), plain.serverPort(), QStringLiteral("eve"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    QVERIFY(!client.isEncrypted());
    QVERIFY(client.serverFingerprint().isEmpty());
    QCOMPARE(plain.participants().size(), 1);
    QVERIFY(!plain.participants().constFirst().encrypted);
    QCOMPARE(problems.count(), 0);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
