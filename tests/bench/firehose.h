#pragma once

// firehose.h — a Salon server reduced to one job, for the client window's
// benchmark: it lets one client join, then sends it `total` chat messages at
// `perSecond`, in real Salon frames. It lives in a thread of its own so the
// window's thread measures only the window. Its members are its children,
// so they move to that thread with it.

#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

class Firehose : public QObject
{
    Q_OBJECT
public:
    Firehose(int total, int perSecond, QObject *parent = nullptr);

    // Listens on 127.0.0.1, any free port; returns it (0 on failure).
    quint16 listen();

signals:
    void clientJoined();
    void allSent();

private:
    void accept();
    void readHello();
    void sendBatch();

    QTcpServer m_server;
    QTcpSocket *m_client = nullptr;
    QByteArray m_pending;
    QTimer m_pace;
    QElapsedTimer m_clock;
    int m_total;
    int m_perSecond;
    int m_sent = 0;
};
