#pragma once

// discovery.h — how Salon servers are found on a LAN: what a server's
// announcement holds (docs/protocol.md, "Discovery"), and how far the
// announcements go: the whole LAN, this PC only, or nowhere.

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Discovery {

// The UDP port announcements go to: the same number as the TCP port, so one
// firewall rule names one number.
inline constexpr quint16 DefaultPort = 12800;
inline constexpr qsizetype MaxDatagramBytes = 1024;
inline constexpr int MaxFieldChars = 64;

enum class Scope {
    Lan,      // every interface's broadcast address, and this PC
    Loopback, // 127.255.255.255 only: every Salon on this PC
    Off,
};

// "lan", "loopback", "off" (any case); nothing for anything else.
std::optional<Scope> scopeFromName(const QString &name);
QString scopeName(Scope scope);

// The scope in force: SALON_DISCOVERY when set (it wins, so scripts and
// test machines can be sure), then the command line's --discovery, then
// the setting discovery/scope, then lan.
Scope currentScope();
void setCommandLineScope(Scope scope);

// The broadcast addresses a scope sends to.
QList<QHostAddress> broadcastAddresses(Scope scope);

struct Announcement
{
    QString id;       // one per running server, so two interfaces show it once
    QString room;     // the room's name
    QString hostName; // the server PC's name
    quint16 port = 0; // its TCP port
    bool leaving = false;
};

QByteArray encode(const Announcement &announcement);
// Nothing for a datagram that is not a valid announcement.
std::optional<Announcement> decode(const QByteArray &datagram);

} // namespace Discovery
