#include "model/nickname.h"

#include "base/protocol.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSet>
#include <QTranslator>

#include <memory>

namespace Nickname {

namespace {
// What the room's host and the server are called, and what their words are
// labelled with in the windows (keep these in step with the labels:
// tst_nickname checks the windows' labels are here, in every language).
constexpr const char *ReservedSources[] = {
    QT_TRANSLATE_NOOP("Nickname", "Teacher"),       QT_TRANSLATE_NOOP("Nickname", "Server"),
    QT_TRANSLATE_NOOP("Nickname", "Host"),          QT_TRANSLATE_NOOP("Nickname", "Admin"),
    QT_TRANSLATE_NOOP("Nickname", "Administrator"), QT_TRANSLATE_NOOP("Nickname", "System"),
    QT_TRANSLATE_NOOP("Nickname", "Moderator"),     QT_TRANSLATE_NOOP("Nickname", "Announcement"),
    QT_TRANSLATE_NOOP("Nickname", "Salon"),
};

struct Reserved
{
    QStringList names;
    QSet<QString> skeletons;
};

const Reserved &reserved()
{
    static const Reserved list = [] {
        Reserved built;
        for (const char *source : ReservedSources)
            built.names.append(QString::fromLatin1(source));
        // Each language Salon carries adds its words.
        QDirIterator translations(QStringLiteral(":/i18n"), {QStringLiteral("*.qm")});
        while (translations.hasNext()) {
            QTranslator translator;
            if (!translator.load(translations.next()))
                continue;
            for (const char *source : ReservedSources) {
                const QString translated = translator.translate("Nickname", source);
                if (!translated.isEmpty() && !built.names.contains(translated))
                    built.names.append(translated);
            }
        }
        for (const QString &name : std::as_const(built.names))
            built.skeletons.insert(skeleton(name));
        return built;
    }();
    return list;
}
} // namespace

QStringList reservedNames()
{
    return reserved().names;
}

QString problem(const QString &nick)
{
    if (const QString form = formProblem(nick); !form.isEmpty())
        return form;
    // The teacher, the server, the labels of their words: nobody may look
    // like them.
    if (reserved().skeletons.contains(skeleton(nick)))
        return QCoreApplication::translate("Nickname",
                                           "The nickname \"%1\" is kept for the teacher and the "
                                           "server: choose another.")
            .arg(nick);
    return {};
}

QString formProblem(const QString &nick)
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
    return {};
}

QString key(const QString &nick)
{
    return nick.toCaseFolded();
}

namespace {
// Letters of other scripts that look like a Latin letter, in the same case
// (so "Η", a capital eta, reads as "H", and "η" as "n").
char16_t latinLookAlike(char16_t c)
{
    struct Pair
    {
        char16_t from;
        char16_t to;
    };
    static constexpr Pair Pairs[] = {
        // Cyrillic capitals
        {u'А', u'A'},
        {u'В', u'B'},
        {u'Е', u'E'},
        {u'К', u'K'},
        {u'М', u'M'},
        {u'Н', u'H'},
        {u'О', u'O'},
        {u'Р', u'P'},
        {u'С', u'C'},
        {u'Т', u'T'},
        {u'У', u'Y'},
        {u'Х', u'X'},
        {u'І', u'I'},
        {u'Ј', u'J'},
        {u'Ѕ', u'S'},
        {u'Ԛ', u'Q'},
        {u'Ԝ', u'W'},
        {u'Ү', u'Y'},
        {u'Һ', u'H'},
        {u'Ӏ', u'I'},
        {u'Ь', u'b'},
        // Cyrillic small letters
        {u'а', u'a'},
        {u'в', u'b'},
        {u'г', u'r'},
        {u'е', u'e'},
        {u'к', u'k'},
        {u'м', u'm'},
        {u'н', u'h'},
        {u'о', u'o'},
        {u'п', u'n'},
        {u'р', u'p'},
        {u'с', u'c'},
        {u'т', u't'},
        {u'у', u'y'},
        {u'х', u'x'},
        {u'ь', u'b'},
        {u'і', u'i'},
        {u'ј', u'j'},
        {u'ѕ', u's'},
        {u'ԁ', u'd'},
        {u'ԛ', u'q'},
        {u'ԝ', u'w'},
        {u'һ', u'h'},
        {u'ӏ', u'l'},
        {u'ү', u'y'},
        // Greek capitals
        {u'Α', u'A'},
        {u'Β', u'B'},
        {u'Ε', u'E'},
        {u'Ζ', u'Z'},
        {u'Η', u'H'},
        {u'Ι', u'I'},
        {u'Κ', u'K'},
        {u'Μ', u'M'},
        {u'Ν', u'N'},
        {u'Ο', u'O'},
        {u'Ρ', u'P'},
        {u'Τ', u'T'},
        {u'Υ', u'Y'},
        {u'Χ', u'X'},
        // Greek small letters
        {u'α', u'a'},
        {u'γ', u'y'},
        {u'ε', u'e'},
        {u'η', u'n'},
        {u'ι', u'i'},
        {u'κ', u'k'},
        {u'μ', u'u'},
        {u'ν', u'v'},
        {u'ο', u'o'},
        {u'ρ', u'p'},
        {u'τ', u't'},
        {u'υ', u'u'},
        {u'χ', u'x'},
        {u'ω', u'w'},
        // Latin letters that look like others
        {u'ı', u'i'},
        {u'ɡ', u'g'},
        {u'ɑ', u'a'},
    };
    for (const Pair &pair : Pairs) {
        if (pair.from == c)
            return pair.to;
    }
    return c;
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}
} // namespace

QString skeleton(const QString &nick)
{
    // Full width, ligatures, superscripts… become plain letters, and accents
    // separate marks, which go.
    const QString decomposed = nick.normalized(QString::NormalizationForm_KD);
    QString latin;
    latin.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!isMark(c))
            latin.append(QChar(latinLookAlike(c.unicode())));
    }
    QString folded = latin.toCaseFolded();
    for (QChar &c : folded) {
        if (c == u'i' || c == u'1')
            c = u'l';
        else if (c == u'0')
            c = u'o';
    }
    folded.replace(QLatin1String("rn"), QLatin1String("m"));
    folded.replace(QLatin1String("vv"), QLatin1String("w"));
    return folded;
}

} // namespace Nickname
