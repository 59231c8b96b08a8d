#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translation {

namespace {
// Qt reads the layout direction of the interface from this text: "LTR" in
// left-to-right languages, "RTL" in right-to-left ones. Qt's own translations
// say it too, but Salon's must not depend on them being installed.
//: Translate this text to "LTR" in left-to-right languages and to "RTL" in
//: right-to-left ones (Arabic, Hebrew): Qt then mirrors every window.
[[maybe_unused]] const char *const LayoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
} // namespace

QStringList languages()
{
    QStringList found;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("salon_*.qm")}, QDir::Files);
    for (const QString &file : files)
        found.append(file.mid(6, file.size() - 6 - 3));
    found.sort();
    return found;
}

void install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *salon = new QTranslator(QCoreApplication::instance());
    // Any language Salon is not translated into gets English, whose file
    // holds the plural forms ("1 person", "2 people").
    if (salon->load(locale, QStringLiteral("salon"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) ||
        salon->load(QStringLiteral(":/i18n/salon_en")))
        QCoreApplication::installTranslator(salon);
    else
        delete salon;

    // Qt's own texts: standard buttons, the command line parser's errors.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Translation
