#pragma once

// crowd.h — many Salon clients in one object, for the server window's
// benchmark: they join under their own nicknames, read everything the room
// sends, and some of them talk. It lives in a thread of its own.

#include <QObject>
#include <QTimer>

#include <vector>

class QTcpSocket;

class Crowd : public QObject
{
    Q_OBJECT
public:
    explicit Crowd(QObject *parent = nullptr);

    // Connects `count` clients to 127.0.0.1:port.
    void join(quint16 port, int count);
    // `speakers` of them send `messages` messages in all, `perSecond` a second.
    void talk(int speakers, int messages, int perSecond);

    qint64 messagesReceived() const { return m_received; }

signals:
    void allJoined();
    void doneTalking();

private:
    void readFrom(QTcpSocket *socket);
    void speak();

    std::vector<QTcpSocket *> m_sockets;
    int m_joined = 0;
    qint64 m_received = 0;
    QTimer m_pace;
    int m_speakers = 0;
    int m_toSend = 0;
    int m_perTick = 0;
    int m_sent = 0;
};
