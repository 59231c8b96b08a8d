#include "model/chatmessage.h"

#include "base/jsonlinewriter.h"
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
    if (message.announcement)
        frame.insert(QStringLiteral("announcement"), true);
    if (!message.clientId.isEmpty())
        frame.insert(QStringLiteral("cid"), message.clientId);
    return frame;
}

namespace {
// "2026-11-26T09:30:01.250Z", as Qt::ISODateWithMs writes a UTC time, without
// the printf Qt uses for it: this runs for every message.
QString isoTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, clock.hour(), 2);
    put(14, clock.minute(), 2);
    put(17, clock.second(), 2);
    put(20, clock.msec(), 3);
    return QString::fromLatin1(text, sizeof(text) - 1);
}
} // namespace

QByteArray encodeLine(const ChatMessage &message)
{
    // Keys in the order Qt's own writer puts them (sorted), so the bytes are
    // the same as Protocol::encode(encode(message)).
    JsonLineWriter line;
    if (message.announcement)
        line.field("announcement", true);
    if (!message.clientId.isEmpty())
        line.field("cid", message.clientId);
    line.field("from", message.from);
    if (message.history)
        line.field("history", true);
    line.field("id", message.id);
    if (!message.room.isEmpty())
        line.field("room", message.room.toString());
    line.field("text", message.text);
    line.field("time", isoTime(message.time));
    if (message.isPrivate())
        line.field("to", message.to);
    line.field("type", QLatin1String(message.isPrivate() ? Protocol::Type::Private
                                                         : Protocol::Type::Message));
    return line.line();
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
    message.announcement = !isPrivate && frame.value(QLatin1String("announcement")).toBool();
    message.clientId = Protocol::clientIdField(frame).value_or(QString());
    message.time = QDateTime::fromString(Protocol::stringField(frame, "time").value_or(QString()),
                                         Qt::ISODateWithMs);
    if (!message.time.isValid())
        message.time = QDateTime::currentDateTimeUtc();
    return message;
}

} // namespace ChatMessageFrame
