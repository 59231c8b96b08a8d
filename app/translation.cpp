#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translation {

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
