#include "server/listener.h"

#include "server/peekingsocket.h"

Listener::~Listener()
{
    stop();
}

void Listener::stop()
{
    close();
    for (const qintptr descriptor : m_waiting)
        PeekingSocket::discard(descriptor);
    m_waiting.clear();
}

void Listener::incomingConnection(qintptr descriptor)
{
    // Qt accepts all that wait in one go; they begin in the next passes.
    m_waiting.push_back(descriptor);
    if (m_handOverPosted)
        return;
    m_handOverPosted = true;
    QMetaObject::invokeMethod(this, &Listener::handOver, Qt::QueuedConnection);
}

void Listener::handOver()
{
    m_handOverPosted = false;
    for (int i = 0; i < HandOverPerPass && !m_waiting.empty(); ++i) {
        const qintptr descriptor = m_waiting.front();
        m_waiting.pop_front();
        emit accepted(new PeekingSocket(descriptor, this));
    }
    if (!m_waiting.empty() && !m_handOverPosted) {
        m_handOverPosted = true;
        QMetaObject::invokeMethod(this, &Listener::handOver, Qt::QueuedConnection);
    }
}
