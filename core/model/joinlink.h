#pragma once

// joinlink.h — a link that joins a room: where it is, and the fingerprint
// of its certificate, so that a Salon client that joins by it needs no
// comparison with the projector: "salon://192.168.1.10:12800/#sha256=1a29…".
// The same fragment is read from http:// and https:// links (what a
// browser opens); the server never sees a fragment.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct JoinLink
{
    Q_DECLARE_TR_FUNCTIONS(JoinLink)
public:
    QString host;
    quint16 port = 0;
    QByteArray sha256; // the certificate's SHA-256, 32 bytes; empty: the link names none

    // Whether `text` is meant as a link rather than an address ("…://…").
    static bool looksLikeLink(const QString &text);
    // Empty, with `error` said for a person, when `text` is not a join link
    // or names a port or fingerprint that can't be.
    static std::optional<JoinLink> parse(const QString &text, QString *error);
    // "salon://HOST:PORT/#sha256=HEX", IPv6 hosts in brackets.
    QString toString() const;
};
