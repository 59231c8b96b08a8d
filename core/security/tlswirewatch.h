#pragma once

// tlswirewatch.h — a TLS socket's network side, for the wire inspector:
// the handshake, then how many encrypted bytes cross the wire each way. Qt
// hands the program only decrypted bytes; the bytes written come from
// QSslSocket::encryptedBytesWritten, those received from the system's own
// count for the connection (Linux TCP_INFO), read each time decrypted bytes
// are about to be read.

#include "base/wiretap.h"

#include <QObject>
#include <QPointer>

class QSslSocket;

class TlsWireWatch : public QObject
{
    Q_OBJECT
public:
    // Reports `socket` to `tap` under `connection` and `peer` from now on:
    // the watch already on it (it stays with the socket, from the
    // handshake to the session), or a new one. A null `tap` removes it.
    static TlsWireWatch *attach(QSslSocket *socket, WireTap *tap, quint64 connection,
                                const QString &peer);
    static TlsWireWatch *of(QSslSocket *socket);

    // Before the program reads decrypted bytes: the encrypted ones that
    // came in since the last call, as a row of their own.
    void noteIncoming();
    // A ClientHello, seen in clear before the TLS socket reads it (the
    // server peeks at it to know what the client speaks).
    void noteClientHello(const QByteArray &firstBytes);
    // The handshake is over: what follows is encrypted. Once, whoever
    // calls it first (the socket's encrypted() calls it too).
    void noteEstablished();

    // The bytes the system has received on the connection so far, or -1
    // where it can't say.
    static qint64 bytesReceived(qintptr descriptor);

private:
    TlsWireWatch(QSslSocket *socket);
    void noteWritten(qint64 bytes);

    QSslSocket *m_socket;
    QPointer<WireTap> m_tap;
    quint64 m_connection = 0;
    QString m_peer;
    qint64 m_received = -1; // the system's count when last looked at
    bool m_established = false;
};
