#pragma once

// cableproxy.h — a cable a test can pull: a TCP forwarder on loopback
// between a client and a server. Pulled, it drops every byte both ways and
// turns new connections away, as a pulled cable would (nothing arrives,
// nothing says so: only heartbeats notice); it can also drop only what the
// server sends, so a message arrives but its echo is lost.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class CableProxy : public QObject
{
    Q_OBJECT
public:
    explicit CableProxy(quint16 target, QObject *parent = nullptr)
        : QObject(parent), m_target(target)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &CableProxy::accept);
        m_listener.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_listener.serverPort(); }
    void setPulled(bool pulled) { m_pulled = pulled; }
    void setDropFromServer(bool drop) { m_dropFromServer = drop; }
    int accepted() const { return m_accepted; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            if (m_pulled) {
                client->abort();
                client->deleteLater();
                continue;
            }
            ++m_accepted;
            auto *server = new QTcpSocket(client);
            server->connectToHost(QHostAddress::LocalHost, m_target);
            connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
                const QByteArray bytes = client->readAll();
                if (!m_pulled)
                    server->write(bytes);
            });
            connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
                const QByteArray bytes = server->readAll();
                if (!m_pulled && !m_dropFromServer)
                    client->write(bytes);
            });
            // A side that closes closes the other, unless the cable is out.
            connect(client, &QTcpSocket::disconnected, server, [this, server] {
                if (!m_pulled)
                    server->disconnectFromHost();
            });
            connect(server, &QTcpSocket::disconnected, client, [this, client] {
                if (!m_pulled)
                    client->disconnectFromHost();
            });
        }
    }

    QTcpServer m_listener;
    quint16 m_target;
    bool m_pulled = false;
    bool m_dropFromServer = false;
    int m_accepted = 0;
};
