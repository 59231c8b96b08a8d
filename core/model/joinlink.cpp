#include "model/joinlink.h"

#include "base/protocol.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
const QLatin1String SalonScheme("salon");
const QLatin1String FingerprintKey("sha256");

std::optional<JoinLink> failed(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}
} // namespace

bool JoinLink::looksLikeLink(const QString &text)
{
    return text.contains(QLatin1String("://"));
}

std::optional<JoinLink> JoinLink::parse(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return failed(error, tr("\"%1\" is not a link Salon can join.").arg(text.trimmed()));
    JoinLink link;
    link.host = url.host();
    if (scheme == SalonScheme)
        link.port = quint16(url.port(Protocol::DefaultPort));
    else if (scheme == QLatin1String("http"))
        link.port = quint16(url.port(80));
    else if (scheme == QLatin1String("https"))
        link.port = quint16(url.port(443));
    else
        return failed(
            error, tr("Salon joins salon://, http:// and https:// links, not %1://.").arg(scheme));
    if (link.port == 0)
        return failed(error, tr("\"%1\" names port 0.").arg(text.trimmed()));

    const QUrlQuery fragment(url.fragment());
    if (fragment.hasQueryItem(FingerprintKey)) {
        // Hex, with or without the colons `openssl x509 -fingerprint` puts.
        QString hex = fragment.queryItemValue(FingerprintKey);
        hex.remove(QLatin1Char(':'));
        const QByteArray sha256 = QByteArray::fromHex(hex.toLatin1());
        const bool allHex = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
            return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
        });
        if (hex.size() != 64 || !allHex || sha256.size() != 32)
            return failed(error, tr("The link's fingerprint is damaged: it must be 64 hexadecimal "
                                    "digits. Copy the whole link again."));
        link.sha256 = sha256;
    }
    return link;
}

QString JoinLink::toString() const
{
    QUrl url;
    url.setScheme(SalonScheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    if (!sha256.isEmpty())
        url.setFragment(QStringLiteral("sha256=") + QString::fromLatin1(sha256.toHex()));
    return url.toString();
}
