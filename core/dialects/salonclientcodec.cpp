#include "dialects/salonclientcodec.h"

#include "base/protocol.h"
#include "base/textcodec.h"

#include <QJsonArray>

namespace SalonClientCodec {

namespace {
QJsonObject frameOf(const char *type)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}};
}

QString field(const QJsonObject &frame, const char *key)
{
    return TextCodec::withoutControls(Protocol::stringField(frame, key).value_or(QString()));
}

// The strings of an array field, as names to show; anything else is skipped.
QStringList names(const QJsonObject &frame, const char *key)
{
    QStringList names;
    const QJsonArray values = frame.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : values) {
        if (value.isString())
            names.append(TextCodec::withoutControls(value.toString()));
    }
    return names;
}

ChatEvent eventOf(ChatEvent::Kind kind, const QJsonObject &frame)
{
    ChatEvent event = ChatEvent::of(kind);
    if (const auto room = Protocol::stringField(frame, "room"))
        event.room = RoomId(*room);
    return event;
}

std::optional<ChatEvent> decodeMessage(const QJsonObject &frame)
{
    auto message = ChatMessageFrame::decode(frame);
    if (!message)
        return std::nullopt;
    message->from = TextCodec::withoutControls(message->from);
    message->to = TextCodec::withoutControls(message->to);
    message->text = TextCodec::withoutControls(message->text);
    ChatEvent event = eventOf(ChatEvent::Kind::Message, frame);
    if (message->room.isEmpty())
        message->room = event.room;
    event.message = *message;
    return event;
}
} // namespace

QByteArray encode(const ChatCommand &command)
{
    QJsonObject frame;
    switch (command.kind) {
    case ChatCommand::Kind::Hello:
        frame = frameOf(Protocol::Type::Hello);
        frame.insert(QStringLiteral("version"), Protocol::Version);
        frame.insert(QStringLiteral("nick"), command.nick);
        frame.insert(QStringLiteral("client"), QStringLiteral("Salon " SALON_VERSION));
        if (!command.token.isEmpty())
            frame.insert(QStringLiteral("token"), command.token);
        if (!command.code.isEmpty())
            frame.insert(QStringLiteral("code"), command.code);
        // This codec reads a crowd's frames (see decode): a room of
        // thousands then costs the server a name, not a frame, per arrival.
        frame.insert(QStringLiteral("features"),
                     QJsonArray{QLatin1String(Protocol::Feature::Crowd)});
        return Protocol::encode(frame);
    case ChatCommand::Kind::Say:
        frame = frameOf(Protocol::Type::Say);
        frame.insert(QStringLiteral("text"), command.text);
        if (!command.clientId.isEmpty())
            frame.insert(QStringLiteral("cid"), command.clientId);
        break;
    case ChatCommand::Kind::Private:
        frame = frameOf(Protocol::Type::PrivateSend);
        frame.insert(QStringLiteral("to"), command.to);
        frame.insert(QStringLiteral("text"), command.text);
        if (!command.clientId.isEmpty())
            frame.insert(QStringLiteral("cid"), command.clientId);
        break;
    case ChatCommand::Kind::Rename:
        frame = frameOf(Protocol::Type::Nick);
        frame.insert(QStringLiteral("nick"), command.nick);
        break;
    case ChatCommand::Kind::Who:
        frame = frameOf(Protocol::Type::Users);
        break;
    case ChatCommand::Kind::Hand:
        frame = frameOf(Protocol::Type::Hand);
        if (command.hand != ChatCommand::HandMove::Toggle)
            frame.insert(QStringLiteral("up"), command.hand == ChatCommand::HandMove::Raise);
        break;
    case ChatCommand::Kind::Leave:
        return Protocol::encode(frameOf(Protocol::Type::Bye));
    case ChatCommand::Kind::Ping:
        return Protocol::encode(frameOf(Protocol::Type::Ping));
    case ChatCommand::Kind::Pong:
        frame = frameOf(Protocol::Type::Pong);
        if (command.pingId.isValid())
            frame.insert(QStringLiteral("id"), QJsonValue::fromVariant(command.pingId));
        return Protocol::encode(frame);
    case ChatCommand::Kind::Nothing:
    case ChatCommand::Kind::Help:
    case ChatCommand::Kind::History: // the window keeps it all
    case ChatCommand::Kind::Invalid:
        return {}; // nothing for the server: the client answers these itself
    }
    // Said in a room: a Salon 1.0 server ignores the field.
    if (command.room != RoomId::main())
        frame.insert(QStringLiteral("room"), command.room.toString());
    return Protocol::encode(frame);
}

std::optional<ChatEvent> decode(const QJsonObject &frame)
{
    const QString type = Protocol::typeOf(frame);
    const auto isType = [&type](const char *name) {
        return type == QLatin1String(name);
    };
    if (isType(Protocol::Type::Message) || isType(Protocol::Type::Private))
        return decodeMessage(frame);

    ChatEvent event;
    if (isType(Protocol::Type::Welcome)) {
        event = eventOf(ChatEvent::Kind::Welcome, frame);
        event.nick = field(frame, "nick");
        event.token = field(frame, "token").left(Protocol::MemberTokenChars);
    } else if (isType(Protocol::Type::Users)) {
        event = eventOf(ChatEvent::Kind::People, frame);
        event.people = names(frame, "users");
        // A crowd's list comes in parts; all but the last say so.
        event.more = frame.value(QLatin1String("more")).toBool();
    } else if (isType(Protocol::Type::Joined)) {
        event = eventOf(ChatEvent::Kind::Joined, frame);
        // Several who came in together, in one frame: a crowd's.
        event.people = names(frame, "nicks");
        event.nick = event.people.isEmpty() ? field(frame, "nick") : event.people.first();
    } else if (isType(Protocol::Type::Left)) {
        event = eventOf(ChatEvent::Kind::Left, frame);
        event.nick = field(frame, "nick");
        event.reason = field(frame, "reason");
    } else if (isType(Protocol::Type::Renamed)) {
        event = eventOf(ChatEvent::Kind::Renamed, frame);
        event.from = field(frame, "from");
        event.to = field(frame, "to");
    } else if (isType(Protocol::Type::Notice)) {
        event = eventOf(ChatEvent::Kind::Notice, frame);
        event.text = field(frame, "text");
    } else if (isType(Protocol::Type::Error)) {
        event = eventOf(ChatEvent::Kind::Error, frame);
        event.error.code = ChatError::fromWireName(field(frame, "code")).value_or(ErrorCode::Other);
        event.text = field(frame, "text");
        event.clientId = Protocol::clientIdField(frame).value_or(QString());
    } else if (isType(Protocol::Type::NickRefused)) {
        event = eventOf(ChatEvent::Kind::NickRefused, frame);
        event.nick = field(frame, "nick");
        event.reason = field(frame, "reason");
        event.code = field(frame, "code").left(32);
    } else if (isType(Protocol::Type::Ping)) {
        event = eventOf(ChatEvent::Kind::Ping, frame);
        if (frame.contains(QLatin1String("id")))
            event.pingId = frame.value(QLatin1String("id")).toVariant();
    } else if (isType(Protocol::Type::Pong)) {
        event = eventOf(ChatEvent::Kind::Pong, frame);
    } else if (isType(Protocol::Type::Hand)) {
        event = eventOf(ChatEvent::Kind::Hand, frame);
        event.handUp = frame.value(QLatin1String("up")).toBool();
        event.position = qBound(0, frame.value(QLatin1String("position")).toInt(), 1000000);
    } else if (isType(Protocol::Type::Bye)) {
        event = eventOf(ChatEvent::Kind::Goodbye, frame);
        event.text = field(frame, "text");
    } else if (isType(Protocol::Type::Deleted)) {
        event = eventOf(ChatEvent::Kind::Deleted, frame);
        const QJsonValue id = frame.value(QLatin1String("id"));
        if (!id.isDouble() || id.toDouble() < 1)
            return std::nullopt;
        event.message.id = qint64(id.toDouble());
    } else if (isType(Protocol::Type::File)) {
        event = eventOf(ChatEvent::Kind::File, frame);
        event.file.name = field(frame, "name");
        event.file.sha256 = field(frame, "sha256");
        event.file.url = field(frame, "url");
        event.file.from = field(frame, "from");
        const QJsonValue size = frame.value(QLatin1String("size"));
        if (event.file.name.isEmpty() || event.file.url.isEmpty() || !size.isDouble() ||
            size.toDouble() < 0)
            return std::nullopt;
        event.file.size = qint64(size.toDouble());
    } else if (isType(Protocol::Type::Sharing)) {
        event = eventOf(ChatEvent::Kind::Sharing, frame);
        event.open = frame.value(QLatin1String("allowed")).toBool();
    } else if (isType(Protocol::Type::Collect)) {
        event = eventOf(ChatEvent::Kind::Collecting, frame);
        event.open = frame.value(QLatin1String("open")).toBool();
        event.text = field(frame, "title");
    } else {
        return std::nullopt;
    }
    return event;
}

} // namespace SalonClientCodec
