#pragma once

// peekingsocket.h — a new connection before any Qt socket reads from it.
// Its first bytes are looked at where the system keeps them (recv with
// MSG_PEEK), and the banner is written straight to it, so that whoever takes
// the connection next — a QTcpSocket, or a QSslSocket for a ClientHello —
// reads every byte the peer sent. A QSslSocket for every connection would
// cost each plain one about 28 KiB (docs/performance.md).

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;
class QTcpSocket;

class PeekingSocket : public QObject
{
    Q_OBJECT
public:
    // Takes the descriptor over: closed with this object unless taken.
    explicit PeekingSocket(qintptr descriptor, QObject *parent = nullptr);
    ~PeekingSocket() override;
    // Closes a connection that was accepted and never taken.
    static void discard(qintptr descriptor);

    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    bool isOpen() const { return m_descriptor >= 0; }
    qintptr descriptor() const { return m_descriptor; }

    // Up to `maxBytes` of what the peer sent, left where they are.
    QByteArray peek(qsizetype maxBytes);
    // Writes now; what the system can't take yet is written by the socket
    // that takes over.
    void write(const QByteArray &bytes);
    // Hands the connection to a new QTcpSocket (a QSslSocket with `tls`),
    // connected, with every byte the peer sent still to read. The caller
    // owns it; this object is empty after.
    QTcpSocket *take(bool tls);
    // Hands the descriptor itself over, with the bytes the system could not
    // take yet in `unsent`: -1 when closed. This object is empty after.
    qintptr release(QByteArray *unsent);
    void close();

signals:
    // More bytes came (peek() shows them), or the peer closed (closed()).
    void readyRead();
    void closed();

private:
    void check();
    // How many bytes the system holds for us, without copying them.
    qsizetype bytesWaiting() const;

    qintptr m_descriptor;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QSocketNotifier *m_notifier;
    // The system says "readable" as long as bytes wait, and they wait until
    // a socket takes them: after each look, a pause before the next.
    QTimer m_pause;
    qsizetype m_seen = 0;
    QByteArray m_unsent;
};
