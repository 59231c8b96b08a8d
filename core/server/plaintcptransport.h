#pragma once

// plaintcptransport.h — a plain TCP connection (Unix), on its descriptor,
// without a QTcpSocket. A room of thousands is mostly idle connections, and
// a QTcpSocket keeps a 16 KiB block of read buffer and one of write buffer
// for each after they empty (docs/performance.md): here, received bytes go
// straight into the line splitter, and what is queued for the peer is handed
// to the system once per pass of the event loop, in one call, and freed once
// sent. TLS and HTTP peers keep Qt's sockets.

#include "base/linesplitter.h"
#include "server/sendpool.h"
#include "server/transport.h"

#include <QPointer>

class PeekingSocket;
class QSocketNotifier;

class PlainTcpTransport : public Transport
{
    Q_OBJECT
public:
    // Takes the connection's descriptor over from `connection`, with the
    // bytes it could not send yet (the banner, on a slow peer).
    explicit PlainTcpTransport(PeekingSocket *connection, QObject *parent = nullptr);
    ~PlainTcpTransport() override;

    QHostAddress peerAddress() const override { return m_address; }
    quint16 peerPort() const override { return m_port; }
    QHostAddress localAddress() const override { return m_localAddress; }
    quint16 localPort() const override { return m_localPort; }
    bool isOpen() const override { return !m_closed; }
    void begin() override;

    void setMaxUnitBytes(qsizetype bytes) override { m_lines.setMaxLineBytes(bytes); }
    bool hasUnit() const override { return m_lines.hasLine(); }
    QByteArray takeUnit() override { return m_lines.takeLine(); }
    qsizetype unitsWaiting() const override { return m_lines.lineCount(); }
    bool hasPartial() const override { return m_lines.hasPartial(); }
    QByteArray takePartial() override { return m_lines.takePartial(); }
    int takeOversized() override { return m_lines.takeOverflows(); }

    Queued queue(const QByteArray &bytes, qint64 maxQueuedBytes) override;
    void flush() override;
    void closeAfterWriting() override;
    void abort() override;

    void setWireTap(WireTap *tap, quint64 id, const QString &peer, bool stateShown) override;

    // Bytes queued and not yet taken by the system.
    qint64 bytesToWrite() const { return m_queuedBytes; }

private:
    friend class PlainTcpFlusher;

    void readAvailable();
    // Hands the queue to the system, as much as it takes now.
    void writeQueued();
    // The call that hands the queue to the system (size 0: nothing waits).
    SendPool::Send pendingSend() const;
    // Counts what the system took in that call.
    void took(const SendPool::Send &send);
    // What the call leads to: a failure, a wait for room in the system's
    // buffer, another call next pass, or the queue's end (and the close).
    void afterSend(const SendPool::Send &send);
    void scheduleWrite();
    void fail(int error);
    // Closes the descriptor; closed() follows, from the event loop when a
    // write is under way.
    void finish();
    void recordState(int state);

    qintptr m_descriptor = -1;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr; // only while the system's buffer is full
    LineSplitter m_lines;
    // What waits for the system: the first message queued in a pass is the
    // broadcast's own bytes (shared); more are copied after it. Many small
    // pieces would cost more to hand over (one iovec each) than to copy.
    QByteArray m_queue;
    qsizetype m_sent = 0; // bytes of m_queue already taken by the system
    qint64 m_queuedBytes = 0;
    bool m_writeScheduled = false;
    bool m_inBatch = false; // its call is in the flusher's batch
    bool m_begun = false;
    bool m_peerClosed = false; // the peer sent its last byte
    bool m_closing = false;    // closeAfterWriting(): the queue, then the end
    bool m_closed = false;     // reads and writes nothing more
    bool m_finished = false;   // closed() was emitted
    int m_writing = 0;         // inside queue() or flush(): see TcpTransport
    QString m_closeReason;
    QPointer<WireTap> m_tap;
    quint64 m_tapId = 0;
    QString m_tapPeer;
};
