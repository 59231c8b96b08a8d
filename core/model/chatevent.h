#pragma once

// chatevent.h — what the room tells a peer, whatever language it speaks:
// the room makes these, a dialect turns each into bytes (once per dialect
// for a whole broadcast).

#include "model/chaterror.h"
#include "model/chatmessage.h"
#include "model/roomid.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

struct ChatEvent
{
    enum class Kind {
        Welcome,     // you are in `room` as `nick`
        Message,     // `message`, public or private
        History,     // `messages` said before you came, oldest first
        People,      // who is in `room`: `people`
        Joined,      // `nick` came in
        Left,        // `nick` left, for `reason`
        Renamed,     // `from` is now `to`
        Notice,      // the server's owner says `text`
        Error,       // `error`
        NickRefused, // `nick` can't be yours, for `reason`
        Help,        // the commands this peer can type
        Goodbye,     // `text`, then the connection closes
        Hand,        // your hand is `handUp`, `position` in line (1 first; 0 down)
        CodeAsked,   // the room needs a code: answer with it first
        Deleted,     // the teacher removed `message` (its id, sender and time)
        Ping,        // are you there? (`pingId`)
        Pong,        // I am here (`pingId` echoed)
        File,        // the teacher hands out `file`
        Collecting,  // the teacher collects work (`open`), titled `text`
        Sharing,     // students may share files with the room (`open`), or not
    };

    // File: what is handed out, and where this member fetches it.
    struct OfferedFile
    {
        QString name;
        qint64 size = 0;
        QString sha256; // hex
        QString url;    // "http://192.168.1.5:12800/files/KEY/name.pdf"
        QString from;   // the student who shared it; empty: the teacher
    };

    Kind kind = Kind::Notice;
    RoomId room = RoomId::main();
    ChatMessage message;
    QList<ChatMessage> messages;
    QStringList people;
    QString nick;
    QString from;
    QString to;
    QString reason;
    QString text;
    QVariant pingId;
    ChatError error;
    // Error: the refused message's client id ("cid"), if it had one.
    QString clientId;
    // Welcome: the member token to come back with (Salon clients only).
    QString token;
    // NickRefused: why, for programs: "invalid", "taken" or "held".
    QString code;
    OfferedFile file;
    bool open = false; // Collecting
    // People, as a client reads it: the list goes on in the next event (a
    // crowd's list comes in parts).
    bool more = false;
    bool handUp = false;
    int position = 0;

    static ChatEvent of(Kind kind)
    {
        ChatEvent event;
        event.kind = kind;
        return event;
    }
    static ChatEvent ofError(ErrorCode code, const QStringList &args = {},
                             const QString &clientId = {})
    {
        ChatEvent event = of(Kind::Error);
        event.error = {code, args};
        event.clientId = clientId;
        return event;
    }
};

Q_DECLARE_METATYPE(ChatEvent)
