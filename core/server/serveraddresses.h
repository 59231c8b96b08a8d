#pragma once

// serveraddresses.h — every address a client could type to reach this
// computer: its host name, then each IPv4 and IPv6 address of each interface
// that is up.

#include <QStringList>

namespace ServerAddresses {

struct Address
{
    QString text;        // what to type
    QString description; // "Wi-Fi (wlan0)", "this computer only"…
};

QList<Address> all();

} // namespace ServerAddresses
