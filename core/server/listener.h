#pragma once

// listener.h — the room's port. It takes over accepting, so that a new
// connection is not read by any Qt socket before the handshake knows what
// it speaks: it is handed over as a PeekingSocket.

#include <QTcpServer>

class PeekingSocket;

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

signals:
    // A new connection; the receiver owns it.
    void accepted(PeekingSocket *connection);

protected:
    void incomingConnection(qintptr descriptor) override;
};
