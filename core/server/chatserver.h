#pragma once

// chatserver.h — hosts one chat room: accepts connections on a TCP port and
// relays every accepted message to everyone in the room, in order.

#include "model/chatmessage.h"
#include "storage/historylog.h"
#include "model/participant.h"
#include "server/serverlimits.h"
#include "base/wiretap.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class ClientConnection;

class ChatServer : public QObject
{
    Q_OBJECT
public:
    explicit ChatServer(QObject *parent = nullptr);
    ~ChatServer() override;

    // Listens on every interface (IPv4 and IPv6) by default. Port 0 picks a
    // free port. On failure, errorString() says what to do about it.
    bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 12800);
    // Says goodbye to everyone and stops listening.
    void stop();

    bool isListening() const { return m_server.isListening(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    QString errorString() const { return m_errorString; }

    QList<Participant> participants() const;

    // A notice from the server to everyone in the room.
    void announce(const QString &text);
    // Removes one person, telling them and the room why.
    void disconnectClient(quint64 id, const QString &reason);

    // The room replays its last public messages to newcomers. With a
    // folder, it also keeps them all on disk there, in history-PORT.jsonl
    // (one JSON object per line), from the next listen() on, so a restarted
    // server remembers. A file that can't be written is reported by
    // problem(); the room then remembers in memory only.
    void setHistoryFolder(const QString &folder) { m_historyFolder = folder; }
    QString historyFile() const { return m_history.isOpen() ? m_history.path() : QString(); }

    // Reports every connection's traffic to `tap`, from now on (nullptr: stop).
    void setWireTap(WireTap *tap);

    // Applies to connections made from now on.
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    const ServerLimits &limits() const { return m_limits; }

    // How long a silent peer may take before it counts as a text client, and
    // how long a newline-less chunk waits for more bytes. Tests shorten them.
    void setIdentifyTimeout(int ms) { m_identifyMs = ms; }
    void setSilenceTimeout(int ms) { m_silenceMs = ms; }

signals:
    void started(quint16 port);
    void stopped();
    void clientJoined(const Participant &participant);
    void clientLeft(const Participant &participant, const QString &reason);
    void clientRenamed(const Participant &participant, const QString &oldNick);
    void messageRelayed(const ChatMessage &message);
    void announced(const QString &text);
    // Something for the server's log: bad input, a refused nickname.
    void problem(const QString &text);

private:
    void openHistory();
    void acceptPending();
    void addConnection(QTcpSocket *socket);
    QString refusalFor(const QHostAddress &address);
    void handleAcceptError(QAbstractSocket::SocketError error);
    void admit(ClientConnection *connection, const QString &nick);
    void handleHello(ClientConnection *connection, const QString &nick);
    void handleTextPeer(ClientConnection *connection);
    void handleSay(ClientConnection *connection, const QString &text);
    void handlePrivate(ClientConnection *connection, const QString &to, const QString &text);
    void handleNick(ClientConnection *connection, const QString &nick);
    void handleQuit(ClientConnection *connection);
    void handleClosed(ClientConnection *connection);
    void leaveRoom(ClientConnection *connection, const QString &reason);
    bool checkMessageLength(ClientConnection *connection, const QString &text);
    QString nickProblem(const QString &nick, const ClientConnection *asking) const;
    ClientConnection *findByNick(const QString &nick) const;
    QStringList peopleInRoom() const;
    QList<ClientConnection *> inRoom() const;
    QString nextGuestNick();

    QTcpServer m_server;
    HistoryLog m_history;
    QString m_historyFolder;
    QPointer<WireTap> m_tap;
    QList<ClientConnection *> m_connections; // owned as QObject children
    QString m_errorString;
    quint64 m_nextConnectionId = 1;
    qint64 m_nextMessageId = 1;
    int m_nextGuest = 1;
    ServerLimits m_limits;
    int m_identifyMs = 1500;
    int m_silenceMs = 100;
    // Recent connection times per address, for the connection-rate limit.
    QHash<QString, QList<qint64>> m_recentConnects;
    QElapsedTimer m_clock;
};
