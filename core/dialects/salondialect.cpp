#include "dialects/salondialect.h"

#include "base/protocol.h"
#include "base/textcodec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr qsizetype MaxPingIdChars = 64;

// A JSON value as a person reads it in an error: 2, "1", an array…
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + TextCodec::withoutControls(value.toString().left(20)) +
               QLatin1Char('"');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return value.isArray() ? QStringLiteral("[…]") : QStringLiteral("{…}");
    }
}

QJsonObject frameOf(const char *type, const RoomId &room = {})
{
    QJsonObject frame{{QStringLiteral("type"), QLatin1String(type)}};
    if (!room.isEmpty())
        frame.insert(QStringLiteral("room"), room.toString());
    return frame;
}

QByteArray messageLine(ChatMessage message, const RoomId &room)
{
    if (message.room.isEmpty()) // kept by a Salon 1.0 server, before rooms had ids
        message.room = room;
    return ChatMessageFrame::encodeLine(message);
}

ChatCommand commandOf(ChatCommand::Kind kind)
{
    ChatCommand command;
    command.kind = kind;
    return command;
}

// A message's "cid", when there is one: it comes back with the message or
// its refusal. False when it is there but not a valid client id.
bool readClientId(const QJsonObject &frame, ChatCommand &command)
{
    if (!frame.contains(QLatin1String("cid")))
        return true;
    const auto clientId = Protocol::clientIdField(frame);
    if (!clientId)
        return false;
    command.clientId = *clientId;
    return true;
}

ChatCommand badClientId()
{
    return ChatCommand::invalid(ErrorCode::BadClientId,
                                {QString::number(Protocol::MaxClientIdChars)});
}

ChatCommand decodeFrame(const QJsonObject &frame)
{
    const QString type = Protocol::typeOf(frame);
    const auto isType = [&type](const char *name) {
        return type == QLatin1String(name);
    };
    if (isType(Protocol::Type::Hello)) {
        // Absent means 1: the first clients and scripts did not send it.
        const QJsonValue version = frame.value(QLatin1String("version"));
        if (!version.isUndefined() &&
            !(version.isDouble() && version.toDouble() == Protocol::Version))
            return ChatCommand::invalid(ErrorCode::UnsupportedVersion,
                                        {QString::number(Protocol::Version), shown(version)});
        const auto nick = Protocol::stringField(frame, "nick");
        if (!nick)
            return ChatCommand::invalid(ErrorCode::HelloWithoutNick);
        ChatCommand command = commandOf(ChatCommand::Kind::Hello);
        command.nick = *nick;
        // Anything but a token's shape can't be one: as if there were none.
        const QString token = Protocol::stringField(frame, "token").value_or(QString());
        if (token.size() == Protocol::MemberTokenChars)
            command.token = token;
        // A code too long to be one is simply wrong: the server says so.
        command.code = Protocol::stringField(frame, "code").value_or(QString()).left(64);
        // Optional: what the client reads beyond version 1. Bounded; anything
        // but a short string is no feature.
        const QJsonArray features = frame.value(QLatin1String("features")).toArray();
        for (const QJsonValue &feature : features) {
            if (command.features.size() == Protocol::MaxFeatures)
                break;
            if (feature.isString() && feature.toString().size() <= Protocol::MaxFeatureChars)
                command.features.append(feature.toString());
        }
        return command;
    }
    if (isType(Protocol::Type::Ping)) {
        ChatCommand command = commandOf(ChatCommand::Kind::Ping);
        // Echoed back: a number or a short string, nothing that would make
        // the answer bigger than a ping.
        const QJsonValue id = frame.value(QLatin1String("id"));
        if (id.isDouble() || (id.isString() && id.toString().size() <= MaxPingIdChars))
            command.pingId = id.toVariant();
        return command;
    }
    if (isType(Protocol::Type::Pong))
        return commandOf(ChatCommand::Kind::Pong);
    if (isType(Protocol::Type::Bye))
        return commandOf(ChatCommand::Kind::Leave);
    if (isType(Protocol::Type::Users))
        return commandOf(ChatCommand::Kind::Who);
    if (isType(Protocol::Type::Hand)) {
        ChatCommand command = commandOf(ChatCommand::Kind::Hand);
        const QJsonValue up = frame.value(QLatin1String("up"));
        if (up.isBool())
            command.hand =
                up.toBool() ? ChatCommand::HandMove::Raise : ChatCommand::HandMove::Lower;
        return command;
    }
    if (isType(Protocol::Type::Say)) {
        const auto text = Protocol::stringField(frame, "text");
        if (!text)
            return ChatCommand::invalid(ErrorCode::SayWithoutText);
        ChatCommand command = commandOf(ChatCommand::Kind::Say);
        command.text = TextCodec::withoutControls(*text);
        if (!readClientId(frame, command))
            return badClientId();
        return command;
    }
    if (isType(Protocol::Type::PrivateSend)) {
        const auto to = Protocol::stringField(frame, "to");
        const auto text = Protocol::stringField(frame, "text");
        if (!to || !text)
            return ChatCommand::invalid(ErrorCode::PrivateWithoutFields);
        ChatCommand command = commandOf(ChatCommand::Kind::Private);
        command.to = TextCodec::withoutControls(*to);
        command.text = TextCodec::withoutControls(*text);
        if (!readClientId(frame, command))
            return badClientId();
        return command;
    }
    if (isType(Protocol::Type::Nick)) {
        const auto nick = Protocol::stringField(frame, "nick");
        if (!nick)
            return ChatCommand::invalid(ErrorCode::NickWithoutNick);
        ChatCommand command = commandOf(ChatCommand::Kind::Rename);
        command.nick = *nick;
        return command;
    }
    return ChatCommand::invalid(ErrorCode::UnknownType, {type});
}
} // namespace

bool SalonDialect::isHello(const QByteArray &line)
{
    const auto frame = Protocol::parse(line);
    if (frame)
        return Protocol::typeOf(*frame) == QLatin1String(Protocol::Type::Hello);
    const QByteArray trimmed = line.trimmed();
    return trimmed.startsWith('{') && trimmed.endsWith('}') && trimmed.contains("\"hello\"");
}

ChatCommand SalonDialect::decode(const QByteArray &unit) const
{
    if (unit.trimmed().isEmpty())
        return {};
    const auto frame = Protocol::parse(unit);
    if (!frame)
        return ChatCommand::invalid(ErrorCode::Malformed);
    ChatCommand command = decodeFrame(*frame);
    // Absent means the server's main room, as for a Salon 1.0 client.
    if (const auto room = Protocol::stringField(*frame, "room"))
        command.room = RoomId(*room);
    return command;
}

QByteArray SalonDialect::encode(const ChatEvent &event) const
{
    QJsonObject frame;
    switch (event.kind) {
    case ChatEvent::Kind::Message:
        return messageLine(event.message, event.room);
    case ChatEvent::Kind::History: {
        QByteArray lines;
        for (const ChatMessage &message : event.messages)
            lines += messageLine(message, event.room);
        return lines;
    }
    case ChatEvent::Kind::Welcome:
        frame = frameOf(Protocol::Type::Welcome, event.room);
        frame.insert(QStringLiteral("version"), Protocol::Version);
        frame.insert(QStringLiteral("nick"), event.nick);
        frame.insert(QStringLiteral("server"), QStringLiteral("Salon " SALON_VERSION));
        if (!event.token.isEmpty())
            frame.insert(QStringLiteral("token"), event.token);
        if (m_features.crowd)
            frame.insert(QStringLiteral("features"),
                         QJsonArray{QLatin1String(Protocol::Feature::Crowd)});
        break;
    case ChatEvent::Kind::People:
        if (m_features.crowd)
            return crowdFrames(Protocol::Type::Users, "users", event);
        frame = frameOf(Protocol::Type::Users, event.room);
        frame.insert(QStringLiteral("users"), QJsonArray::fromStringList(event.people));
        break;
    case ChatEvent::Kind::Joined: {
        if (m_features.crowd && event.people.size() > 1)
            return crowdFrames(Protocol::Type::Joined, "nicks", event);
        // Several at once (a class joining): a frame each, as they came.
        const QStringList nicks = event.people.isEmpty() ? QStringList{event.nick} : event.people;
        QByteArray lines;
        for (const QString &nick : nicks) {
            frame = frameOf(Protocol::Type::Joined, event.room);
            frame.insert(QStringLiteral("nick"), nick);
            lines += Protocol::encode(frame);
        }
        return lines;
    }
    case ChatEvent::Kind::Left:
        frame = frameOf(Protocol::Type::Left, event.room);
        frame.insert(QStringLiteral("nick"), event.nick);
        frame.insert(QStringLiteral("reason"), event.reason);
        break;
    case ChatEvent::Kind::Renamed:
        frame = frameOf(Protocol::Type::Renamed, event.room);
        frame.insert(QStringLiteral("from"), event.from);
        frame.insert(QStringLiteral("to"), event.to);
        break;
    case ChatEvent::Kind::Notice:
        frame = frameOf(Protocol::Type::Notice, event.room);
        frame.insert(QStringLiteral("text"), event.text);
        break;
    case ChatEvent::Kind::Error:
        frame = frameOf(Protocol::Type::Error);
        frame.insert(QStringLiteral("code"), event.error.wireName());
        frame.insert(QStringLiteral("text"), event.error.text());
        if (!event.clientId.isEmpty())
            frame.insert(QStringLiteral("cid"), event.clientId);
        break;
    case ChatEvent::Kind::NickRefused:
        frame = frameOf(Protocol::Type::NickRefused);
        frame.insert(QStringLiteral("nick"), event.nick);
        frame.insert(QStringLiteral("reason"), event.reason);
        if (!event.code.isEmpty())
            frame.insert(QStringLiteral("code"), event.code);
        break;
    case ChatEvent::Kind::Help:
        // A Salon client shows its own help; it never asks the server.
        return {};
    case ChatEvent::Kind::Goodbye:
        frame = frameOf(Protocol::Type::Bye);
        frame.insert(QStringLiteral("text"), event.text);
        break;
    case ChatEvent::Kind::Hand:
        frame = frameOf(Protocol::Type::Hand, event.room);
        frame.insert(QStringLiteral("up"), event.handUp);
        frame.insert(QStringLiteral("position"), event.position);
        break;
    case ChatEvent::Kind::Deleted:
        frame = frameOf(Protocol::Type::Deleted, event.room);
        frame.insert(QStringLiteral("id"), event.message.id);
        break;
    case ChatEvent::Kind::File:
        frame = frameOf(Protocol::Type::File, event.room);
        frame.insert(QStringLiteral("name"), event.file.name);
        frame.insert(QStringLiteral("size"), event.file.size);
        frame.insert(QStringLiteral("sha256"), event.file.sha256);
        frame.insert(QStringLiteral("url"), event.file.url);
        if (!event.file.from.isEmpty())
            frame.insert(QStringLiteral("from"), event.file.from);
        break;
    case ChatEvent::Kind::Collecting:
        frame = frameOf(Protocol::Type::Collect, event.room);
        frame.insert(QStringLiteral("open"), event.open);
        frame.insert(QStringLiteral("title"), event.text);
        break;
    case ChatEvent::Kind::Sharing:
        frame = frameOf(Protocol::Type::Sharing, event.room);
        frame.insert(QStringLiteral("allowed"), event.open);
        break;
    case ChatEvent::Kind::CodeAsked:
        // A Salon client gives the code in its hello; one that did not is told so.
        frame = frameOf(Protocol::Type::Error);
        frame.insert(QStringLiteral("code"), ChatError::wireNameOf(ErrorCode::CodeRequired));
        frame.insert(QStringLiteral("text"), ChatError{ErrorCode::CodeRequired, {}}.text());
        break;
    case ChatEvent::Kind::Ping:
        frame = frameOf(Protocol::Type::Ping);
        break;
    case ChatEvent::Kind::Pong:
        frame = frameOf(Protocol::Type::Pong);
        if (event.pingId.isValid())
            frame.insert(QStringLiteral("id"), QJsonValue::fromVariant(event.pingId));
        break;
    }
    return Protocol::encode(frame);
}

QByteArray SalonDialect::crowdFrames(const char *type, const char *field,
                                     const ChatEvent &event) const
{
    // A "users" list says which part is not the last; "joined" parts are
    // whole announcements each.
    const bool list = event.kind == ChatEvent::Kind::People;
    QByteArray frames;
    qsizetype from = 0;
    do {
        // At most 3 bytes of UTF-8 for each UTF-16 unit, with the quotes
        // and the comma; a name is never cut.
        qsizetype to = from;
        for (qsizetype bytes = 0; to < event.people.size() && bytes < Protocol::CrowdPartBytes;
             ++to)
            bytes += 3 * event.people.at(to).size() + 3;
        QJsonObject frame = frameOf(type, event.room);
        frame.insert(QLatin1String(field),
                     QJsonArray::fromStringList(event.people.mid(from, to - from)));
        if (list && to < event.people.size())
            frame.insert(QStringLiteral("more"), true);
        frames += Protocol::encode(frame);
        from = to;
    } while (from < event.people.size());
    return frames;
}

const void *SalonDialect::encodingKey() const
{
    // A crowd's frames differ: the same event is encoded once for each.
    static const char plain = 0;
    static const char crowd = 0;
    return m_features.crowd ? &crowd : &plain;
}

std::unique_ptr<Dialect> SalonDialect::withFeatures(const QStringList &features) const
{
    Features spoken = m_features;
    spoken.crowd = spoken.crowd || features.contains(QLatin1String(Protocol::Feature::Crowd));
    if (spoken.crowd == m_features.crowd)
        return nullptr;
    return std::make_unique<SalonDialect>(m_maxFrameBytes, spoken);
}
