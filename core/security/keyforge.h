#pragma once

// keyforge.h — the little Qt cannot do with keys, done with OpenSSL's
// libcrypto and nothing else of it: make the server's key pair and its
// self-signed certificate, and sign and verify bytes with them (discovery
// announcements). Everything else about TLS goes through Qt's QSslSocket.

#include <QByteArray>
#include <QString>

#include <optional>

namespace KeyForge {

struct Identity
{
    QByteArray privateKeyPem; // PKCS#8, "BEGIN PRIVATE KEY"
    QByteArray certificatePem;
};

// A new ECDSA P-256 key and a certificate for it, signed by itself, named
// `commonName`, valid from 2000 to 2099: the classroom's PCs often have the
// wrong date, and the certificate is trusted by its fingerprint, not by
// its dates. Empty with `error` set when libcrypto fails.
std::optional<Identity> generate(const QString &commonName, QString *error = nullptr);

// An ECDSA signature (DER) over SHA-256 of `data`; empty on failure.
QByteArray sign(const QByteArray &privateKeyPem, const QByteArray &data);
// Whether `signature` was made over `data` by the key of the certificate.
bool verify(const QByteArray &certificatePem, const QByteArray &data, const QByteArray &signature);

} // namespace KeyForge
