#include "dialects/greeting.h"

#include "base/protocol.h"
#include "base/textcodec.h"

QByteArray Greeting::banner(bool offersTls)
{
    return QByteArray(Protocol::BannerPrefix) + (offersTls ? Protocol::TlsOffer : "") +
           tr("Welcome to Salon! Type a message and press Enter. /nick NAME changes your "
              "nickname, /help lists the commands, fin or /quit leaves.")
               .toUtf8() +
           '\n';
}

Greeting::Reading Greeting::read(const QByteArray &received)
{
    // A greeting longer than this without a newline is no Salon banner.
    constexpr qsizetype MaxGreetingBytes = 4 * 1024;
    const QByteArray prefix(Protocol::BannerPrefix);
    const qsizetype newline = received.indexOf('\n');
    const qsizetype known = qMin(received.size(), prefix.size());
    Reading reading;
    if (received.left(known) != prefix.left(known) ||
        (newline < 0 && received.size() > MaxGreetingBytes)) {
        reading.kind = Reading::Kind::Foreign;
        return reading;
    }
    if (newline < 0)
        return reading;
    const QByteArray refused(Protocol::RefusalPrefix);
    if (received.startsWith(refused)) {
        reading.kind = Reading::Kind::Refused;
        reading.reason =
            TextCodec::withoutControls(
                TextCodec::decode(received.mid(refused.size(), newline - refused.size())))
                .trimmed();
        return reading;
    }
    reading.kind = Reading::Kind::Banner;
    reading.offersTls = received.mid(prefix.size()).startsWith(Protocol::TlsOffer);
    reading.rest = received.mid(newline + 1);
    return reading;
}

QByteArray Greeting::refusal(const QString &reason)
{
    // One line both kinds of peer understand.
    return QByteArray(Protocol::RefusalPrefix) + reason.toUtf8() + '\n';
}
