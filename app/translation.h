#pragma once

// translation.h — loads Salon's and Qt's translations for the system
// language, or for the one asked with --lang. A right-to-left language lays
// every window out right to left.

#include <QString>
#include <QStringList>

namespace Translation {

// The languages Salon carries ("ar", "de", "en", "es", "fr"…): one per
// translation compiled into the program, so a language added to
// translations/ is offered by itself.
QStringList languages();

// language: one of languages(), or empty for the system's.
void install(const QString &language);

} // namespace Translation
