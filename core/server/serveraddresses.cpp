#include "server/serveraddresses.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkInterface>

namespace ServerAddresses {

QList<Address> all()
{
    QList<Address> addresses;
    const QString hostName = QHostInfo::localHostName();
    if (!hostName.isEmpty())
        addresses.append(
            {hostName, QCoreApplication::translate("ServerAddresses", "this computer's name")});

    QList<Address> loopback;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        const bool isLoopback = interface.flags().testFlag(QNetworkInterface::IsLoopBack);
        const QString name = interface.humanReadableName();
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (isLoopback || ip.isLoopback()) {
                loopback.append({ip.toString(), QCoreApplication::translate("ServerAddresses",
                                                                            "this computer only")});
            } else {
                const QString description =
                    ip.isLinkLocal()
                        ? QCoreApplication::translate("ServerAddresses", "%1, link-local").arg(name)
                        : name;
                addresses.append({ip.toString(), description});
            }
        }
    }
    // LAN addresses first: they are what the room needs; loopback last.
    addresses.append(loopback);
    return addresses;
}

} // namespace ServerAddresses
