#include "files/safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

bool isDeviceName(const QString &name)
{
    // Windows takes these for devices whatever follows the first dot
    // ("nul.txt" is NUL), whatever the case.
    static const QRegularExpression device(
        QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$|clock\\$)"
                       "(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return device.match(name.trimmed()).hasMatch();
}

// Cut to `maxBytes` of UTF-8 without splitting a character, keeping the
// suffix when there is a short one.
QString shortened(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString suffix = (dot > 0 && name.size() - dot <= 16) ? name.mid(dot) : QString();
    QString stem = name.left(name.size() - suffix.size());
    const int room = maxBytes - int(suffix.toUtf8().size());
    while (!stem.isEmpty() && stem.toUtf8().size() > room) {
        stem.chop(1);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
    }
    return stem + suffix;
}

} // namespace

SafeFileName::Result SafeFileName::clean(const QString &fromNetwork)
{
    // Only the last part of a path, whichever system's separators it uses.
    QString name = fromNetwork;
    const int slash =
        int(qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))));
    name = name.mid(slash + 1).normalized(QString::NormalizationForm_C);

    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return {{}, tr("\"%1\" is not a file name.").arg(name)};
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t code = name.at(i).unicode();
        if (QChar::isHighSurrogate(code) && i + 1 < name.size() &&
            name.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(code)) {
            return {{}, tr("A file name must be valid text.")}; // half a pair
        }
        const QChar::Category category = QChar::category(code);
        if (category == QChar::Other_Control)
            return {{}, tr("A file name may not hold control characters.")};
        if (category == QChar::Other_Format || category == QChar::Other_NotAssigned ||
            category == QChar::Other_PrivateUse || QChar::isNonCharacter(code))
            return {{}, tr("A file name may not hold invisible characters.")};
    }
    // What Windows forbids in a name, and ':' (macOS' old separator).
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"|?*]"));
    name.replace(forbidden, QStringLiteral("_"));
    // Windows drops trailing dots and spaces; leading ones would hide the
    // file or make it look like another's.
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back().isSpace()))
        name.chop(1);
    while (!name.isEmpty() && (name.front() == QLatin1Char('.') || name.front().isSpace()))
        name.remove(0, 1);

    if (name.isEmpty())
        return {{}, tr("The file has no name.")};
    if (isDeviceName(name))
        return {{}, tr("\"%1\" is a device's name on Windows, not a file's.").arg(name)};
    return {shortened(name, MaxBytes), {}};
}

QString SafeFileName::unusedPath(const QDir &folder, const QString &name)
{
    QString path = folder.filePath(name);
    if (!QFileInfo::exists(path))
        return path;
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    for (int number = 2;; ++number) {
        const QString candidate =
            shortened(QStringLiteral("%1 (%2)%3").arg(stem).arg(number).arg(suffix), MaxBytes);
        path = folder.filePath(candidate);
        if (!QFileInfo::exists(path))
            return path;
    }
}

QString SafeFileName::suffix(const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot + 1).toLower() : QString();
}
