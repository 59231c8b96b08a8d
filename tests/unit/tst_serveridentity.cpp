// tst_serveridentity — the server's identity as a teacher and a class meet
// it: made once and the same at every start, its key readable by its owner
// alone (and the server refusing one others can read), a fingerprint in the
// form openssl prints, a new identity on demand; and the signatures
// discovery will carry, which only the right key makes.

#include "security/keyforge.h"
#include "security/serveridentity.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestServerIdentity : public QObject
{
    Q_OBJECT
private slots:
    void madeOnceThenTheSameAtEveryStart();
    void theKeyIsTheOwnersAlone();
    void aKeyOthersCanReadIsRefused();
    void aDamagedIdentityIsSaidNotReplaced();
    void theFingerprintIsWhatOpensslPrints();
    void theFingerprintReadsAloudInGroups();
    void aNewIdentityChangesTheFingerprint();
    void onlyTheRightKeySigns();
};

void TestServerIdentity::madeOnceThenTheSameAtEveryStart()
{
    QTemporaryDir folder;
    QString error;
    const auto first = ServerIdentity::loadOrCreate(folder.path(), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->sha256().size(), 32);
    QVERIFY(QFile::exists(ServerIdentity::keyPath(folder.path())));
    const auto again = ServerIdentity::loadOrCreate(folder.path(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->sha256(), first->sha256());
    QVERIFY(!again->privateKey().isNull());
    QCOMPARE(again->privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(again->serverConfiguration().localCertificate(), first->certificate());
}

void TestServerIdentity::theKeyIsTheOwnersAlone()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are a Unix matter");
#endif
    QTemporaryDir folder;
    QString error;
    QVERIFY2(ServerIdentity::loadOrCreate(folder.path(), &error), qPrintable(error));
    const QFileDevice::Permissions mode =
        QFile::permissions(ServerIdentity::keyPath(folder.path())) &
        ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A new identity is kept the same way.
    QVERIFY2(ServerIdentity::renew(folder.path(), &error), qPrintable(error));
    QCOMPARE(QFile::permissions(ServerIdentity::keyPath(folder.path())) &
                 ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestServerIdentity::aKeyOthersCanReadIsRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are a Unix matter");
#endif
    QTemporaryDir folder;
    QString error;
    QVERIFY2(ServerIdentity::loadOrCreate(folder.path(), &error), qPrintable(error));
    const QString key = ServerIdentity::keyPath(folder.path());
    QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(!ServerIdentity::loadOrCreate(folder.path(), &error));
    QVERIFY2(error.contains(QLatin1String("chmod 600")) && error.contains(key), qPrintable(error));
    // The key was not replaced behind the teacher's back.
    QVERIFY(QFile::exists(key));
}

void TestServerIdentity::aDamagedIdentityIsSaidNotReplaced()
{
    QTemporaryDir folder;
    QString error;
    QVERIFY2(ServerIdentity::loadOrCreate(folder.path(), &error), qPrintable(error));
    QFile certificate(ServerIdentity::certificatePath(folder.path()));
    QVERIFY(certificate.open(QIODevice::WriteOnly | QIODevice::Truncate));
    certificate.write("-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n");
    certificate.close();
    QVERIFY(!ServerIdentity::loadOrCreate(folder.path(), &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));

    // Another server's certificate beside this key is no identity either.
    QTemporaryDir other;
    QVERIFY(ServerIdentity::loadOrCreate(other.path(), &error));
    QVERIFY(QFile::remove(certificate.fileName()));
    QVERIFY(QFile::copy(ServerIdentity::certificatePath(other.path()), certificate.fileName()));
    QVERIFY(!ServerIdentity::loadOrCreate(folder.path(), &error));
}

void TestServerIdentity::theFingerprintIsWhatOpensslPrints()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir folder;
    QString error;
    const auto identity = ServerIdentity::loadOrCreate(folder.path(), &error);
    QVERIFY2(identity, qPrintable(error));
    QProcess process;
    process.start(openssl, {QStringLiteral("x509"), QStringLiteral("-noout"),
                            QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                            QStringLiteral("-in"), ServerIdentity::certificatePath(folder.path())});
    QVERIFY(process.waitForFinished(10000));
    const QString printed = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    // "sha256 Fingerprint=AB:CD:…"
    QVERIFY2(
        printed.endsWith(QLatin1Char('=') + ServerIdentity::colonHex(identity->sha256())),
        qPrintable(printed + QLatin1String(" / ") + ServerIdentity::colonHex(identity->sha256())));
    // And openssl reads the key as an EC P-256 key.
    process.start(openssl,
                  {QStringLiteral("pkey"), QStringLiteral("-noout"), QStringLiteral("-text"),
                   QStringLiteral("-in"), ServerIdentity::keyPath(folder.path())});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.readAllStandardOutput().contains("P-256"));
}

void TestServerIdentity::theFingerprintReadsAloudInGroups()
{
    const QByteArray sha256 =
        QByteArray::fromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QCOMPARE(ServerIdentity::groups(sha256),
             QStringLiteral("0123 4567 89AB CDEF 0123 4567 89AB CDEF "
                            "0123 4567 89AB CDEF 0123 4567 89AB CDEF"));
    // 64 bits: grinding a certificate to match them is out of a student's reach.
    QCOMPARE(ServerIdentity::shortForm(sha256), QStringLiteral("0123 4567 89AB CDEF"));
    QCOMPARE(ServerIdentity::colonHex(sha256).count(QLatin1Char(':')), 31);
    QVERIFY(ServerIdentity::colonHex(sha256).startsWith(QLatin1String("01:23:45:67:89:AB")));
}

void TestServerIdentity::aNewIdentityChangesTheFingerprint()
{
    QTemporaryDir folder;
    QString error;
    const auto before = ServerIdentity::loadOrCreate(folder.path(), &error);
    QVERIFY2(before, qPrintable(error));
    const auto renewed = ServerIdentity::renew(folder.path(), &error);
    QVERIFY2(renewed, qPrintable(error));
    QVERIFY(renewed->sha256() != before->sha256());
    // And the new one is what the next start finds.
    QCOMPARE(ServerIdentity::loadOrCreate(folder.path(), &error)->sha256(), renewed->sha256());
}

void TestServerIdentity::onlyTheRightKeySigns()
{
    const auto teacher = KeyForge::generate(QStringLiteral("Salon on teacher-pc"));
    const auto student = KeyForge::generate(QStringLiteral("Salon on teacher-pc"));
    QVERIFY(teacher && student);
    const QByteArray announcement = R"({"name":"Room 12","port":12800,"counter":7})";
    const QByteArray signature = KeyForge::sign(teacher->privateKeyPem, announcement);
    QVERIFY(!signature.isEmpty());
    QVERIFY(KeyForge::verify(teacher->certificatePem, announcement, signature));
    // Another port, another counter: not what was signed.
    QByteArray forged = announcement;
    forged.replace("12800", "12866");
    QVERIFY(!KeyForge::verify(teacher->certificatePem, forged, signature));
    // The same words signed by another key, with the same name.
    QVERIFY(!KeyForge::verify(teacher->certificatePem, announcement,
                              KeyForge::sign(student->privateKeyPem, announcement)));
    QVERIFY(!KeyForge::verify(teacher->certificatePem, announcement, QByteArray()));
    QVERIFY(!KeyForge::verify(teacher->certificatePem, announcement, QByteArray(72, 'x')));
    QVERIFY(!KeyForge::verify(QByteArray("not a certificate"), announcement, signature));
    QVERIFY(KeyForge::sign(QByteArray("not a key"), announcement).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerIdentity)
#include "tst_serveridentity.moc"
