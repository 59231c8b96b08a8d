#pragma once

// testpeers.h — the people a network test puts in a room: a text peer (a
// bare QTcpSocket, like nc) and a Salon peer (a ChatClient), each recording
// what it received so tests can compare it with QTRY_*; and a text peer over
// TLS (like openssl s_client), which starts TLS before or after the banner.

#include "base/linesplitter.h"
#include "base/textcodec.h"
#include "client/chatclient.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>

class TextPeer : public QObject
{
    Q_OBJECT
public:
    explicit TextPeer(quint16 port, QObject *parent = nullptr) : QObject(parent)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] {
            splitter.append(socket.readAll());
            while (splitter.hasLine())
                lines.append(TextCodec::decode(splitter.takeLine()));
        });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }
    bool received(const QString &line) const { return lines.contains(line); }
    bool receivedStartingWith(const QString &start) const
    {
        for (const QString &line : lines) {
            if (line.startsWith(start))
                return true;
        }
        return false;
    }

    QTcpSocket socket;
    LineSplitter splitter{1024 * 1024};
    QStringList lines;
    bool closed = false;
};

class TlsTextPeer : public QObject
{
    Q_OBJECT
public:
    // HelloFirst speaks TLS at once, as openssl s_client does; AfterBanner
    // reads the plain banner first, as the Salon client does, and starts TLS
    // only when it says "SALON/1 TLS".
    enum class Start { HelloFirst, AfterBanner };

    TlsTextPeer(quint16 port, Start start, QObject *parent = nullptr) : QObject(parent)
    {
        // The test checks the certificate itself, against the server's.
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(&socket, &QSslSocket::readyRead, this, [this, start] {
            splitter.append(socket.readAll());
            while (splitter.hasLine()) {
                const QString line = TextCodec::decode(splitter.takeLine());
                lines.append(line);
                if (start == Start::AfterBanner && !socket.isEncrypted() &&
                    line.startsWith(QLatin1String("SALON/1 TLS ")))
                    socket.startClientEncryption();
            }
        });
        connect(&socket, &QSslSocket::disconnected, this, [this] { closed = true; });
        if (start == Start::HelloFirst)
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        else
            socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }
    bool received(const QString &line) const { return lines.contains(line); }

    QSslSocket socket;
    LineSplitter splitter{1024 * 1024};
    QStringList lines;
    bool closed = false;
};

class SalonPeer : public QObject
{
    Q_OBJECT
public:
    SalonPeer(quint16 port, const QString &nick, QObject *parent = nullptr) : QObject(parent)
    {
        connect(&client, &ChatClient::messageReceived, this, [this](const ChatMessage &message) {
            const QString line = message.from + QStringLiteral(": ") + message.text;
            (message.history ? history : message.isPrivate() ? privates : messages).append(line);
        });
        connect(&client, &ChatClient::personLeft, this,
                [this](const QString &who, const QString &) { left.append(who); });
        connect(&client, &ChatClient::noticeReceived, this,
                [this](const QString &text) { notices.append(text); });
        connect(&client, &ChatClient::serverError, this,
                [this](const QString &text) { errors.append(text); });
        connect(&client, &ChatClient::commandError, this,
                [this](const QString &text) { errors.append(text); });
        connect(&client, &ChatClient::messageRefused, this,
                [this](const ChatCommand &, const QString &reason) { errors.append(reason); });
        connect(&client, &ChatClient::errorOccurred, this,
                [this](const QString &text) { errors.append(text); });
        connect(&client, &ChatClient::disconnected, this,
                [this](bool unexpected) { disconnections.append(unexpected); });
        client.connectToServer(QStringLiteral("127.0.0.1"), port, nick);
    }

    bool inRoom() const { return client.state() == ChatClient::State::Connected; }

    ChatClient client;
    QStringList messages;
    QStringList history; // replayed from before we joined
    QStringList privates;
    QStringList left;
    QStringList notices;
    QStringList errors;
    QList<bool> disconnections;
};
