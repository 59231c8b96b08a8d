// tst_transfers — files between the teacher and the class, as people meet
// them: a file handed out reaches everyone in the room and whoever joins
// later, each with an address of their own, whole, with its SHA-256, and
// resumable from any byte (curl -C -); an address stops working on a ban
// and at the end of the lesson. Work handed in lands in the teacher's
// folder for that student, resumes after a cut from the last byte received,
// is checked against its hash, never replaces another file, is marked late
// after the collection closed; what the teacher's limits refuse is refused
// in words.

#include "files/filehasher.h"
#include "rawhttp.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A member that speaks the Salon frames itself, as a script would: its
// welcome carries the member token a hand-in is made with.
class JsonMember : public QObject
{
public:
    JsonMember(quint16 port, const QString &nick)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] {
            buffer += socket.readAll();
            for (qsizetype end; (end = buffer.indexOf('\n')) >= 0;) {
                frames.append(QJsonDocument::fromJson(buffer.left(end)).object());
                buffer.remove(0, end + 1);
            }
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                               {QStringLiteral("nick"), nick}})
                         .toJson(QJsonDocument::Compact) +
                     '\n');
    }
    // The last frame of that type.
    QJsonObject frame(const QString &type) const
    {
        for (auto frame = frames.crbegin(); frame != frames.crend(); ++frame) {
            if (frame->value(QLatin1String("type")).toString() == type)
                return *frame;
        }
        return {};
    }
    QByteArray token() const
    {
        return frame(QStringLiteral("welcome"))[QLatin1String("token")].toString().toLatin1();
    }
    QTcpSocket socket;
    QByteArray buffer;
    QList<QJsonObject> frames;
};

QByteArray randomBytes(qsizetype size)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// "/files/KEY/name" from an offer's URL.
QByteArray pathOf(const QString &url)
{
    return QUrl(url).path(QUrl::FullyEncoded).toLatin1();
}

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aHandedOutFileReachesEveryoneWhole();
    void aDownloadResumesFromAnyByte_data();
    void aDownloadResumesFromAnyByte();
    void addressesStopOnABanAndAtTheEndOfTheLesson();
    void workHandedInResumesAfterACut();
    void aDamagedHandInIsThrownAway();
    void handInsAreRefusedInWords_data();
    void handInsAreRefusedInWords();
    void aHandInNeverReplacesAFile();
    void aHandInFinishedAfterTheCollectionIsLate();
    void aFolderThatCantBeMadeIsSaidInWords();
    void theBigTransferLeavesTheChatAlone();
    void studentsShareOnlyWhenTheTeacherAllows();

private:
    // The answer to one request, once the server has closed.
    std::unique_ptr<RawHttp> request(const QByteArray &bytes);
    std::unique_ptr<RawHttp> beginHandIn(const QByteArray &token, const QString &name,
                                         const QByteArray &content);
    std::unique_ptr<RawHttp> sendBytes(const QByteArray &token, const QString &upload,
                                       qint64 offset, const QByteArray &bytes);
    QString handOut(const QByteArray &content, const QString &name);

    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
};

void TestTransfers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ChatServer>();
    m_server->setIdentifyTimeout(100);
    m_server->setHandInFolder(m_dir->filePath(QStringLiteral("hand-ins")));
    FileDesk::Limits limits;
    limits.keepFreeBytes = 0;
    m_server->setFileLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestTransfers::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<RawHttp> TestTransfers::request(const QByteArray &bytes)
{
    auto http = std::make_unique<RawHttp>(m_port);
    http->socket->write(bytes);
    if (!QTest::qWaitFor([&] { return http->closed; }, 20000))
        qWarning("no answer");
    return http;
}

std::unique_ptr<RawHttp> TestTransfers::beginHandIn(const QByteArray &token, const QString &name,
                                                    const QByteArray &content)
{
    return request("POST /handin HTTP/1.1\r\nHost: x\r\nAuthorization: Salon " + token +
                   "\r\nSalon-File-Name: " + name.toUtf8().toPercentEncoding() +
                   "\r\nSalon-File-Size: " + QByteArray::number(content.size()) +
                   "\r\nSalon-File-Sha256: " + sha256(content).toHex() +
                   "\r\nContent-Length: 0\r\n\r\n");
}

std::unique_ptr<RawHttp> TestTransfers::sendBytes(const QByteArray &token, const QString &upload,
                                                  qint64 offset, const QByteArray &bytes)
{
    return request("PATCH /handin/" + upload.toLatin1() + " HTTP/1.1\r\nHost: x\r\n" +
                   "Authorization: Salon " + token +
                   "\r\nSalon-Offset: " + QByteArray::number(offset) +
                   "\r\nContent-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
}

QString TestTransfers::handOut(const QByteArray &content, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    file.close();
    QSignalSpy ready(m_server.get(), &ChatServer::fileHandedOut);
    if (!m_server->handOut(path).isEmpty() || !ready.wait(10000))
        return {};
    return path;
}

void TestTransfers::aHandedOutFileReachesEveryoneWhole()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    TextPeer zoe(m_port);
    QTRY_VERIFY(!alice.token().isEmpty());
    QTRY_VERIFY(zoe.receivedStartingWith(QStringLiteral("*** You are")));

    const QByteArray content = randomBytes(3 * 1024 * 1024 + 17);
    QVERIFY(!handOut(content, QStringLiteral("Énoncé TP 1.pdf")).isEmpty());

    // A Salon member gets the name, size, hash and its own address.
    QTRY_VERIFY(!alice.frame(QStringLiteral("file")).isEmpty());
    const QJsonObject offer = alice.frame(QStringLiteral("file"));
    QCOMPARE(offer[QLatin1String("name")].toString(), QStringLiteral("Énoncé TP 1.pdf"));
    QCOMPARE(offer[QLatin1String("size")].toInteger(), content.size());
    QCOMPARE(offer[QLatin1String("sha256")].toString().toLatin1(), sha256(content).toHex());
    // A text client gets a line with an address for curl or a browser.
    QTRY_VERIFY(
        zoe.receivedStartingWith(QStringLiteral("*** The teacher hands out Énoncé TP 1.pdf")));
    QString zoeLine;
    for (const QString &line : zoe.lines) {
        if (line.startsWith(QLatin1String("*** The teacher hands out")))
            zoeLine = line;
    }
    const QString zoeUrl =
        QRegularExpression(QStringLiteral("http://\\S+")).match(zoeLine).captured(0);
    QVERIFY2(zoeUrl.startsWith(QStringLiteral("http://127.0.0.1:%1/files/").arg(m_port)),
             qPrintable(zoeLine));
    QVERIFY(zoeUrl != offer[QLatin1String("url")].toString()); // an address each

    const auto whole = request("GET " + pathOf(zoeUrl) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(whole->status(), 200);
    QCOMPARE(whole->body(), content);
    QCOMPARE(whole->header("salon-file-sha256"), sha256(content).toHex());
    QVERIFY(whole->header("content-disposition").contains("filename*=UTF-8''%C3%89nonc%C3%A9"));

    // Someone who joins later is offered it too.
    JsonMember late(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(!late.frame(QStringLiteral("file")).isEmpty());
    const auto again = request(
        "HEAD " + pathOf(late.frame(QStringLiteral("file"))[QLatin1String("url")].toString()) +
        " HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(again->status(), 200);
    QCOMPARE(again->header("content-length").toLongLong(), content.size());
    QVERIFY(again->body().isEmpty());
}

void TestTransfers::aDownloadResumesFromAnyByte_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    const qint64 size = 100000;
    QTest::newRow("curl -C - after 40000 bytes")
        << QByteArray("bytes=40000-") << 206 << qint64(40000) << size - 40000;
    QTest::newRow("a slice") << QByteArray("bytes=10-19") << 206 << qint64(10) << qint64(10);
    QTest::newRow("the last 500 bytes")
        << QByteArray("bytes=-500") << 206 << size - 500 << qint64(500);
    QTest::newRow("past the end: the rest")
        << QByteArray("bytes=99990-200000") << 206 << qint64(99990) << qint64(10);
    QTest::newRow("from past the end")
        << QByteArray("bytes=100000-") << 416 << qint64(0) << qint64(0);
    QTest::newRow("several ranges: all of it")
        << QByteArray("bytes=1-2,5-6") << 200 << qint64(0) << size;
    QTest::newRow("not understood: all of it")
        << QByteArray("lines=1-2") << 200 << qint64(0) << size;
    QTest::newRow("backwards: all of it") << QByteArray("bytes=9-3") << 200 << qint64(0) << size;
}

void TestTransfers::aDownloadResumesFromAnyByte()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    JsonMember alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(!alice.token().isEmpty());
    const QByteArray content = randomBytes(100000);
    QVERIFY(!handOut(content, QStringLiteral("data.bin")).isEmpty());
    QTRY_VERIFY(!alice.frame(QStringLiteral("file")).isEmpty());
    const QByteArray path =
        pathOf(alice.frame(QStringLiteral("file"))[QLatin1String("url")].toString());

    const auto answer =
        request("GET " + path + " HTTP/1.1\r\nHost: x\r\nRange: " + range + "\r\n\r\n");
    QCOMPARE(answer->status(), status);
    if (status == 416) {
        QCOMPARE(answer->header("content-range"), QByteArray("bytes */100000"));
        return;
    }
    QCOMPARE(answer->body(), content.mid(first, length));
    if (status == 206)
        QCOMPARE(answer->header("content-range"), "bytes " + QByteArray::number(first) + '-' +
                                                      QByteArray::number(first + length - 1) +
                                                      "/100000");
}

void TestTransfers::addressesStopOnABanAndAtTheEndOfTheLesson()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    JsonMember bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(!alice.token().isEmpty() && !bob.token().isEmpty());
    QVERIFY(!handOut("contents", QStringLiteral("a.txt")).isEmpty());
    QTRY_VERIFY(!alice.frame(QStringLiteral("file")).isEmpty() &&
                !bob.frame(QStringLiteral("file")).isEmpty());
    const QByteArray alicePath =
        pathOf(alice.frame(QStringLiteral("file"))[QLatin1String("url")].toString());
    const QByteArray bobPath =
        pathOf(bob.frame(QStringLiteral("file"))[QLatin1String("url")].toString());

    QCOMPARE(m_server->ban(QStringLiteral("bob")), ChatServer::BanResult::Banned);
    QCOMPARE(request("GET " + bobPath + " HTTP/1.1\r\nHost: x\r\n\r\n")->status(), 404);
    QCOMPARE(request("GET " + alicePath + " HTTP/1.1\r\nHost: x\r\n\r\n")->status(), 200);
    // A key made up, or a path that walks away, opens nothing.
    QCOMPARE(
        request("GET /files/00000000000000000000000000000000/a.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            ->status(),
        404);
    QCOMPARE(request("GET /files/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n")->status(), 404);

    m_server->endLesson();
    QCOMPARE(request("GET " + alicePath + " HTTP/1.1\r\nHost: x\r\n\r\n")->status(), 404);
    QVERIFY(m_server->handedOut().isEmpty());
}

void TestTransfers::workHandedInResumesAfterACut()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    JsonMember bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(!alice.token().isEmpty() && !bob.token().isEmpty());
    QVERIFY(m_server->collect(QStringLiteral("TP 3")));
    QTRY_VERIFY(!alice.frame(QStringLiteral("collect")).isEmpty());
    QCOMPARE(alice.frame(QStringLiteral("collect"))[QLatin1String("title")].toString(),
             QStringLiteral("TP 3"));
    QCOMPARE(m_server->notHandedIn(),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));

    const QByteArray content = randomBytes(2 * 1024 * 1024);
    const auto begun = beginHandIn(alice.token(), QStringLiteral("compte-rendu.odt"), content);
    QCOMPARE(begun->status(), 201);
    const QJsonObject upload = QJsonDocument::fromJson(begun->body()).object();
    QCOMPARE(upload[QLatin1String("offset")].toInteger(), 0);
    const QString id = upload[QLatin1String("upload")].toString();

    // Half the bytes, and the cable is pulled.
    {
        RawHttp cut(m_port);
        cut.socket->write("PATCH /handin/" + id.toLatin1() + " HTTP/1.1\r\nHost: x\r\n" +
                          "Authorization: Salon " + alice.token() +
                          "\r\nSalon-Offset: 0\r\nContent-Length: " +
                          QByteArray::number(content.size()) + "\r\n\r\n" + content.left(1000000));
        QTRY_VERIFY(cut.socket->bytesToWrite() == 0);
        cut.socket->abort();
    }
    // Someone else can't go on with it.
    QCOMPARE(sendBytes(bob.token(), id, 0, "x")->status(), 404);
    // Asked again, the server says how far it got (once it has read what
    // the network brought, and seen the cut).
    qint64 offset = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto again =
                beginHandIn(alice.token(), QStringLiteral("compte-rendu.odt"), content);
            const QJsonObject state = QJsonDocument::fromJson(again->body()).object();
            offset = state[QLatin1String("offset")].toInteger();
            return again->status() == 200 && state[QLatin1String("upload")].toString() == id &&
                   offset == 1000000;
        }(),
        10000);
    // Bytes from the wrong place are refused, with where to go on from.
    const auto wrong = sendBytes(alice.token(), id, 10, content.mid(10, 10));
    QCOMPARE(wrong->status(), 409);
    QCOMPARE(QJsonDocument::fromJson(wrong->body()).object()[QLatin1String("offset")].toInteger(),
             offset);

    QSignalSpy handedIn(m_server.get(), &ChatServer::handedIn);
    const auto rest = sendBytes(alice.token(), id, offset, content.mid(offset));
    QCOMPARE(rest->status(), 200);
    const QJsonObject done = QJsonDocument::fromJson(rest->body()).object();
    QVERIFY(done[QLatin1String("done")].toBool());
    QCOMPARE(done[QLatin1String("sha256")].toString().toLatin1(), sha256(content).toHex());
    QCOMPARE(done[QLatin1String("late")].toBool(), false);
    QCOMPARE(handedIn.size(), 1);

    const FileDesk::HandIn handIn = m_server->collection()->handIns.value(0);
    QCOMPARE(handIn.student, QStringLiteral("alice"));
    QCOMPARE(QFileInfo(handIn.path).dir().dirName(), QStringLiteral("alice"));
    QVERIFY(QFileInfo(handIn.path)
                .dir()
                .absolutePath()
                .startsWith(m_dir->filePath(QStringLiteral("hand-ins"))));
    QVERIFY(QFileInfo(handIn.path).path().contains(QStringLiteral("TP 3")));
    QCOMPARE(FileHasher::now(handIn.path).sha256, sha256(content));
    // Nothing partial is left beside it.
    QCOMPARE(QFileInfo(handIn.path).dir().entryList(QDir::Files | QDir::Hidden).size(), 1);
    QCOMPARE(m_server->notHandedIn(), QStringList{QStringLiteral("bob")});
}

void TestTransfers::aDamagedHandInIsThrownAway()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(!alice.token().isEmpty());
    QVERIFY(m_server->collect({}));
    const QByteArray content = randomBytes(50000);
    const auto begun = beginHandIn(alice.token(), QStringLiteral("essay.txt"), content);
    const QString id =
        QJsonDocument::fromJson(begun->body()).object()[QLatin1String("upload")].toString();
    QByteArray damaged = content;
    damaged[25000] = char(damaged[25000] ^ 1);
    const auto sent = sendBytes(alice.token(), id, 0, damaged);
    QCOMPARE(sent->status(), 422);
    QVERIFY(QJsonDocument::fromJson(sent->body())
                .object()[QLatin1String("error")]
                .toString()
                .contains(QStringLiteral("damaged")));
    QVERIFY(m_server->collection()->handIns.isEmpty());
    QCOMPARE(QDir(m_server->collection()->folder + QStringLiteral("/alice"))
                 .entryList(QDir::Files | QDir::Hidden)
                 .size(),
             0);
    // Handed in again, it starts from the beginning and arrives.
    const auto again = beginHandIn(alice.token(), QStringLiteral("essay.txt"), content);
    QCOMPARE(QJsonDocument::fromJson(again->body()).object()[QLatin1String("offset")].toInteger(),
             0);
    const QString second =
        QJsonDocument::fromJson(again->body()).object()[QLatin1String("upload")].toString();
    QCOMPARE(sendBytes(alice.token(), second, 0, content)->status(), 200);
    QCOMPARE(m_server->collection()->handIns.size(), 1);
}

void TestTransfers::handInsAreRefusedInWords_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("no member token") << "no token"
                                     << "a.txt" << 401 << "Join the room";
    QTest::newRow("a made-up token") << "made-up token"
                                     << "a.txt" << 401 << "Join the room";
    QTest::newRow("nothing collected") << "not collecting"
                                       << "a.txt" << 403 << "not collecting";
    QTest::newRow("collection closed") << "closed"
                                       << "a.txt" << 403 << "any more";
    QTest::newRow("too big") << "max 1000"
                             << "a.txt" << 413 << "too big";
    QTest::newRow("too much from one student") << "student 1000"
                                               << "a.txt" << 413 << "from each student";
    QTest::newRow("a type not taken") << "pdf only"
                                      << "a.exe" << 415 << "pdf";
    QTest::newRow("the disk nearly full") << "disk full"
                                          << "a.txt" << 507 << "disk is nearly full";
    QTest::newRow("a device's name") << ""
                                     << "NUL.txt" << 422 << "device";
    QTest::newRow("a right-to-left trick") << ""
                                           << "cod\u202Etxt.exe" << 422 << "invisible";
}

void TestTransfers::handInsAreRefusedInWords()
{
    QFETCH(QString, situation);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, words);
    JsonMember alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(!alice.token().isEmpty());
    FileDesk::Limits limits = m_server->fileLimits();
    if (situation == QLatin1String("max 1000"))
        limits.maxFileBytes = 1000;
    if (situation == QLatin1String("student 1000"))
        limits.maxStudentBytes = 1000;
    if (situation == QLatin1String("pdf only"))
        limits.allowedSuffixes = QStringList{QStringLiteral("pdf")};
    if (situation == QLatin1String("disk full"))
        limits.keepFreeBytes = std::numeric_limits<qint64>::max() / 2;
    m_server->setFileLimits(limits);
    if (situation != QLatin1String("not collecting"))
        QVERIFY(m_server->collect(QStringLiteral("x")));
    if (situation == QLatin1String("closed"))
        m_server->stopCollecting();
    QByteArray token = alice.token();
    if (situation == QLatin1String("no token"))
        token.clear();
    if (situation == QLatin1String("made-up token"))
        token = QByteArray(32, 'a');

    const auto answer = beginHandIn(token, name, randomBytes(2000));
    QCOMPARE(answer->status(), status);
    const QString error =
        QJsonDocument::fromJson(answer->body()).object()[QLatin1String("error")].toString();
    QVERIFY2(error.contains(words), qPrintable(error));
}

void TestTransfers::aHandInNeverReplacesAFile()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(!alice.token().isEmpty());
    QVERIFY(m_server->collect({}));
    for (const QByteArray &content : {QByteArray("first"), QByteArray("second")}) {
        // A path in the name is dropped: only its last part is kept.
        const auto begun = beginHandIn(alice.token(), QStringLiteral("../../report.txt"), content);
        QCOMPARE(begun->status(), 201);
        const QString id =
            QJsonDocument::fromJson(begun->body()).object()[QLatin1String("upload")].toString();
        QCOMPARE(sendBytes(alice.token(), id, 0, content)->status(), 200);
    }
    // Asked again after its answer was lost: the same hand-in, not a third.
    const auto again = beginHandIn(alice.token(), QStringLiteral("report.txt"), "second");
    QCOMPARE(again->status(), 200);
    const QJsonObject done = QJsonDocument::fromJson(again->body()).object();
    QVERIFY(done[QLatin1String("done")].toBool());
    QCOMPARE(done[QLatin1String("name")].toString(), QStringLiteral("report (2).txt"));
    const auto &handIns = m_server->collection()->handIns;
    QCOMPARE(handIns.size(), 2);
    QCOMPARE(handIns.at(0).name, QStringLiteral("report.txt"));
    QCOMPARE(handIns.at(1).name, QStringLiteral("report (2).txt"));
    QFile first(handIns.at(0).path);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), QByteArray("first"));
}

void TestTransfers::aHandInFinishedAfterTheCollectionIsLate()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    QTRY_VERIFY(!alice.token().isEmpty());
    QVERIFY(m_server->collect({}));
    const QByteArray content = randomBytes(10000);
    const auto begun = beginHandIn(alice.token(), QStringLiteral("late.txt"), content);
    const QString id =
        QJsonDocument::fromJson(begun->body()).object()[QLatin1String("upload")].toString();
    QCOMPARE(sendBytes(alice.token(), id, 0, content.left(5000))->status(), 200);
    m_server->stopCollecting();
    QTRY_VERIFY(alice.frame(QStringLiteral("collect"))[QLatin1String("open")].toBool() == false);
    // Begun in time, it may still finish: kept, and marked late.
    const auto again = beginHandIn(alice.token(), QStringLiteral("late.txt"), content);
    QCOMPARE(again->status(), 200);
    const auto rest = sendBytes(alice.token(), id, 5000, content.mid(5000));
    QCOMPARE(rest->status(), 200);
    QVERIFY(QJsonDocument::fromJson(rest->body()).object()[QLatin1String("late")].toBool());
    QVERIFY(m_server->collection()->handIns.value(0).late);
}

void TestTransfers::aFolderThatCantBeMadeIsSaidInWords()
{
    // Under a file, no folder can be made (whoever runs the test).
    QFile file(m_dir->filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_server->setHandInFolder(file.fileName() + QStringLiteral("/hand-ins"));
    QString error;
    QVERIFY(!m_server->collect(QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("can't be made")), qPrintable(error));
    QVERIFY(!m_server->collection());
    QVERIFY(!m_server->handOut(m_dir->filePath(QStringLiteral("missing"))).isEmpty());
}

void TestTransfers::theBigTransferLeavesTheChatAlone()
{
    // While 64 MB go out to one member, two others chat: their lines arrive
    // before the download ends.
    TextPeer alice(m_port);
    TextPeer bob(m_port);
    QTRY_VERIFY(alice.receivedStartingWith(QStringLiteral("*** You are")) &&
                bob.receivedStartingWith(QStringLiteral("*** You are")));
    const QByteArray content = randomBytes(64 * 1024 * 1024);
    QVERIFY(!handOut(content, QStringLiteral("big.iso")).isEmpty());
    QTRY_VERIFY(alice.receivedStartingWith(QStringLiteral("*** The teacher hands out big.iso")));
    QString line;
    for (const QString &each : alice.lines) {
        if (each.startsWith(QLatin1String("*** The teacher hands out")))
            line = each;
    }
    const QByteArray path =
        pathOf(QRegularExpression(QStringLiteral("http://\\S+")).match(line).captured(0));
    RawHttp download(m_port);
    download.socket->setReadBufferSize(64 * 1024); // a slow reader
    download.socket->write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(!download.answer.isEmpty());
    alice.send("during the download\n");
    QTRY_VERIFY(bob.receivedStartingWith(QStringLiteral("guest-1: during the download")));
    QVERIFY(!download.closed);
    QTRY_VERIFY_WITH_TIMEOUT(download.closed, 60000);
    QCOMPARE(download.body().size(), content.size());
    QVERIFY(download.body() == content);
}

void TestTransfers::studentsShareOnlyWhenTheTeacherAllows()
{
    JsonMember alice(m_port, QStringLiteral("alice"));
    JsonMember bob(m_port, QStringLiteral("bob"));
    TextPeer zoe(m_port);
    QTRY_VERIFY(!alice.token().isEmpty() && !bob.token().isEmpty());
    QTRY_VERIFY(zoe.receivedStartingWith(QStringLiteral("*** You are")));
    const QByteArray content = randomBytes(70000);
    const auto shareRequest = [&] {
        return request("POST /handin HTTP/1.1\r\nHost: x\r\nAuthorization: Salon " + alice.token() +
                       "\r\nSalon-Share: room\r\nSalon-File-Name: notes.md" +
                       "\r\nSalon-File-Size: " + QByteArray::number(content.size()) +
                       "\r\nSalon-File-Sha256: " + sha256(content).toHex() + "\r\n\r\n");
    };
    // Off unless the teacher allows it.
    const auto refused = shareRequest();
    QCOMPARE(refused->status(), 403);
    QVERIFY(QJsonDocument::fromJson(refused->body())
                .object()[QLatin1String("error")]
                .toString()
                .contains(QStringLiteral("not allowed")));

    m_server->setStudentFiles(true);
    QTRY_VERIFY(bob.frame(QStringLiteral("sharing"))[QLatin1String("allowed")].toBool());
    QTRY_VERIFY(zoe.receivedStartingWith(QStringLiteral("*** Students may now share files")));
    const auto begun = shareRequest();
    QCOMPARE(begun->status(), 201);
    const QString id =
        QJsonDocument::fromJson(begun->body()).object()[QLatin1String("upload")].toString();
    QCOMPARE(sendBytes(alice.token(), id, 0, content)->status(), 200);
    // Everyone is offered it, from alice; nothing went to the teacher's collection.
    QTRY_VERIFY(!bob.frame(QStringLiteral("file")).isEmpty());
    const QJsonObject offer = bob.frame(QStringLiteral("file"));
    QCOMPARE(offer[QLatin1String("from")].toString(), QStringLiteral("alice"));
    QCOMPARE(offer[QLatin1String("name")].toString(), QStringLiteral("notes.md"));
    QTRY_VERIFY(zoe.receivedStartingWith(QStringLiteral("*** alice shares notes.md")));
    const auto fetched = request("GET " + pathOf(offer[QLatin1String("url")].toString()) +
                                 " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(fetched->body() == content);
    QVERIFY(!m_server->collection());
    QCOMPARE(m_server->handedOut().constLast().from, QStringLiteral("alice"));

    // A new lesson: sharing is off again.
    m_server->startLesson();
    QTRY_VERIFY(!bob.frame(QStringLiteral("sharing"))[QLatin1String("allowed")].toBool());
    QVERIFY(!m_server->studentFiles());
    QCOMPARE(shareRequest()->status(), 403);
}

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
