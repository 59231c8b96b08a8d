#include "appsettings.h"

#include "base/protocol.h"
#include "model/nickname.h"

namespace AppSettings {

QString defaultNick()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    QString nick;
    for (const QChar c : std::as_const(login)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            nick.append(c);
    }
    nick.truncate(Protocol::MaxNickChars);
    if (!Nickname::problem(nick).isEmpty() || nick == QLatin1String("root"))
        nick = QStringLiteral("guest");
    return nick;
}

} // namespace AppSettings
