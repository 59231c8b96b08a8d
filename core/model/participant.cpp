#include "model/participant.h"

#include <QAbstractSocket>

QString Participant::endpointOf(const QHostAddress &address, quint16 port)
{
    QHostAddress shown = address;
    bool isV4 = false;
    const quint32 v4 = shown.toIPv4Address(&isV4);
    if (isV4)
        shown = QHostAddress(v4); // "::ffff:127.0.0.1" reads as "127.0.0.1"
    if (shown.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(shown.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(shown.toString()).arg(port);
}
