#pragma once

// listener.h — the room's port. It takes over accepting, so the socket a
// connection gets is ours to choose: a QSslSocket where the room speaks TLS
// (it stays plain until a ClientHello comes), rather than the plain one
// QTcpServer would make.

#include <QTcpServer>

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    void setMakesTlsSockets(bool tls) { m_tls = tls; }

signals:
    // A new connection; the receiver owns the socket.
    void accepted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool m_tls = false;
};
