#pragma once

// wiretap.h — what crosses the wire, for the wire inspector: each
// connection's socket states and the bytes it reads and writes, as they
// happen, in both layers of a TLS connection: what the network carries
// (the handshake, then only so many encrypted bytes) and what the two ends
// read once it is decrypted. The chat objects report to a tap only while
// one is set, so an inspector that is closed costs nothing.

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>

class WireTap : public QObject
{
    Q_OBJECT
public:
    enum class Direction { In, Out };
    Q_ENUM(Direction)
    // Bytes the program reads and writes: in clear on the network, or
    // decrypted (on the network they were encrypted).
    enum class Layer { Clear, Decrypted };
    Q_ENUM(Layer)
    // A TLS connection as the network sees it.
    enum class TlsStep {
        ClientHello, // the client's first handshake message, readable by anyone
        Handshake,   // the rest of the handshake, so many bytes
        Established, // encrypted from here on (protocol, cipher, certificate)
        Encrypted    // so many bytes of ciphertext
    };
    Q_ENUM(TlsStep)
    struct TlsRecord
    {
        Direction direction = Direction::In;
        TlsStep step = TlsStep::Encrypted;
        qint64 size = 0;  // bytes on the wire
        QByteArray bytes; // those seen in clear (a ClientHello), if any
        QString detail;   // Established: "TLSv1.3 · TLS_AES_256_GCM_SHA384 · …"
    };

    explicit WireTap(QObject *parent = nullptr) : QObject(parent) {}

    void recordState(quint64 connection, const QString &peer, QAbstractSocket::SocketState state)
    {
        emit stateChanged(connection, peer, state);
    }
    void recordBytes(quint64 connection, const QString &peer, Direction direction,
                     const QByteArray &bytes, Layer layer = Layer::Clear)
    {
        emit bytesPassed(connection, peer, direction, bytes, layer);
    }
    void recordTls(quint64 connection, const QString &peer, const TlsRecord &record)
    {
        emit tlsPassed(connection, peer, record);
    }

signals:
    void stateChanged(quint64 connection, const QString &peer, QAbstractSocket::SocketState state);
    void bytesPassed(quint64 connection, const QString &peer, WireTap::Direction direction,
                     const QByteArray &bytes, WireTap::Layer layer);
    void tlsPassed(quint64 connection, const QString &peer, const WireTap::TlsRecord &record);
};
