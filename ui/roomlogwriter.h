#pragma once

// roomlogwriter.h — writes what happens in a room into the client window's
// log, in words: who came, left (a crowd in a line a second) or changed names, the server's notices
// and errors, raw text from a foreign server, and the messages (the history introduced once, and
// after a reconnection only what was missed).

#include "client/chatclient.h"

#include <QObject>

class ChatLogView;
class CrowdLog;

class RoomLogWriter : public QObject
{
    Q_OBJECT
public:
    RoomLogWriter(ChatClient *client, ChatLogView *log, QObject *parent = nullptr);

    // A connection begins: another server's history is all new.
    void connecting(const QString &host, quint16 port);

private:
    void writeMessage(const ChatMessage &message);

    ChatClient *m_client;
    ChatLogView *m_log;
    CrowdLog *m_crowd; // arrivals and departures, summarised in a crowd
    // The newest message shown, so a history replayed on reconnecting adds
    // only what was missed.
    qint64 m_lastMessageId = 0;
    QString m_lastServer;
    bool m_historyIntroduced = false;
};
