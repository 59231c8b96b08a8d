#pragma once

// discoverybrowser.h — what a client hears of the servers around it: the
// announcements on the discovery port, one entry per server however many
// interfaces it was heard on, forgotten when it leaves or falls silent.
// Only signed announcements count: a server is known by its certificate's
// key and its id, only an announcement signed with that key changes or
// removes it, and one older than the last seen from that server is ignored
// (several rooms on one PC share a key: each counts on its own).

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
        QByteArray sha256; // the certificate's fingerprint: who signed
        QString room;
        QString hostName;
        // The one to type, among those the server signed: the one it was
        // heard from if it is one of them, else a LAN address before loopback.
        QHostAddress address;
        QList<QHostAddress> addresses; // as signed
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
    QHash<QByteArray, quint64> m_lastCounter; // by key (fingerprint) and id
    Discovery::Scope m_scope = Discovery::Scope::Off;
    int m_expiryMs = 10000;
};
