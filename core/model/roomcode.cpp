#include "model/roomcode.h"

#include <QRandomGenerator>

#include <algorithm>

namespace RoomCode {

std::optional<QString> parse(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        // Letters and digits of any script would let look-alikes in: ASCII only.
        const bool allowed = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             c == QLatin1Char('-');
        if (!allowed)
            return std::nullopt;
        code.append(c.toLower());
    }
    if (code.isEmpty() || code.size() > MaxChars)
        return std::nullopt;
    return code;
}

bool matches(const QString &code, const QString &answer)
{
    const auto parsed = parse(answer);
    if (!parsed || code.isEmpty())
        return false;
    // Every character is compared, whatever the first difference.
    const QByteArray a = code.toLatin1();
    const QByteArray b = parsed->toLatin1();
    unsigned difference = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= unsigned(a.at(i) ^ (i < b.size() ? b.at(i) : 0));
    return difference == 0;
}

QString generate()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10,
                                    QLatin1Char('0'));
}

QString grouped(const QString &code)
{
    const bool digits =
        std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
    if (!digits || code.size() < 6)
        return code;
    QString shown;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 3 == 0)
            shown.append(QLatin1Char(' '));
        shown.append(code.at(i));
    }
    return shown;
}

} // namespace RoomCode
