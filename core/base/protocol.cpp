#include "base/protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Protocol {

QByteArray encode(const QJsonObject &frame)
{
    QByteArray line = QJsonDocument(frame).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

std::optional<QJsonObject> parse(const QByteArray &line)
{
    if (line.size() > MaxFrameBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject frame = document.object();
    // The fuzzer found {"type":""}: a frame with no name is no frame.
    if (frame.value(QLatin1String("type")).toString().isEmpty())
        return std::nullopt;
    return frame;
}

QString typeOf(const QJsonObject &frame)
{
    return frame.value(QLatin1String("type")).toString();
}

std::optional<QString> stringField(const QJsonObject &frame, const char *key)
{
    const QJsonValue value = frame.value(QLatin1String(key));
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

bool isValidClientId(const QString &clientId)
{
    if (clientId.isEmpty() || clientId.size() > MaxClientIdChars)
        return false;
    // Printable ASCII without spaces: what a program makes, shown nowhere.
    for (const QChar c : clientId) {
        if (c.unicode() <= u' ' || c.unicode() > u'~')
            return false;
    }
    return true;
}

std::optional<QString> clientIdField(const QJsonObject &frame)
{
    const auto clientId = stringField(frame, "cid");
    if (!clientId || !isValidClientId(*clientId))
        return std::nullopt;
    return clientId;
}

bool isBanner(const QByteArray &line)
{
    return line.startsWith(BannerPrefix);
}

} // namespace Protocol
