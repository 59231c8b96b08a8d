#pragma once

// greeting.h — the first line the server sends on the room's port, before it
// knows what the peer speaks: a banner a person can read and a Salon client
// recognises (SALON/1 …, "SALON/1 TLS …" when TLS may start on the same
// connection), or the reason the door is closed.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Greeting
{
    Q_DECLARE_TR_FUNCTIONS(Greeting)
public:
    // `offersTls`: the banner says TLS may start on this connection.
    static QByteArray banner(bool offersTls = false);
    static QByteArray refusal(const QString &reason);

    // What the first bytes from a server say, on the client's side.
    struct Reading
    {
        enum class Kind {
            NotYet,  // the rest of the banner is on its way
            Banner,  // a Salon server: `rest` are the bytes after the banner
            Refused, // a Salon server that turned us away, for `reason`
            Foreign, // no Salon banner: another kind of server
        };
        Kind kind = Kind::NotYet;
        bool offersTls = false; // a Banner that says the server speaks TLS
        QByteArray rest;
        QString reason;
    };
    static Reading read(const QByteArray &received);
};
