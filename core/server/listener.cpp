#include "server/listener.h"

#include "base/logging.h"

#include <QSslSocket>
#include <QTcpSocket>

void Listener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcServer) << "could not take a connection:" << socket->errorString();
        delete socket;
        return;
    }
    emit accepted(socket);
}
