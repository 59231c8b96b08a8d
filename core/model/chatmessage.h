#pragma once

// chatmessage.h — one message the server accepted, public or private.

#include "model/roomid.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

struct ChatMessage
{
    enum class Kind { Public, Private };

    Kind kind = Kind::Public;
    RoomId room;   // the room it was said in
    qint64 id = 0; // the server's acceptance order
    QDateTime time;
    QString from;
    QString to; // private messages only
    QString text;
    // The sender's own id for it ("cid"), if its client gave one: apart
    // from `id`, the room's number, which only the server gives.
    QString clientId;
    // Said before the receiver joined: replayed from the room's history.
    bool history = false;
    // The teacher's announcement (public, from the teacher's name): part of
    // the room's record, shown as an announcement, never as a chat line.
    bool announcement = false;

    bool isPrivate() const { return kind == Kind::Private; }
};

Q_DECLARE_METATYPE(ChatMessage)

class QJsonObject;

namespace ChatMessageFrame {
// {"type":"message"|"private","id":…,"time":…,["room":…,]"from":…,["to":…],"text":…
//  [,"cid":…][,"history":true][,"announcement":true]}
QJsonObject encode(const ChatMessage &message);
// The same frame as one line ('\n' included), written straight to bytes: what
// a broadcast and the history file send, once per message.
QByteArray encodeLine(const ChatMessage &message);
// Nothing when a field is missing or of the wrong type.
std::optional<ChatMessage> decode(const QJsonObject &frame);
} // namespace ChatMessageFrame
