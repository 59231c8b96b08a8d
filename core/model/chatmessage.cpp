#include "model/chatmessage.h"

#include "base/protocol.h"

#include <QJsonObject>

namespace ChatMessageFrame {

QJsonObject encode(const ChatMessage &message)
{
    QJsonObject frame{
        {QStringLiteral("type"),
         QLatin1String(message.isPrivate() ? Protocol::Type::Private : Protocol::Type::Message)},
        {QStringLiteral("id"), message.id},
        {QStringLiteral("time"), message.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("from"), message.from},
        {QStringLiteral("text"), message.text},
    };
    if (message.isPrivate())
        frame.insert(QStringLiteral("to"), message.to);
    if (!message.room.isEmpty())
        frame.insert(QStringLiteral("room"), message.room.toString());
    if (message.history)
        frame.insert(QStringLiteral("history"), true);
    return frame;
}

std::optional<ChatMessage> decode(const QJsonObject &frame)
{
    const QString type = Protocol::typeOf(frame);
    const bool isPrivate = type == QLatin1String(Protocol::Type::Private);
    if (!isPrivate && type != QLatin1String(Protocol::Type::Message))
        return std::nullopt;
    const auto from = Protocol::stringField(frame, "from");
    const auto text = Protocol::stringField(frame, "text");
    if (!from || !text)
        return std::nullopt;
    ChatMessage message;
    message.kind = isPrivate ? ChatMessage::Kind::Private : ChatMessage::Kind::Public;
    message.from = *from;
    message.text = *text;
    message.to = Protocol::stringField(frame, "to").value_or(QString());
    message.room = RoomId(Protocol::stringField(frame, "room").value_or(QString()));
    message.id = frame.value(QLatin1String("id")).toInteger();
    message.history = frame.value(QLatin1String("history")).toBool();
    message.time = QDateTime::fromString(Protocol::stringField(frame, "time").value_or(QString()),
                                         Qt::ISODateWithMs);
    if (!message.time.isValid())
        message.time = QDateTime::currentDateTimeUtc();
    return message;
}

} // namespace ChatMessageFrame
