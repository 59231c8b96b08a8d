#pragma once

// websockettransport.h — a browser's WebSocket (QtWebSockets) as a
// transport: each text message is one unit (one Salon frame), each frame
// sent is one text message. Bounded like a stream: a message over the
// unit limit is refused by QtWebSockets itself, units waiting are counted
// for flood control, and a browser that stops reading has a full queue.

#include "server/transport.h"

#include <QPointer>
#include <QQueue>

class QWebSocket;

class WebSocketTransport : public Transport
{
    Q_OBJECT
public:
    // Takes `socket` over (it becomes a child). `encrypted`: it runs inside TLS.
    WebSocketTransport(QWebSocket *socket, bool encrypted, QObject *parent = nullptr);

    QHostAddress peerAddress() const override { return m_address; }
    quint16 peerPort() const override { return m_port; }
    QHostAddress localAddress() const override { return m_localAddress; }
    quint16 localPort() const override { return m_localPort; }
    bool isOpen() const override;
    bool isEncrypted() const override { return m_encrypted; }
    QString kindName() const override { return tr("Browser"); }
    QString kindDescription() const override { return tr("browser"); }
    void begin() override;

    void setMaxUnitBytes(qsizetype bytes) override;
    bool hasUnit() const override { return !m_units.isEmpty(); }
    QByteArray takeUnit() override { return m_units.isEmpty() ? QByteArray() : m_units.dequeue(); }
    qsizetype unitsWaiting() const override { return m_units.size(); }
    bool hasPartial() const override { return false; }
    QByteArray takePartial() override { return {}; }
    int takeOversized() override { return std::exchange(m_oversized, 0); }

    Queued queue(const QByteArray &bytes, qint64 maxQueuedBytes) override;
    void flush() override;
    void closeAfterWriting() override;
    void abort() override;

    void setWireTap(WireTap *tap, quint64 id, const QString &peer, bool stateShown) override;

private:
    void receive(const QString &message);
    void handleDisconnected();

    QWebSocket *m_socket;
    bool m_encrypted;
    QHostAddress m_address;
    quint16 m_port;
    QHostAddress m_localAddress;
    quint16 m_localPort;
    qsizetype m_maxUnitBytes = 16 * 1024;
    QQueue<QByteArray> m_units;
    int m_oversized = 0;
    bool m_begun = false;
    bool m_closed = false;
    bool m_finished = false;
    QPointer<WireTap> m_tap;
    quint64 m_tapId = 0;
    QString m_tapPeer;
};
