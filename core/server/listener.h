#pragma once

// listener.h — the room's port. It takes over accepting, so that a new
// connection is not read by any Qt socket before the handshake knows what
// it speaks: it is handed over as a PeekingSocket.
//
// A school connecting in the same second is handed over a few hundred per
// pass of the event loop, in the order it came; the others wait, accepted
// but not yet read. So the room keeps turning while thousands arrive: each
// pass also serves the members (what they say, what they are sent), and a
// pass never carries the handshakes and welcomes of the whole crowd.

#include <QTcpServer>

#include <deque>

class PeekingSocket;

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    // At most this many new connections start their handshake in one pass.
    static constexpr int HandOverPerPass = 256;

    using QTcpServer::QTcpServer;
    ~Listener() override;

    // No more connections: stops listening and closes those still waiting.
    void stop();
    // Accepted, not yet handed over.
    int waiting() const { return int(m_waiting.size()); }

signals:
    // A new connection; the receiver owns it.
    void accepted(PeekingSocket *connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handOver();

    std::deque<qintptr> m_waiting;
    bool m_handOverPosted = false;
};
