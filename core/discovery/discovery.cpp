#include "discovery/discovery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSettings>

namespace Discovery {

namespace {
std::optional<Scope> g_commandLineScope;

bool validField(const QJsonValue &value, bool required = true)
{
    if (value.isUndefined())
        return !required;
    return value.isString() && !value.toString().isEmpty() &&
           value.toString().size() <= MaxFieldChars;
}
} // namespace

std::optional<Scope> scopeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("lan"))
        return Scope::Lan;
    if (lower == QLatin1String("loopback"))
        return Scope::Loopback;
    if (lower == QLatin1String("off"))
        return Scope::Off;
    return std::nullopt;
}

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Lan:
        return QStringLiteral("lan");
    case Scope::Loopback:
        return QStringLiteral("loopback");
    case Scope::Off:
        return QStringLiteral("off");
    }
    return {};
}

void setCommandLineScope(Scope scope)
{
    g_commandLineScope = scope;
}

Scope currentScope()
{
    if (const auto fromEnvironment = scopeFromName(qEnvironmentVariable("SALON_DISCOVERY")))
        return *fromEnvironment;
    if (g_commandLineScope)
        return *g_commandLineScope;
    const QSettings settings;
    return scopeFromName(settings.value(QStringLiteral("discovery/scope")).toString())
        .value_or(Scope::Lan);
}

QList<QHostAddress> broadcastAddresses(Scope scope)
{
    QList<QHostAddress> addresses;
    if (scope == Scope::Off)
        return addresses;
    // 127.255.255.255 reaches every program listening on this PC.
    addresses.append(QHostAddress(QStringLiteral("127.255.255.255")));
    if (scope != Scope::Lan)
        return addresses;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            !flags.testFlag(QNetworkInterface::CanBroadcast) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const QHostAddress broadcast = entry.broadcast();
            if (!broadcast.isNull() && !addresses.contains(broadcast))
                addresses.append(broadcast);
        }
    }
    return addresses;
}

QByteArray encode(const Announcement &announcement)
{
    QJsonObject object{
        {QStringLiteral("salon"), 1},
        {QStringLiteral("id"), announcement.id},
        {QStringLiteral("room"), announcement.room.left(MaxFieldChars)},
        {QStringLiteral("host"), announcement.hostName.left(MaxFieldChars)},
        {QStringLiteral("port"), announcement.port},
    };
    if (announcement.leaving)
        object.insert(QStringLiteral("leaving"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Announcement> decode(const QByteArray &datagram)
{
    if (datagram.size() > MaxDatagramBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(datagram);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("salon")).toInt() != 1)
        return std::nullopt;
    const QJsonValue port = object.value(QLatin1String("port"));
    const int portNumber = port.toInt(-1);
    if (!validField(object.value(QLatin1String("id"))) ||
        !validField(object.value(QLatin1String("room"))) ||
        !validField(object.value(QLatin1String("host"))) || !port.isDouble() || portNumber < 1 ||
        portNumber > 65535)
        return std::nullopt;
    Announcement announcement;
    announcement.id = object.value(QLatin1String("id")).toString();
    announcement.room = object.value(QLatin1String("room")).toString();
    announcement.hostName = object.value(QLatin1String("host")).toString();
    announcement.port = quint16(portNumber);
    announcement.leaving = object.value(QLatin1String("leaving")).toBool();
    return announcement;
}

} // namespace Discovery
