#pragma once

// translation.h — loads Salon's and Qt's translations for the system
// language, or for the one asked with --lang.

#include <QString>

namespace Translation {

// language: "en", "fr", or empty for the system's.
void install(const QString &language);

} // namespace Translation
