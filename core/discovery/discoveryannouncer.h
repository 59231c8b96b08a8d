#pragma once

// discoveryannouncer.h — a running server telling the LAN (or this PC)
// that it is there: one UDP datagram every few seconds to each broadcast
// address of its scope, and a last one saying it leaves. Each is signed
// with the server's key; without an identity it says nothing.

#include "discovery/discovery.h"

#include <QObject>
#include <QTimer>
#include <QUdpSocket>

class DiscoveryAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit DiscoveryAnnouncer(QObject *parent = nullptr);
    ~DiscoveryAnnouncer() override;

    // Where the datagrams go; tests use their own port.
    void setDiscoveryPort(quint16 port) { m_discoveryPort = port; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

    // The server's key and certificate; announcements count up from
    // `firstCounter` (ServerIdentity::nextAnnouncementCounter(), so a
    // restarted server counts on from above the last run).
    void setIdentity(const QByteArray &privateKeyPem, const QByteArray &certificatePem,
                     quint64 firstCounter);
    bool hasIdentity() const { return !m_privateKeyPem.isEmpty(); }

    void start(Discovery::Scope scope, quint16 tcpPort, const QString &room);
    // Says goodbye so clients drop the entry at once.
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    QString id() const { return m_announcement.id; }

private:
    void announce();

    QUdpSocket m_socket;
    QTimer m_timer;
    Discovery::Scope m_scope = Discovery::Scope::Off;
    Discovery::Announcement m_announcement;
    QByteArray m_privateKeyPem;
    quint16 m_discoveryPort = Discovery::DefaultPort;
};
