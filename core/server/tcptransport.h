#pragma once

// tcptransport.h — a TCP stream (a QTcpSocket, or a QSslSocket once TLS is
// up) cut into lines, each size-checked before it is buffered.

#include "base/linesplitter.h"
#include "security/tlswirewatch.h"
#include "server/transport.h"

#include <QPointer>

class QTcpSocket;

class TcpTransport : public Transport
{
    Q_OBJECT
public:
    // Takes the socket over (it becomes a child).
    explicit TcpTransport(QTcpSocket *socket, QObject *parent = nullptr);

    QHostAddress peerAddress() const override { return m_address; }
    quint16 peerPort() const override { return m_port; }
    QHostAddress localAddress() const override { return m_localAddress; }
    quint16 localPort() const override { return m_localPort; }
    bool isOpen() const override;
    bool isEncrypted() const override;
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

private:
    void readAll();
    void handleError();
    void handleDisconnected();
    WireTap::Layer tapLayer() const;

    QTcpSocket *m_socket;
    QHostAddress m_address;
    quint16 m_port;
    QHostAddress m_localAddress;
    quint16 m_localPort;
    LineSplitter m_lines;
    QPointer<WireTap> m_tap;
    QPointer<TlsWireWatch> m_tlsWatch; // a child of the socket
    quint64 m_tapId = 0;
    QString m_tapPeer;
    QString m_closeReason;
    bool m_closed = false;   // reads and writes nothing more
    bool m_finished = false; // closed() was emitted
    // Inside queue() or flush(): a peer found gone by a write is said
    // closed from the event loop, not from inside the write. Otherwise a
    // crowd leaving at once nests each "left" broadcast in the last one's
    // writes, as deep as the crowd is large.
    int m_writing = 0;
};
