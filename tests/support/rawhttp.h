#pragma once

// rawhttp.h — one HTTP exchange on a raw socket, for the tests of the
// room's HTTP side: what is sent, and all that comes back before the
// server closes.

#include <QHostAddress>
#include <QTcpSocket>

struct RawHttp
{
    explicit RawHttp(quint16 port, QTcpSocket *given = nullptr) : socket(given ? given : &own)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [this] { answer += socket->readAll(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { closed = true; });
        if (!given)
            own.connectToHost(QHostAddress::LocalHost, port);
    }
    int status() const
    {
        const QList<QByteArray> words = answer.left(answer.indexOf('\r')).split(' ');
        return words.size() > 1 ? words.at(1).toInt() : 0;
    }
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = answer.left(answer.indexOf("\r\n\r\n")).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
    QByteArray body() const { return answer.mid(answer.indexOf("\r\n\r\n") + 4); }
    // The whole answer is here (its head, and as much body as it says).
    bool complete(bool head = false) const
    {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        return end >= 0 &&
               (head || answer.size() - end - 4 >= header("content-length").toLongLong());
    }

    QTcpSocket own;
    QTcpSocket *socket;
    QByteArray answer;
    bool closed = false;
};
