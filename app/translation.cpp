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
    if (salon->load(locale, QStringLiteral("salon"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
