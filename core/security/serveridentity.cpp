#include "security/serveridentity.h"

#include "security/keyforge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool write(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
           QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return fail(error,
                    QCoreApplication::translate("ServerIdentity",
                                                "The server's identity could not be kept in %1: %2")
                        .arg(path, file.errorString()));
    return true;
}

} // namespace

quint64 ServerIdentity::nextAnnouncementCounter(const QString &folder)
{
    // Each run gets its own 2^24 announcements (a year and a half, one
    // every 3 s), above the last run's.
    const QString path = QDir(folder).filePath(QStringLiteral("announcement-run"));
    QFile last(path);
    quint64 run = 0;
    if (last.open(QIODevice::ReadOnly))
        run = last.read(32).trimmed().toULongLong();
    ++run;
    QString ignored;
    write(path, QByteArray::number(run), QFileDevice::ReadOwner | QFileDevice::WriteOwner,
          &ignored);
    return run << 24;
}

QString ServerIdentity::keyPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("identity-key.pem"));
}

QString ServerIdentity::certificatePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("identity-certificate.pem"));
}

std::optional<ServerIdentity> ServerIdentity::loadOrCreate(const QString &folder, QString *error)
{
    const QString keyFile = keyPath(folder);
    QFile key(keyFile);
    QFile certificate(certificatePath(folder));
    if (!key.exists() && !certificate.exists())
        return create(folder, error);
#ifdef Q_OS_UNIX
    // Whoever reads the key can pretend to be this server: it is the owner's alone.
    constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (key.exists() && (key.permissions() & Others)) {
        fail(error, QCoreApplication::translate(
                        "ServerIdentity",
                        "The server's private key %1 can be read by other users of this computer: "
                        "make it yours alone (chmod 600 %1), or delete it to make a new identity.")
                        .arg(keyFile));
        return std::nullopt;
    }
#endif
    if (!key.open(QIODevice::ReadOnly) || !certificate.open(QIODevice::ReadOnly)) {
        fail(error, QCoreApplication::translate("ServerIdentity",
                                                "The server's identity in %1 could not be read: %2")
                        .arg(folder, key.isOpen() ? certificate.errorString() : key.errorString()));
        return std::nullopt;
    }
    // Both are a few hundred bytes; anything big is not ours.
    constexpr qint64 MaxBytes = 64 * 1024;
    auto identity = fromPem(key.read(MaxBytes), certificate.read(MaxBytes));
    if (!identity)
        fail(error,
             QCoreApplication::translate(
                 "ServerIdentity",
                 "The server's identity in %1 is damaged: delete %2 and %3 to make a new one.")
                 .arg(folder, key.fileName(), certificate.fileName()));
    return identity;
}

std::optional<ServerIdentity> ServerIdentity::renew(const QString &folder, QString *error)
{
    return create(folder, error);
}

std::optional<ServerIdentity> ServerIdentity::create(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        fail(error, QCoreApplication::translate("ServerIdentity",
                                                "The server's identity could not be kept in %1: %2")
                        .arg(folder, QCoreApplication::translate("ServerIdentity",
                                                                 "the folder can't be made")));
        return std::nullopt;
    }
    QString why;
    const auto made =
        KeyForge::generate(QStringLiteral("Salon on %1").arg(QSysInfo::machineHostName()), &why);
    if (!made) {
        fail(error, QCoreApplication::translate("ServerIdentity",
                                                "The server's identity could not be made: %1")
                        .arg(why));
        return std::nullopt;
    }
    auto identity = fromPem(made->privateKeyPem, made->certificatePem);
    if (!identity) {
        fail(error, QCoreApplication::translate("ServerIdentity",
                                                "The server's identity could not be made: %1")
                        .arg(QStringLiteral("Qt can't read the key")));
        return std::nullopt;
    }
    // The key first: a certificate alone is of no use to anyone.
    if (!write(keyPath(folder), made->privateKeyPem,
               QFileDevice::ReadOwner | QFileDevice::WriteOwner, error) ||
        !write(certificatePath(folder), made->certificatePem,
               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                   QFileDevice::ReadOther,
               error))
        return std::nullopt;
    return identity;
}

std::optional<ServerIdentity> ServerIdentity::fromPem(const QByteArray &keyPem,
                                                      const QByteArray &certificatePem)
{
    ServerIdentity identity;
    // QSslKey reads RSA unless told: an EC key would silently come back null.
    identity.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    identity.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    if (identity.m_key.isNull() || identity.m_certificate.isNull())
        return std::nullopt;
    // The key must be the certificate's: what it signs, the certificate verifies.
    const QByteArray probe("Salon identity check");
    if (!KeyForge::verify(certificatePem, probe, KeyForge::sign(keyPem, probe)))
        return std::nullopt;
    identity.m_keyPem = keyPem;
    identity.m_certificatePem = certificatePem;
    identity.m_sha256 = identity.m_certificate.digest(QCryptographicHash::Sha256);
    return identity;
}

QSslConfiguration ServerIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients show no certificate: they are let in by the room's own rules.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QString ServerIdentity::colonHex(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString ServerIdentity::groups(const QByteArray &sha256)
{
    const QString hex = QString::fromLatin1(sha256.toHex().toUpper());
    QStringList four;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        four.append(hex.mid(i, 4));
    return four.join(QLatin1Char(' '));
}

QString ServerIdentity::shortForm(const QByteArray &sha256)
{
    return groups(sha256.left(8));
}
