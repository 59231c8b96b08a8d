// tst_filetransfers — the Salon client's side of files, against a real
// room, plain and encrypted: a file the teacher hands out is fetched into
// the room's folder by itself, checked against its SHA-256 and never
// replaces a file there; a download cut halfway goes on from its last byte,
// and one that arrives damaged is thrown away in words; work handed in
// reaches the teacher's folder, resumes from what the teacher already has,
// and a refusal comes back in the teacher's words; over TLS a server that
// shows another certificate gets nothing.

#include "client/chatclient.h"
#include "client/downloadjob.h"
#include "client/filetransfers.h"
#include "client/handinjob.h"
#include "files/filehasher.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFileTransfers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aHandedOutFileArrivesChecked_data();
    void aHandedOutFileArrivesChecked();
    void aCutDownloadGoesOnFromItsLastByte();
    void aDamagedDownloadIsThrownAway();
    void workHandedInReachesTheTeacher_data();
    void workHandedInReachesTheTeacher();
    void aHandInGoesOnFromWhatTheTeacherHas();
    void aRefusalComesBackInTheTeachersWords();
    void anotherServersCertificateGetsNothing();
    void aSharedFileReachesTheOthers();
    void theLessonsFilesSurviveARestart();

private:
    // A client in the room, plain or encrypted, and its transfers.
    void join(bool encrypted);
    QString handOut(const QByteArray &content, const QString &name);
    TransferJob *waitForEnd(int index);

    QTemporaryDir m_dir;
    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<FileTransfers> m_transfers;
    quint16 m_port = 0;
};

void TestFileTransfers::init()
{
    m_server = std::make_unique<ChatServer>();
    m_server->setHandInFolder(m_dir.filePath(QStringLiteral("teacher")));
    FileDesk::Limits limits;
    limits.keepFreeBytes = 0;
    m_server->setFileLimits(limits);
}

void TestFileTransfers::cleanup()
{
    m_transfers.reset();
    m_client.reset();
    m_server.reset();
    QDir(m_dir.filePath(QStringLiteral("downloads"))).removeRecursively();
    QDir(m_dir.filePath(QStringLiteral("teacher"))).removeRecursively();
}

void TestFileTransfers::join(bool encrypted)
{
    if (encrypted) {
        QString error;
        const std::optional<ServerIdentity> identity =
            ServerIdentity::loadOrCreate(m_dir.filePath(QStringLiteral("identity")), &error);
        QVERIFY2(identity, qPrintable(error));
        m_server->setIdentity(identity);
    }
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
    m_client = std::make_unique<ChatClient>();
    m_client->setAcceptNewServers(true);
    m_transfers = std::make_unique<FileTransfers>(m_client.get());
    m_transfers->setDownloadFolder(m_dir.filePath(QStringLiteral("downloads")));
    m_client->connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("alice"));
    QTRY_COMPARE(m_client->state(), ChatClient::State::Connected);
    QCOMPARE(m_client->isEncrypted(), encrypted);
}

QString TestFileTransfers::handOut(const QByteArray &content, const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, content))
        return {};
    if (!m_server->handOut(path).isEmpty())
        return {};
    return path;
}

TransferJob *TestFileTransfers::waitForEnd(int index)
{
    if (!QTest::qWaitFor([&] { return m_transfers->jobs().size() > index; }, 10000))
        return nullptr;
    TransferJob *job = m_transfers->jobs().at(index);
    // A real event loop, not QTest's polling (which sleeps 10 ms a round:
    // the network's own thread would wait on it for every 16 KiB).
    QSignalSpy changed(job, &TransferJob::changed);
    QDeadlineTimer deadline(30000);
    while (job->state() != TransferJob::State::Done && job->state() != TransferJob::State::Failed &&
           !deadline.hasExpired())
        changed.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    return job;
}

void TestFileTransfers::aHandedOutFileArrivesChecked_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    QTest::newRow("encrypted") << true;
}

void TestFileTransfers::aHandedOutFileArrivesChecked()
{
    QFETCH(bool, encrypted);
    join(encrypted);
    // A file of that name is there already: it stays.
    QVERIFY(QDir().mkpath(m_transfers->downloadFolder()));
    QVERIFY(writeFile(m_transfers->downloadFolder() + QStringLiteral("/TP 2.pdf"), "mine"));
    const QByteArray content = randomBytes(5 * 1024 * 1024 + 3);
    QVERIFY(!handOut(content, QStringLiteral("TP 2.pdf")).isEmpty());

    TransferJob *job = waitForEnd(0);
    QVERIFY(job);
    QCOMPARE(job->state(), TransferJob::State::Done);
    QCOMPARE(job->name(), QStringLiteral("TP 2.pdf"));
    QCOMPARE(job->size(), content.size());
    QCOMPARE(job->done(), content.size());
    QCOMPARE(job->sha256(), sha256(content));
    QCOMPARE(job->path(), m_transfers->downloadFolder() + QStringLiteral("/TP 2 (2).pdf"));
    QVERIFY(readFile(job->path()) == content);
    QCOMPARE(readFile(m_transfers->downloadFolder() + QStringLiteral("/TP 2.pdf")),
             QByteArray("mine"));
    // Nothing partial is left behind.
    QCOMPARE(QDir(m_transfers->downloadFolder()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestFileTransfers::aCutDownloadGoesOnFromItsLastByte()
{
    join(false);
    const QByteArray content = randomBytes(4 * 1024 * 1024);
    // What arrived before the cable was pulled.
    const QString part = m_transfers->downloadFolder() +
                         QStringLiteral("/.%1-%2.salon-part")
                             .arg(QString::fromLatin1(sha256(content).toHex().left(32)))
                             .arg(content.size());
    QVERIFY(QDir().mkpath(m_transfers->downloadFolder()));
    QVERIFY(writeFile(part, content.left(3 * 1024 * 1024)));
    QSignalSpy added(m_transfers.get(), &FileTransfers::jobAdded);
    QVERIFY(!handOut(content, QStringLiteral("notes.txt")).isEmpty());
    QTRY_COMPARE(added.size(), 1);
    TransferJob *job = m_transfers->jobs().at(0);
    // It begins where the partial file ends, not at 0.
    qint64 lowest = job->done();
    connect(job, &TransferJob::changed, this, [&] { lowest = qMin(lowest, job->done()); });
    QCOMPARE(waitForEnd(0)->state(), TransferJob::State::Done);
    QVERIFY(lowest >= 3 * 1024 * 1024);
    QVERIFY(readFile(job->path()) == content);
    QVERIFY(!QFile::exists(part));
}

void TestFileTransfers::aDamagedDownloadIsThrownAway()
{
    join(false);
    const QByteArray content = randomBytes(100000);
    const QString part = m_transfers->downloadFolder() +
                         QStringLiteral("/.%1-%2.salon-part")
                             .arg(QString::fromLatin1(sha256(content).toHex().left(32)))
                             .arg(content.size());
    QVERIFY(QDir().mkpath(m_transfers->downloadFolder()));
    QByteArray damaged = content.left(50000);
    damaged[100] = char(damaged[100] ^ 0x20);
    QVERIFY(writeFile(part, damaged));
    QVERIFY(!handOut(content, QStringLiteral("essay.odt")).isEmpty());
    TransferJob *job = waitForEnd(0);
    QVERIFY(job);
    QCOMPARE(job->state(), TransferJob::State::Failed);
    QVERIFY2(job->error().contains(QStringLiteral("damaged")), qPrintable(job->error()));
    QVERIFY(!QFile::exists(part));
    QVERIFY(job->path().isEmpty());
    // Tried again, it comes whole.
    job->retry();
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Done, 10000);
    QVERIFY(readFile(job->path()) == content);
}

void TestFileTransfers::workHandedInReachesTheTeacher_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    QTest::newRow("encrypted") << true;
}

void TestFileTransfers::workHandedInReachesTheTeacher()
{
    QFETCH(bool, encrypted);
    join(encrypted);
    const QString path = m_dir.filePath(QStringLiteral("compte rendu é.odt"));
    const QByteArray content = randomBytes(20 * 1024 * 1024 + 5); // three chunks
    QVERIFY(writeFile(path, content));
    QString error;
    QVERIFY(!m_transfers->handIn(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not collecting")), qPrintable(error));

    QVERIFY(m_server->collect(QStringLiteral("TP")));
    QTRY_VERIFY(m_transfers->isCollecting());
    QCOMPARE(m_transfers->collectionTitle(), QStringLiteral("TP"));
    QSignalSpy handedIn(m_server.get(), &ChatServer::handedIn);
    QVERIFY(m_transfers->handIn(path, &error));
    TransferJob *job = waitForEnd(0);
    QVERIFY(job);
    QCOMPARE(job->state(), TransferJob::State::Done);
    QCOMPARE(job->direction(), TransferJob::Direction::HandIn);
    QCOMPARE(static_cast<HandInJob *>(job)->savedAs(), QStringLiteral("compte rendu é.odt"));
    QCOMPARE(handedIn.size(), 1);
    const FileDesk::HandIn handIn = m_server->collection()->handIns.value(0);
    QCOMPARE(handIn.student, QStringLiteral("alice"));
    QVERIFY(readFile(handIn.path) == content);
}

void TestFileTransfers::aHandInGoesOnFromWhatTheTeacherHas()
{
    join(false);
    QVERIFY(m_server->collect({}));
    QTRY_VERIFY(m_transfers->isCollecting());
    const QString path = m_dir.filePath(QStringLiteral("big.zip"));
    const QByteArray content = randomBytes(12 * 1024 * 1024);
    QVERIFY(writeFile(path, content));
    // What reached the teacher before the cable was pulled.
    const QString student = m_server->collection()->folder + QStringLiteral("/alice");
    QVERIFY(QDir().mkpath(student));
    QVERIFY(
        writeFile(student + QLatin1Char('/') +
                      FileDesk::partName(m_client->memberToken(), content.size(), sha256(content)),
                  content.left(10 * 1024 * 1024)));
    QVERIFY(m_transfers->handIn(path));
    TransferJob *job = m_transfers->jobs().at(0);
    qint64 lowest = content.size();
    connect(job, &TransferJob::changed, this, [&] {
        if (job->state() == TransferJob::State::Moving && job->done() > 0)
            lowest = qMin(lowest, job->done());
    });
    QCOMPARE(waitForEnd(0)->state(), TransferJob::State::Done);
    QVERIFY2(lowest >= 10 * 1024 * 1024, qPrintable(QString::number(lowest)));
    QVERIFY(readFile(m_server->collection()->handIns.value(0).path) == content);
}

void TestFileTransfers::aRefusalComesBackInTheTeachersWords()
{
    join(false);
    FileDesk::Limits limits = m_server->fileLimits();
    limits.allowedSuffixes = QStringList{QStringLiteral("pdf"), QStringLiteral("odt")};
    m_server->setFileLimits(limits);
    QVERIFY(m_server->collect({}));
    QTRY_VERIFY(m_transfers->isCollecting());
    const QString path = m_dir.filePath(QStringLiteral("game.exe"));
    QVERIFY(writeFile(path, "MZ"));
    QVERIFY(m_transfers->handIn(path));
    TransferJob *job = waitForEnd(0);
    QCOMPARE(job->state(), TransferJob::State::Failed);
    QVERIFY2(job->error().contains(QStringLiteral("pdf, odt")), qPrintable(job->error()));
    QVERIFY(m_server->collection()->handIns.isEmpty());
}

void TestFileTransfers::anotherServersCertificateGetsNothing()
{
    join(true);
    const QByteArray content = randomBytes(1000);
    const QString path = handOut(content, QStringLiteral("secret.txt"));
    QVERIFY(!path.isEmpty());
    QTRY_COMPARE(m_transfers->jobs().size(), 1);
    const auto *offered = static_cast<DownloadJob *>(m_transfers->jobs().at(0));
    QNetworkAccessManager network;
    const QString folder = m_dir.filePath(QStringLiteral("downloads/elsewhere"));
    DownloadJob job(QStringLiteral("secret.txt"), content.size(), sha256(content),
                    offered->urlPath(), folder, &network, [this] {
                        TransferJob::Room room{
                            true, QStringLiteral("127.0.0.1"), m_port, QByteArray(32, 'x'), {}};
                        return room;
                    });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(job.state(), TransferJob::State::Failed, 10000);
    QVERIFY2(job.error().contains(QStringLiteral("not the one")), qPrintable(job.error()));
    QCOMPARE(job.done(), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral(".%1-1000.salon-part")
                             .arg(QString::fromLatin1(sha256(content).toHex().left(32)))});
    QCOMPARE(QFileInfo(folder + QStringLiteral("/.") +
                       QString::fromLatin1(sha256(content).toHex().left(32)) +
                       QStringLiteral("-1000.salon-part"))
                 .size(),
             0);
}

void TestFileTransfers::aSharedFileReachesTheOthers()
{
    join(false);
    ChatClient bob;
    FileTransfers bobs(&bob);
    bobs.setDownloadFolder(m_dir.filePath(QStringLiteral("downloads/bob")));
    bob.connectToServer(QStringLiteral("127.0.0.1"), m_port, QStringLiteral("bob"));
    QTRY_COMPARE(bob.state(), ChatClient::State::Connected);
    const QString path = m_dir.filePath(QStringLiteral("slides.odp"));
    const QByteArray content = randomBytes(400000);
    QVERIFY(writeFile(path, content));
    QString error;
    QVERIFY(!m_transfers->share(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not allowed")), qPrintable(error));
    m_server->setStudentFiles(true);
    QTRY_VERIFY(m_transfers->isSharingAllowed() && bobs.isSharingAllowed());
    QVERIFY(m_transfers->share(path, &error));
    QCOMPARE(waitForEnd(0)->state(), TransferJob::State::Done);
    QVERIFY(m_transfers->jobs().constFirst()->isSharing());
    // Bob gets it, from alice; alice does not fetch her own file back.
    QTRY_COMPARE(bobs.jobs().size(), 1);
    TransferJob *got = bobs.jobs().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(got->state(), TransferJob::State::Done, 10000);
    QCOMPARE(got->from(), QStringLiteral("alice"));
    QVERIFY(readFile(got->path()) == content);
    QCOMPARE(m_transfers->jobs().size(), 1);
}

void TestFileTransfers::theLessonsFilesSurviveARestart()
{
    m_server->setHistoryFolder(m_dir.filePath(QStringLiteral("history")));
    join(false);
    m_client->setReconnectDelays(50, 200);
    QVERIFY(!handOut(randomBytes(300000), QStringLiteral("sujet.pdf")).isEmpty());
    QCOMPARE(waitForEnd(0)->state(), TransferJob::State::Done);
    QVERIFY(m_server->collect(QStringLiteral("TP 7")));
    QTRY_VERIFY(m_transfers->isCollecting());
    const QString path = m_dir.filePath(QStringLiteral("copie.odt"));
    QVERIFY(writeFile(path, randomBytes(200000)));
    QVERIFY(m_transfers->handIn(path));
    QCOMPARE(waitForEnd(1)->state(), TransferJob::State::Done);

    // The server stops and comes back on its port.
    const FileDesk::Limits limits = m_server->fileLimits();
    m_server->stop();
    m_server.reset();
    m_server = std::make_unique<ChatServer>();
    m_server->setHistoryFolder(m_dir.filePath(QStringLiteral("history")));
    m_server->setHandInFolder(m_dir.filePath(QStringLiteral("teacher")));
    m_server->setFileLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port));
    // The collection goes on, with what came in; the file handed out is
    // still there, at the same address: nothing is fetched twice.
    QVERIFY(m_server->collection());
    QCOMPARE(m_server->collection()->title, QStringLiteral("TP 7"));
    QVERIFY(m_server->collection()->open);
    QCOMPARE(m_server->collection()->handIns.size(), 1);
    QCOMPARE(m_server->handedOut().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), ChatClient::State::Connected, 10000);
    QTRY_VERIFY(m_transfers->isCollecting());
    QCOMPARE(m_transfers->jobs().size(), 2);
    QVERIFY(m_server->notHandedIn().isEmpty());
    // And the same work handed in again is the same hand-in.
    QVERIFY(m_transfers->handIn(path));
    QCOMPARE(waitForEnd(2)->state(), TransferJob::State::Done);
    QCOMPARE(m_server->collection()->handIns.size(), 1);
}

QTEST_GUILESS_MAIN(TestFileTransfers)
#include "tst_filetransfers.moc"
