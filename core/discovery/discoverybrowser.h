#pragma once

// discoverybrowser.h — what a client hears of the servers around it: the
// announcements on the discovery port, one entry per server however many
// interfaces it was heard on, forgotten when it leaves or falls silent.

#include "discovery/discovery.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

class DiscoveryBrowser : public QObject
{
    Q_OBJECT
public:
    struct Server
    {
        QString id;
        QString room;
        QString hostName;
        QHostAddress address; // the one to type: a LAN address before loopback
        QList<QHostAddress> heardFrom;
        quint16 port = 0;
        qint64 lastSeenMs = 0; // on the browser's clock

        QString addressText() const { return address.toString(); }
    };

    explicit DiscoveryBrowser(QObject *parent = nullptr);

    // Listens on `port` (shared: several programs on one PC all hear every
    // announcement). Port 0 picks a free one, for tests. False when the port
    // can't be had; errorString() says why.
    bool start(Discovery::Scope scope, quint16 port = Discovery::DefaultPort);
    void stop();
    quint16 port() const { return m_socket.localPort(); }
    QString errorString() const { return m_socket.errorString(); }

    // A server not heard for this long is forgotten (default 10 s).
    void setExpiryMs(int ms) { m_expiryMs = ms; }

    // Sorted by room name.
    QList<Server> servers() const;
    // Seconds since a server was last heard.
    int secondsSinceSeen(const Server &server) const;

signals:
    // A server came, went or changed; also once a second while any is
    // listed, so "seen N s ago" can be kept true.
    void serversChanged();

private:
    void readDatagrams();
    void expire();

    QUdpSocket m_socket;
    QTimer m_expiryTimer;
    QElapsedTimer m_clock;
    QList<Server> m_servers;
    Discovery::Scope m_scope = Discovery::Scope::Off;
    int m_expiryMs = 10000;
};
