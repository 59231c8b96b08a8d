#include "discovery/discoveryannouncer.h"

#include "base/logging.h"

#include <QHostInfo>
#include <QSslCertificate>
#include <QUuid>

DiscoveryAnnouncer::DiscoveryAnnouncer(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(3000);
    m_announcement.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(&m_timer, &QTimer::timeout, this, &DiscoveryAnnouncer::announce);
}

DiscoveryAnnouncer::~DiscoveryAnnouncer()
{
    stop();
}

void DiscoveryAnnouncer::setIdentity(const QByteArray &privateKeyPem,
                                     const QByteArray &certificatePem, quint64 firstCounter)
{
    m_privateKeyPem = privateKeyPem;
    m_announcement.certificateDer = QSslCertificate(certificatePem, QSsl::Pem).toDer();
    m_announcement.counter = firstCounter;
}

void DiscoveryAnnouncer::start(Discovery::Scope scope, quint16 tcpPort, const QString &room)
{
    m_scope = scope;
    m_announcement.port = tcpPort;
    m_announcement.room = room;
    m_announcement.hostName = QHostInfo::localHostName();
    m_announcement.leaving = false;
    if (scope == Discovery::Scope::Off) {
        m_timer.stop();
        return;
    }
    announce();
    m_timer.start();
}

void DiscoveryAnnouncer::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_announcement.leaving = true;
    announce();
}

void DiscoveryAnnouncer::announce()
{
    if (!hasIdentity()) {
        qCDebug(lcServer) << "discovery: no identity to sign announcements with";
        return;
    }
    // Asked each time, as the broadcast addresses below.
    m_announcement.addresses = Discovery::ownAddresses(m_scope);
    ++m_announcement.counter;
    const QByteArray datagram = Discovery::encode(m_announcement, m_privateKeyPem);
    // Asked each time: a cable plugged in later is announced on too.
    const QList<QHostAddress> addresses = Discovery::broadcastAddresses(m_scope);
    for (const QHostAddress &address : addresses) {
        if (m_socket.writeDatagram(datagram, address, m_discoveryPort) < 0)
            qCDebug(lcServer) << "announcement to" << address
                              << "failed:" << m_socket.errorString();
    }
}
