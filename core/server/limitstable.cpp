#include "server/limitstable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <cmath>

namespace {
using Unit = LimitSpec::Unit;

// Each limit's field, read and written as a number.
#define SALON_FIELD(field)                                                                         \
    [](const ServerLimits &limits) { return double(limits.field); },                               \
        [](ServerLimits &limits, double value) {                                                   \
            limits.field = decltype(ServerLimits::field)(value);                                   \
        }
#define SALON_SECONDS(field)                                                                       \
    [](const ServerLimits &limits) { return limits.field / 1000.0; },                              \
        [](ServerLimits &limits, double value) {                                                   \
            limits.field = int(value * 1000);                                                      \
        }

const QList<LimitSpec> Table = {
    {"max-line", "maxLineBytes",
     QT_TRANSLATE_NOOP("Limits", "server: longest text line, in bytes (%1)."), Unit::Bytes, 256,
     1024 * 1024, SALON_FIELD(maxTextLineBytes)},
    {"max-frame", "maxFrameBytes",
     QT_TRANSLATE_NOOP("Limits", "server: longest Salon frame, in bytes (%1)."), Unit::Bytes, 1024,
     16 * 1024 * 1024, SALON_FIELD(maxFrameBytes)},
    {"max-message", "maxMessageChars",
     QT_TRANSLATE_NOOP("Limits", "server: longest message, in characters (%1)."), Unit::Characters,
     1, 1000000, SALON_FIELD(maxMessageChars)},
    {"send-queue", "sendQueueBytes",
     QT_TRANSLATE_NOOP("Limits",
                       "server: bytes waiting for a slow reader before it is disconnected (%1)."),
     Unit::Bytes, 16 * 1024, 1024.0 * 1024 * 1024, SALON_FIELD(maxSendQueueBytes)},
    {"flood-rate", "floodRate",
     QT_TRANSLATE_NOOP("Limits", "server: lines per second a client may send (%1)."),
     Unit::LinesPerSecond, 0.1, 1e6, SALON_FIELD(floodRate)},
    {"flood-burst", "floodBurst",
     QT_TRANSLATE_NOOP("Limits", "server: lines a client may send at once (%1)."), Unit::Lines, 1,
     1e6, SALON_FIELD(floodBurst)},
    {"flood-queue", "floodQueue",
     QT_TRANSLATE_NOOP("Limits",
                       "server: lines kept waiting before a flooder is disconnected (%1)."),
     Unit::Lines, 1, 1e6, SALON_FIELD(floodMaxQueued)},
    {"no-flood-control", "floodControl",
     QT_TRANSLATE_NOOP("Limits", "server: no flood control (for benchmarks)."), Unit::Switch, 0, 1,
     SALON_FIELD(floodControl)},
    {"max-clients", "maxClients",
     QT_TRANSLATE_NOOP("Limits", "server: most people in the room (%1)."), Unit::People, 1, 1e6,
     SALON_FIELD(maxClients)},
    {"kept-places", "keptPlaces",
     QT_TRANSLATE_NOOP("Limits",
                       "server: places kept for the host's PC and for members coming back (%1)."),
     Unit::People, 0, 1e6, SALON_FIELD(keptPlaces)},
    {"max-connecting", "maxConnecting",
     QT_TRANSLATE_NOOP("Limits", "server: most connections still getting in at once (%1)."),
     Unit::Connections, 1, 1e6, SALON_FIELD(maxConnecting)},
    {"max-per-address", "maxPerAddress",
     QT_TRANSLATE_NOOP("Limits",
                       "server: most connections from one address, loopback exempt (%1)."),
     Unit::Connections, 1, 1e6, SALON_FIELD(maxClientsPerAddress)},
    {"max-connects-per-second", "maxConnectsPerSecond",
     QT_TRANSLATE_NOOP("Limits",
                       "server: new connections per second from one address, loopback exempt "
                       "(%1)."),
     Unit::Connections, 1, 1e6, SALON_FIELD(maxConnectsPerSecondPerAddress)},
    {"handshake-timeout", "handshakeTimeoutSeconds",
     QT_TRANSLATE_NOOP("Limits", "server: seconds a connection has to join the room (%1)."),
     Unit::Seconds, 1, 3600, SALON_SECONDS(handshakeTimeoutMs)},
    {"heartbeat-timeout", "heartbeatTimeoutSeconds",
     QT_TRANSLATE_NOOP("Limits",
                       "server: seconds of silence after which a Salon client counts as gone "
                       "(%1)."),
     Unit::Seconds, 3, 3600,
     [](const ServerLimits &limits) { return limits.heartbeatTimeoutMs / 1000.0; },
     [](ServerLimits &limits, double value) {
         limits.heartbeatTimeoutMs = int(value * 1000);
         // A quiet client is pinged at least twice before it counts as gone.
         limits.heartbeatIntervalMs =
             qMin(ServerLimits().heartbeatIntervalMs, limits.heartbeatTimeoutMs / 3);
     }},
    {"name-hold", "nameHoldSeconds",
     QT_TRANSLATE_NOOP("Limits",
                       "server: seconds a Salon client that dropped keeps its name (%1)."),
     Unit::Seconds, 0, 86400, SALON_SECONDS(nameHoldMs)},
};

#undef SALON_FIELD
#undef SALON_SECONDS

// 1048576, not 1.04858e+06.
QString plain(double value)
{
    return QString::number(value, 'g', 12);
}

QString binarySize(double bytes)
{
    if (bytes >= 1024 * 1024 * 1024 && std::fmod(bytes, 1024 * 1024 * 1024) == 0)
        return QStringLiteral("%1 GiB").arg(plain(bytes / (1024 * 1024 * 1024)));
    if (bytes >= 1024 * 1024 && std::fmod(bytes, 1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(plain(bytes / (1024 * 1024)));
    if (bytes >= 1024 && std::fmod(bytes, 1024) == 0)
        return QStringLiteral("%1 KiB").arg(plain(bytes / 1024));
    return QStringLiteral("%1 bytes").arg(plain(bytes));
}
} // namespace

QString LimitSpec::valueName() const
{
    switch (unit) {
    case Unit::Bytes:
        return QStringLiteral("BYTES");
    case Unit::Characters:
        return QStringLiteral("CHARS");
    case Unit::Seconds:
        return QStringLiteral("SECONDS");
    case Unit::Switch:
        return {};
    default:
        return QStringLiteral("N");
    }
}

QString LimitSpec::helpText(const ServerLimits &defaults) const
{
    const QString sentence = QCoreApplication::translate("Limits", help);
    return unit == Unit::Switch ? sentence : sentence.arg(plain(get(defaults)));
}

QString LimitSpec::documentedDefault() const
{
    return documented(defaultValue());
}

QString LimitSpec::documentedRange() const
{
    if (unit == Unit::Switch)
        return QStringLiteral("on, off");
    return documented(min) + QStringLiteral(" – ") + documented(max);
}

QString LimitSpec::documented(double value) const
{
    const QLocale english(QLocale::English);
    switch (unit) {
    case Unit::Bytes:
        return binarySize(value);
    case Unit::Characters:
        return value == 1 ? QStringLiteral("1 character")
                          : QStringLiteral("%1 characters").arg(english.toString(qint64(value)));
    case Unit::Lines:
        return value == 1 ? QStringLiteral("1 line")
                          : QStringLiteral("%1 lines").arg(english.toString(qint64(value)));
    case Unit::LinesPerSecond:
        return QStringLiteral("%1 lines/s").arg(english.toString(value, 'g', 12));
    case Unit::Seconds:
        return QStringLiteral("%1 s").arg(english.toString(qint64(value)));
    case Unit::Switch:
        return value != 0 ? QStringLiteral("on") : QStringLiteral("off");
    case Unit::People:
        return value == 1 ? QStringLiteral("1 person")
                          : QStringLiteral("%1 people").arg(english.toString(qint64(value)));
    case Unit::Connections:
        break;
    }
    return english.toString(qint64(value));
}

QString LimitSpec::problemWith(double value) const
{
    if (value >= min && value <= max)
        return {};
    return QCoreApplication::translate("Limits", "--%1 takes a number from %2 to %3.")
        .arg(QLatin1String(flag), plain(min), plain(max));
}

namespace LimitsTable {

const QList<LimitSpec> &all()
{
    return Table;
}

const LimitSpec *find(const QString &flag)
{
    for (const LimitSpec &spec : Table) {
        if (flag == QLatin1String(spec.flag))
            return &spec;
    }
    return nullptr;
}

ServerLimits fromSettings(const QSettings &settings, const ServerLimits &base)
{
    ServerLimits limits = base;
    for (const LimitSpec &spec : Table) {
        const QVariant stored =
            settings.value(QLatin1String("limits/") + QLatin1String(spec.settingsKey));
        if (!stored.isValid())
            continue;
        bool ok = false;
        const double value =
            spec.unit == LimitSpec::Unit::Switch ? double(stored.toBool()) : stored.toDouble(&ok);
        if ((ok || spec.unit == LimitSpec::Unit::Switch) && spec.problemWith(value).isEmpty())
            spec.set(limits, value);
    }
    return limits;
}

} // namespace LimitsTable
