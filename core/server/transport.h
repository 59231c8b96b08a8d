#pragma once

// transport.h — how one peer's bytes come and go, apart from what they mean.
// A stream (plain TCP, or TLS over it) cuts lines itself; a message
// transport (a WebSocket) hands over whole messages. Either way the session
// above sees units, and a dialect gives them meaning.

#include "base/wiretap.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    // Where the peer reached the server: the address and port it typed.
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;
    virtual bool isOpen() const = 0;
    // Whether what crosses the network is encrypted (TLS).
    virtual bool isEncrypted() const { return false; }
    // What kind of peer this is, where the transport says more than the
    // dialect ("Browser"); empty: the dialect's word.
    virtual QString kindName() const { return {}; }
    virtual QString kindDescription() const { return {}; }
    // Starts delivering, once someone listens: what arrived before, and a
    // close that already happened.
    virtual void begin() = 0;

    // A unit longer than this is dropped (and counted in takeOversized()).
    virtual void setMaxUnitBytes(qsizetype bytes) = 0;
    virtual bool hasUnit() const = 0;
    virtual QByteArray takeUnit() = 0;
    virtual qsizetype unitsWaiting() const = 0;
    // Bytes with no end yet (streams only).
    virtual bool hasPartial() const = 0;
    virtual QByteArray takePartial() = 0;
    virtual int takeOversized() = 0;

    enum class Queued { Yes, Closed, Full };
    // Queues `bytes` unless the queue would pass `maxQueuedBytes` (a peer
    // that stopped reading); a long queue is handed to the system at once.
    // This runs for every receiver of every message: one call, no more.
    virtual Queued queue(const QByteArray &bytes, qint64 maxQueuedBytes) = 0;
    // Hands what is queued to the system now.
    virtual void flush() = 0;
    // Sends what is queued, then closes; closed() follows.
    virtual void closeAfterWriting() = 0;
    // Closes now, dropping what was not sent; closed() follows.
    virtual void abort() = 0;

    // Reports traffic to `tap` as connection `id` (nullptr: to nobody); the
    // socket's state first, unless the handshake already showed it.
    virtual void setWireTap(WireTap *tap, quint64 id, const QString &peer, bool stateShown) = 0;

signals:
    // New units, or new partial bytes, are waiting.
    void arrived();
    // The connection is gone; reason is for the room ("connection reset").
    void closed(const QString &reason);
};
