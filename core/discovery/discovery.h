#pragma once

// discovery.h — how Salon servers are found on a LAN: what a server's
// announcement holds (docs/protocol.md, "Discovery"), and how far the
// announcements go: the whole LAN, this PC only, or nowhere.
//
// An announcement carries the server's certificate and is signed with its
// key over everything in it, its addresses and a counter included: nobody
// else can change or withdraw a room, point it elsewhere, or replay an old
// announcement (the browser keeps the last counter seen from each key).

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Discovery {

// The UDP port announcements go to: the same number as the TCP port, so one
// firewall rule names one number.
inline constexpr quint16 DefaultPort = 12800;
// A certificate and a signature need room: about 1,100 bytes in all.
inline constexpr qsizetype MaxDatagramBytes = 1400;
inline constexpr int MaxFieldChars = 64;
inline constexpr int MaxAddresses = 8;
inline constexpr int Version = 2;

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

// This PC's IPv4 addresses that a scope announces: its LAN addresses, then
// 127.0.0.1 (loopback only for Scope::Loopback).
QList<QHostAddress> ownAddresses(Scope scope);

struct Announcement
{
    QString id;       // one per running server, so two interfaces show it once
    QString room;     // the room's name
    QString hostName; // the server PC's name
    quint16 port = 0; // its TCP port
    bool leaving = false;
    // The server's own addresses: a client connects to one of these, never
    // to whoever sent the datagram.
    QList<QHostAddress> addresses;
    // Grows with every announcement made with one key, across restarts.
    quint64 counter = 0;
    QByteArray certificateDer;
    // decode(): the certificate's SHA-256, once the signature checked out.
    QByteArray sha256;
};

// The datagram: the announcement as JSON, a newline, then the signature
// (base64) over those JSON bytes, made with `privateKeyPem`. Empty when it
// can't be signed.
QByteArray encode(const Announcement &announcement, const QByteArray &privateKeyPem);
// Nothing unless the datagram is a valid announcement signed by the key of
// the certificate it carries.
std::optional<Announcement> decode(const QByteArray &datagram);

} // namespace Discovery
