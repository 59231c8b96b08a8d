#include "discovery/discoverybrowser.h"

#include "base/logging.h"

#include <QNetworkDatagram>

namespace {
// Announcements from many servers at once are few; more than this waiting
// is noise to drop.
constexpr int MaxDatagramsPerRead = 256;
constexpr int MaxServers = 256;
// Servers whose last counter is kept, gone ones included (a few KiB).
constexpr int MaxRemembered = 4096;
} // namespace

DiscoveryBrowser::DiscoveryBrowser(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_expiryTimer.setInterval(1000);
    connect(&m_socket, &QUdpSocket::readyRead, this, &DiscoveryBrowser::readDatagrams);
    connect(&m_expiryTimer, &QTimer::timeout, this, &DiscoveryBrowser::expire);
}

bool DiscoveryBrowser::start(Discovery::Scope scope, quint16 port)
{
    stop();
    m_scope = scope;
    if (scope == Discovery::Scope::Off)
        return true;
    // Any address: a socket bound to one address does not hear broadcasts.
    if (!m_socket.bind(QHostAddress::AnyIPv4, port,
                       QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        qCWarning(lcClient) << "discovery: can't listen on UDP port" << port
                            << m_socket.errorString();
        return false;
    }
    m_expiryTimer.start(qMin(1000, qMax(50, m_expiryMs / 4)));
    return true;
}

void DiscoveryBrowser::stop()
{
    m_socket.close();
    m_expiryTimer.stop();
    if (!m_servers.isEmpty()) {
        m_servers.clear();
        emit serversChanged();
    }
}

QList<DiscoveryBrowser::Server> DiscoveryBrowser::servers() const
{
    QList<Server> sorted = m_servers;
    std::sort(sorted.begin(), sorted.end(), [](const Server &a, const Server &b) {
        return a.room.localeAwareCompare(b.room) < 0 ||
               (a.room == b.room && a.address.toString() < b.address.toString());
    });
    return sorted;
}

int DiscoveryBrowser::secondsSinceSeen(const Server &server) const
{
    return int((m_clock.elapsed() - server.lastSeenMs) / 1000);
}

void DiscoveryBrowser::readDatagrams()
{
    bool changed = false;
    int read = 0;
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(Discovery::MaxDatagramBytes + 1);
        if (++read > MaxDatagramsPerRead)
            continue; // drained and dropped
        const auto announcement = Discovery::decode(datagram.data());
        if (!announcement)
            continue;
        bool isV4 = false;
        const QHostAddress sender(datagram.senderAddress().toIPv4Address(&isV4));
        if (!isV4)
            continue;
        // This PC only: a datagram from elsewhere is not for us.
        if (m_scope == Discovery::Scope::Loopback && !sender.isLoopback())
            continue;
        // Fresh from that server, or the same one heard again on another
        // interface; an older one (replayed) changes nothing.
        const QByteArray who = announcement->sha256 + announcement->id.toUtf8();
        const quint64 last = m_lastCounter.value(who, 0);
        if (announcement->counter < last)
            continue;
        const bool repeated = announcement->counter == last;
        if (!repeated) {
            if (m_lastCounter.size() >= MaxRemembered && !m_lastCounter.contains(who))
                continue;
            m_lastCounter.insert(who, announcement->counter);
        }

        const auto found = std::find_if(m_servers.begin(), m_servers.end(), [&](const Server &s) {
            return s.id == announcement->id && s.sha256 == announcement->sha256;
        });
        if (announcement->leaving) {
            if (found != m_servers.end()) {
                m_servers.erase(found);
                changed = true;
            }
            continue;
        }
        Server *server = nullptr;
        if (found == m_servers.end()) {
            if (m_servers.size() >= MaxServers || repeated)
                continue;
            m_servers.append(Server{});
            server = &m_servers.last();
            server->id = announcement->id;
            server->sha256 = announcement->sha256;
            changed = true;
        } else {
            server = &*found;
        }
        if (!server->heardFrom.contains(sender) &&
            server->heardFrom.size() < Discovery::MaxAddresses)
            server->heardFrom.append(sender);
        if (repeated)
            continue; // a replay keeps nothing alive
        if (server->room != announcement->room || server->port != announcement->port ||
            server->hostName != announcement->hostName ||
            server->addresses != announcement->addresses)
            changed = true;
        server->room = announcement->room;
        server->hostName = announcement->hostName;
        server->port = announcement->port;
        server->addresses = announcement->addresses;
        server->lastSeenMs = m_clock.elapsed();
        // Only an address the server signed: the one it was heard from if it
        // is one (it works from here), else a LAN one before loopback.
        QHostAddress best;
        for (const QHostAddress &address : std::as_const(server->heardFrom)) {
            if (server->addresses.contains(address) && (best.isNull() || best.isLoopback()))
                best = address;
        }
        if (best.isNull()) {
            best = server->addresses.first();
            for (const QHostAddress &address : std::as_const(server->addresses)) {
                if (!address.isLoopback()) {
                    best = address;
                    break;
                }
            }
        }
        if (best != server->address) {
            server->address = best;
            changed = true;
        }
    }
    if (changed)
        emit serversChanged();
}

void DiscoveryBrowser::expire()
{
    const qint64 now = m_clock.elapsed();
    const qsizetype removed = m_servers.removeIf(
        [&](const Server &server) { return now - server.lastSeenMs > m_expiryMs; });
    // Said once a second while any server is listed, so "seen N s ago" stays true.
    if (removed > 0 || !m_servers.isEmpty())
        emit serversChanged();
}
