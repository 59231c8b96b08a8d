#include "server/serverlimits.h"

#include <QSettings>

namespace {
template<typename T>
T positive(const QSettings &settings, const char *key, T fallback)
{
    const QVariant value = settings.value(QLatin1String("limits/") + QLatin1String(key));
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && number > 0 ? T(number) : fallback;
}
} // namespace

ServerLimits ServerLimits::fromSettings(const QSettings &settings)
{
    ServerLimits limits;
    limits.maxTextLineBytes = positive(settings, "maxLineBytes", limits.maxTextLineBytes);
    limits.maxFrameBytes = positive(settings, "maxFrameBytes", limits.maxFrameBytes);
    limits.maxMessageChars = positive(settings, "maxMessageChars", limits.maxMessageChars);
    limits.maxSendQueueBytes = positive(settings, "sendQueueBytes", limits.maxSendQueueBytes);
    limits.floodControl =
        settings.value(QStringLiteral("limits/floodControl"), limits.floodControl).toBool();
    limits.floodRate = positive(settings, "floodRate", limits.floodRate);
    limits.floodBurst = positive(settings, "floodBurst", limits.floodBurst);
    limits.floodMaxQueued = positive(settings, "floodQueue", limits.floodMaxQueued);
    limits.maxClients = positive(settings, "maxClients", limits.maxClients);
    limits.maxClientsPerAddress = positive(settings, "maxPerAddress", limits.maxClientsPerAddress);
    limits.maxConnectsPerSecondPerAddress =
        positive(settings, "maxConnectsPerSecond", limits.maxConnectsPerSecondPerAddress);
    limits.handshakeTimeoutMs =
        positive(settings, "handshakeTimeoutSeconds", limits.handshakeTimeoutMs / 1000) * 1000;
    limits.heartbeatTimeoutMs =
        positive(settings, "heartbeatTimeoutSeconds", limits.heartbeatTimeoutMs / 1000) * 1000;
    limits.heartbeatIntervalMs = qMin(limits.heartbeatIntervalMs, limits.heartbeatTimeoutMs / 3);
    return limits;
}
