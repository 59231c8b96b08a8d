#include "server/listener.h"

#include "base/logging.h"

#include <QTcpSocket>

void Listener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcServer) << "could not take a connection:" << socket->errorString();
        delete socket;
        return;
    }
    emit accepted(socket);
}
