#include "server/listener.h"

#include "server/peekingsocket.h"

void Listener::incomingConnection(qintptr descriptor)
{
    emit accepted(new PeekingSocket(descriptor, this));
}
