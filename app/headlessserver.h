#pragma once

// headlessserver.h — the server with no window: the same ChatServer, its
// events written to standard output, for a PC without a screen.

#include "files/filedesk.h"

#include <QObject>
#include <QTextStream>

class ChatServer;
class DiscoveryAnnouncer;
struct ServerLimits;

class HeadlessServer : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessServer(QObject *parent = nullptr);

    // Prints why on standard error and returns false when the port can't be opened,
    // or the server's identity can't be used (a key others can read).
    // With a `roomCode`, only those who give it get in.
    bool start(quint16 port, const ServerLimits &limits, const QString &roomCode = {},
               bool requireTls = false);
    // Says goodbye to everyone; the caller quits the event loop after.
    void stop();
    ChatServer *server() const { return m_server; }

private:
    // The host's console: one command a line on standard input (HostCommand).
    void watchConsole();
    void readConsole();
    void run(const QString &line);
    void log(const QString &text);
    static QString handInSentence(const FileDesk::HandIn &handIn);
    QString timestamp();

    ChatServer *m_server;
    DiscoveryAnnouncer *m_announcer;
    QTextStream m_out;
    class QSocketNotifier *m_console = nullptr;
    QByteArray m_typed; // a line being typed at the console
    QString m_banAsked; // a /ban that needs saying twice (a shared address)
    // The local time is worked out once a second: each lookup reads the
    // system's time zone file, which a busy room would do thousands of times.
    qint64 m_stampSecond = -1;
    QString m_stamp;
    // Lines are handed to the OS once per event-loop pass, not one by one.
    bool m_flushPending = false;
};
