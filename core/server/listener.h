#pragma once

// listener.h — the room's port. It takes over accepting, so the socket a
// connection gets is ours to choose (a QSslSocket, once TLS comes) rather
// than the plain one QTcpServer would make.

#include <QTcpServer>

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

signals:
    // A new connection; the receiver owns the socket.
    void accepted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;
};
