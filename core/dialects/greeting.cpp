#include "dialects/greeting.h"

#include "base/protocol.h"

QByteArray Greeting::banner()
{
    return QByteArray(Protocol::BannerPrefix) +
           tr("Welcome to Salon! Type a message and press Enter. /nick NAME changes your "
              "nickname, /help lists the commands, fin or /quit leaves.")
               .toUtf8() +
           '\n';
}

QByteArray Greeting::refusal(const QString &reason)
{
    // One line both kinds of peer understand.
    return QByteArray(Protocol::RefusalPrefix) + reason.toUtf8() + '\n';
}
