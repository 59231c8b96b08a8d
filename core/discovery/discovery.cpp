#include "discovery/discovery.h"

#include "security/keyforge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSettings>
#include <QSslCertificate>

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

QList<QHostAddress> ownAddresses(Scope scope)
{
    QList<QHostAddress> addresses;
    if (scope == Scope::Lan) {
        const QList<QHostAddress> all = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : all) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
                addresses.size() < MaxAddresses - 1)
                addresses.append(address);
        }
    }
    if (scope != Scope::Off)
        addresses.append(QHostAddress(QHostAddress::LocalHost));
    return addresses;
}

QByteArray encode(const Announcement &announcement, const QByteArray &privateKeyPem)
{
    QJsonArray addresses;
    for (const QHostAddress &address : announcement.addresses.mid(0, MaxAddresses))
        addresses.append(address.toString());
    QJsonObject object{
        {QStringLiteral("salon"), Version},
        {QStringLiteral("id"), announcement.id},
        {QStringLiteral("room"), announcement.room.left(MaxFieldChars)},
        {QStringLiteral("host"), announcement.hostName.left(MaxFieldChars)},
        {QStringLiteral("port"), announcement.port},
        {QStringLiteral("addresses"), addresses},
        // Below 2^53, so a JSON number holds it exactly.
        {QStringLiteral("counter"), double(announcement.counter & ((quint64(1) << 53) - 1))},
        {QStringLiteral("cert"), QString::fromLatin1(announcement.certificateDer.toBase64())},
    };
    if (announcement.leaving)
        object.insert(QStringLiteral("leaving"), true);
    const QByteArray signedPart = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray signature = KeyForge::sign(privateKeyPem, signedPart);
    if (signature.isEmpty())
        return {};
    return signedPart + '\n' + signature.toBase64();
}

std::optional<Announcement> decode(const QByteArray &datagram)
{
    if (datagram.size() > MaxDatagramBytes)
        return std::nullopt;
    const qsizetype newline = datagram.lastIndexOf('\n');
    if (newline < 0)
        return std::nullopt;
    const QByteArray signedPart = datagram.left(newline);
    const QByteArray signature = QByteArray::fromBase64(
        datagram.mid(newline + 1),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument document = QJsonDocument::fromJson(signedPart);
    if (signature.isEmpty() || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("salon")).toInt() != Version)
        return std::nullopt;
    const QJsonValue port = object.value(QLatin1String("port"));
    const int portNumber = port.toInt(-1);
    const QJsonValue counter = object.value(QLatin1String("counter"));
    const QJsonValue addresses = object.value(QLatin1String("addresses"));
    if (!validField(object.value(QLatin1String("id"))) ||
        !validField(object.value(QLatin1String("room"))) ||
        !validField(object.value(QLatin1String("host"))) || !port.isDouble() || portNumber < 1 ||
        portNumber > 65535 || !counter.isDouble() || counter.toDouble() < 0 ||
        !addresses.isArray() || addresses.toArray().isEmpty() ||
        addresses.toArray().size() > MaxAddresses)
        return std::nullopt;
    Announcement announcement;
    for (const QJsonValue &value : addresses.toArray()) {
        const QHostAddress address(value.toString());
        if (address.protocol() != QAbstractSocket::IPv4Protocol)
            return std::nullopt;
        announcement.addresses.append(address);
    }
    announcement.certificateDer = QByteArray::fromBase64(
        object.value(QLatin1String("cert")).toString().toLatin1(),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    const QSslCertificate certificate(announcement.certificateDer, QSsl::Der);
    // Signed by the key of the certificate it carries, over every byte above.
    if (certificate.isNull() || !KeyForge::verify(certificate.toPem(), signedPart, signature))
        return std::nullopt;
    announcement.sha256 = certificate.digest(QCryptographicHash::Sha256);
    announcement.id = object.value(QLatin1String("id")).toString();
    announcement.room = object.value(QLatin1String("room")).toString();
    announcement.hostName = object.value(QLatin1String("host")).toString();
    announcement.port = quint16(portNumber);
    announcement.counter = quint64(counter.toDouble());
    announcement.leaving = object.value(QLatin1String("leaving")).toBool();
    return announcement;
}

} // namespace Discovery
