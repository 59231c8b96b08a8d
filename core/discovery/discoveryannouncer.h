#pragma once

// discoveryannouncer.h — a running server telling the LAN (or this PC)
// that it is there: one UDP datagram every few seconds to each broadcast
// address of its scope, and a last one saying it leaves.

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
    quint16 m_discoveryPort = Discovery::DefaultPort;
};
