#pragma once

// chatcommand.h — what a peer asks of the room, whatever language it spoke:
// a dialect turns bytes into these, the room acts on them.

#include "model/chaterror.h"
#include "model/roomid.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

struct ChatCommand
{
    enum class Kind {
        Nothing, // an empty line: nothing to do
        Hello,   // let me in as `nick`
        Say,     // `text` for everyone in `room`
        Private, // `text` for `to` only
        Rename,  // call me `nick` from now on
        Who,     // who is in `room`?
        Help,    // what can I type?
        Leave,   // goodbye
        Hand,    // raise or lower my hand (`hand`)
        History, // replay the room's last `count` messages to me
        Ping,    // are you there? (`pingId` comes back)
        Pong,    // I am here
        Invalid, // something that could not be understood: `error` says what
    };

    Kind kind = Kind::Nothing;
    RoomId room = RoomId::main();
    QString nick;
    QString to;
    QString text;
    QVariant pingId;
    // Hello: the member token a welcome gave, to come back under the name
    // it was given with.
    QString token;
    // Hello: the room's code, when the room needs one (a text client's
    // first line, then, is its code: see ChatServer).
    QString code;
    // Hello: the optional wire features the client reads (Protocol::Feature),
    // for its dialect to speak; unknown ones are kept and ignored there.
    QStringList features;
    // Say and Private: the sender's own id for the message ("cid"), or
    // empty. It comes back with the message, or with the refusal.
    QString clientId;
    // Hand: up, down, or the other way from now (a text client's /hand).
    enum class HandMove { Toggle, Raise, Lower };
    HandMove hand = HandMove::Toggle;
    // History: how many (0: the default).
    int count = 0;
    ChatError error;

    static ChatCommand of(Kind kind)
    {
        ChatCommand command;
        command.kind = kind;
        return command;
    }
    static ChatCommand invalid(ErrorCode code, const QStringList &args = {})
    {
        ChatCommand command;
        command.kind = Kind::Invalid;
        command.error = {code, args};
        return command;
    }
};

Q_DECLARE_METATYPE(ChatCommand)
