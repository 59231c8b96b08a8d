#include "server/banlist.h"

#include "model/nickname.h"

namespace {
// "::ffff:192.0.2.4" and "192.0.2.4" are the same peer.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

void BanList::add(const QString &nick, const QHostAddress &address, const QDateTime &since)
{
    remove(nick);
    m_bans.append({nick, address.isNull() ? QHostAddress() : normalized(address), since});
}

bool BanList::remove(const QString &nick)
{
    const QString skeleton = Nickname::skeleton(nick);
    return m_bans.removeIf([&skeleton](const Ban &ban) {
        return Nickname::skeleton(ban.nick) == skeleton;
    }) > 0;
}

bool BanList::isBanned(const QHostAddress &peer) const
{
    const QHostAddress address = normalized(peer);
    return std::any_of(m_bans.cbegin(), m_bans.cend(), [&address](const Ban &ban) {
        return !ban.address.isNull() && ban.address.isEqual(address);
    });
}

bool BanList::isBannedName(const QString &nick) const
{
    const QString skeleton = Nickname::skeleton(nick);
    return std::any_of(m_bans.cbegin(), m_bans.cend(), [&skeleton](const Ban &ban) {
        return Nickname::skeleton(ban.nick) == skeleton;
    });
}
