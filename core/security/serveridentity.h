#pragma once

// serveridentity.h — who the server is: its key pair and self-signed
// certificate, made once (KeyForge) and kept in its data folder, the
// private key readable by its owner alone. Students check it by its
// SHA-256 fingerprint, read aloud from the projector.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

class ServerIdentity
{
public:
    // The identity kept in `folder`, made there the first time. Empty with
    // `error` set when it can't be read or made, or when the private key
    // can be read by other users of the computer (the server must not start
    // with it: chmod 600, or delete it for a new identity).
    static std::optional<ServerIdentity> loadOrCreate(const QString &folder, QString *error);
    // A new key and certificate in `folder`, in place of the old ones
    // (Room ▸ New identity): clients that pinned the old one will warn.
    static std::optional<ServerIdentity> renew(const QString &folder, QString *error);

    // The first counter for this run's discovery announcements: above any
    // the last run used (a number kept in `folder`, not the clock, which a
    // classroom PC may have wrong).
    static quint64 nextAnnouncementCounter(const QString &folder);

    static QString keyPath(const QString &folder);
    static QString certificatePath(const QString &folder);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &privateKey() const { return m_key; }
    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray privateKeyPem() const { return m_keyPem; }
    // What TLS connections to the room are made with.
    QSslConfiguration serverConfiguration() const;

    // The certificate's SHA-256, 32 bytes.
    QByteArray sha256() const { return m_sha256; }
    // "AB:CD:…", 32 pairs: as `openssl x509 -noout -fingerprint -sha256` prints it.
    static QString colonHex(const QByteArray &sha256);
    // "AB12 CD34 …", 16 groups of four to read aloud.
    static QString groups(const QByteArray &sha256);
    // The first 64 bits, "AB12 CD34 EF56 7890": short enough to compare at a
    // glance, too long for a student to grind a look-alike certificate.
    static QString shortForm(const QByteArray &sha256);

private:
    static std::optional<ServerIdentity> fromPem(const QByteArray &keyPem,
                                                 const QByteArray &certificatePem);
    static std::optional<ServerIdentity> create(const QString &folder, QString *error);

    QByteArray m_keyPem;
    QByteArray m_certificatePem;
    QSslKey m_key;
    QSslCertificate m_certificate;
    QByteArray m_sha256;
};
