#pragma once

// wiretap.h — what crosses the wire, for the wire inspector: each
// connection's socket states and the bytes it reads and writes, as they
// happen. The chat objects report to a tap only while one is set, so an
// inspector that is closed costs nothing.

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>

class WireTap : public QObject
{
    Q_OBJECT
public:
    enum class Direction { In, Out };
    Q_ENUM(Direction)

    explicit WireTap(QObject *parent = nullptr) : QObject(parent) {}

    void recordState(quint64 connection, const QString &peer, QAbstractSocket::SocketState state)
    {
        emit stateChanged(connection, peer, state);
    }
    void recordBytes(quint64 connection, const QString &peer, Direction direction,
                     const QByteArray &bytes)
    {
        emit bytesPassed(connection, peer, direction, bytes);
    }

signals:
    void stateChanged(quint64 connection, const QString &peer, QAbstractSocket::SocketState state);
    void bytesPassed(quint64 connection, const QString &peer, WireTap::Direction direction,
                     const QByteArray &bytes);
};
