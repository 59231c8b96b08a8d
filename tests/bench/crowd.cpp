#include "crowd.h"

#include <QTcpSocket>

namespace {
constexpr int TickMs = 10;
}

Crowd::Crowd(QObject *parent) : QObject(parent), m_pace(this)
{
    m_pace.setInterval(TickMs);
    connect(&m_pace, &QTimer::timeout, this, &Crowd::speak);
}

void Crowd::join(quint16 port, int count)
{
    for (int i = 0; i < count; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->setProperty("joined", false);
        connect(socket, &QTcpSocket::connected, this, [socket, i] {
            socket->write(R"({"type":"hello","features":["crowd"],"nick":"c)" +
                          QByteArray::number(i) + "\"}\n");
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        socket->connectToHost(QHostAddress::LocalHost, port);
        m_sockets.push_back(socket);
    }
}

void Crowd::readFrom(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll();
    if (!socket->property("joined").toBool() && bytes.contains(R"("type":"welcome")")) {
        socket->setProperty("joined", true);
        if (++m_joined == int(m_sockets.size()))
            emit allJoined();
    }
    m_received += bytes.count(R"("type":"message")");
}

void Crowd::talk(int speakers, int messages, int perSecond)
{
    m_speakers = qMin<int>(speakers, int(m_sockets.size()));
    m_toSend = messages;
    m_perTick = qMax(1, perSecond * TickMs / 1000);
    m_pace.start();
}

void Crowd::speak()
{
    for (int i = 0; i < m_perTick && m_sent < m_toSend; ++i, ++m_sent) {
        m_sockets[size_t(m_sent % m_speakers)]->write(R"({"type":"say","text":"crowd message )" +
                                                      QByteArray::number(m_sent) + "\"}\n");
    }
    if (m_sent >= m_toSend) {
        m_pace.stop();
        emit doneTalking();
    }
}
