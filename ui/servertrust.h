#pragma once

// servertrust.h — trust on first use, checked against the projector. The
// fingerprints of the servers a person accepted are pinned per host and
// port (shared by every Salon window on the PC, at once); the first meeting
// asks the person to compare; another certificate, or a pinned server gone
// plain, is a warning that can't be clicked through without reading.

#include <QByteArray>
#include <QString>

class QWidget;

namespace ServerTrust {

// The pinned SHA-256 of the certificate at host:port (empty: none).
QByteArray pinned(const QString &host, quint16 port);
void pin(const QString &host, quint16 port, const QByteArray &sha256);
void forget(const QString &host, quint16 port);

// First time with this server: shows `sha256` to compare with the
// projector. True when the person says it matches (then it is pinned).
bool confirmFirstMeeting(QWidget *parent, const QString &host, quint16 port,
                         const QByteArray &sha256);

// What the person decided after the warning.
enum class Decision {
    Stop,      // do not join (the default)
    TrustSeen, // the teacher made a new identity: pin `seen` and join
    JoinPlain, // the server dropped TLS and the person joins anyway
};
// Where the fingerprint expected of a server came from.
enum class Expected {
    Pinned,      // accepted by the person before
    NamedByLink, // named by the join link the person used
};
// The server showed `seen` where `pinned` was expected (`seen` empty: it
// offers no TLS any more). Both fingerprints, what it may mean, what to do.
Decision warnChanged(QWidget *parent, const QString &host, quint16 port, const QByteArray &pinned,
                     const QByteArray &seen, Expected expected = Expected::Pinned);

} // namespace ServerTrust
