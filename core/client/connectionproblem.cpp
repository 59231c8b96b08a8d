#include "client/connectionproblem.h"

QString ConnectionProblem::describe(QAbstractSocket::SocketError error, const QString &host,
                                    quint16 port, const QString &systemText)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("Connection refused by %1 on port %2: is the server started, is the port "
                  "right?")
            .arg(host)
            .arg(port);
    case QAbstractSocket::HostNotFoundError:
        return tr("Host not found: \"%1\". Check the name or type the server's address.").arg(host);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The server closed the connection.");
    case QAbstractSocket::NetworkError:
        return tr("The network is unreachable or the connection was lost: %1").arg(systemText);
    case QAbstractSocket::SocketTimeoutError:
        return tr("No answer from %1 on port %2: is a firewall blocking it?").arg(host).arg(port);
    default:
        return tr("Connection error: %1").arg(systemText);
    }
}
