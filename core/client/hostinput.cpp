#include "client/hostinput.h"

#include "model/joinlink.h"

namespace {
HostInput failed(const QString &error)
{
    HostInput input;
    input.error = error;
    return input;
}
} // namespace

HostInput HostInput::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    HostInput input;
    if (JoinLink::looksLikeLink(trimmed)) {
        QString error;
        const auto link = JoinLink::parse(trimmed, &error);
        if (!link)
            return failed(error);
        input.host = link->host;
        input.port = link->port;
        input.sha256 = link->sha256;
        return input;
    }
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        // [v6]:port, or [v6] alone
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failed(tr("\"%1\" opens a [ without closing it.").arg(trimmed));
        input.host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return failed(tr("After ] comes :PORT, as in [::1]:12800."));
            portText = rest.mid(1);
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        // name:port or IPv4:port; more colons make a bare IPv6 address.
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        input.host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
        if (portText.isEmpty())
            return failed(tr("\"%1\" ends with ':' but no port.").arg(trimmed));
    } else {
        input.host = trimmed;
    }
    if (!portText.isNull()) {
        bool number = false;
        const uint port = portText.toUInt(&number);
        if (!number || port < 1 || port > 65535)
            return failed(
                tr("\"%1\" is not a port: a port is a number from 1 to 65535.").arg(portText));
        input.port = quint16(port);
    }
    if (input.host.isEmpty())
        return failed(tr("Type the server's address first: the server window shows it."));
    return input;
}
