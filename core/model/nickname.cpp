#include "model/nickname.h"

#include "base/protocol.h"

#include <QCoreApplication>

namespace Nickname {

QString problem(const QString &nick)
{
    if (nick.isEmpty())
        return QCoreApplication::translate("Nickname", "A nickname can't be empty.");
    if (nick.size() > Protocol::MaxNickChars)
        return QCoreApplication::translate("Nickname", "A nickname has at most %1 characters.")
            .arg(Protocol::MaxNickChars);
    for (const QChar c : nick) {
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char('-') ||
                             c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!allowed)
            return QCoreApplication::translate(
                "Nickname", "A nickname may hold only letters, digits, '-', '_' and '.'.");
    }
    if (key(nick) == QLatin1String("server"))
        return QCoreApplication::translate("Nickname", "The nickname \"server\" is reserved.");
    return {};
}

QString key(const QString &nick)
{
    return nick.toCaseFolded();
}

} // namespace Nickname
