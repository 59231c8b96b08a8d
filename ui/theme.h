#pragma once

// theme.h — the colours of every Salon window: the system's, or Salon's own
// light or dark ones (View ▸ Theme), since a classroom PC is rarely set up
// by the teacher who uses it. Applied to the whole program and remembered.

#include <QCoreApplication>
#include <QString>

class QLabel;
class QMenu;

namespace Theme {

enum class Choice { System, Light, Dark };

// The remembered choice (System the first time).
Choice saved();
// Applies `choice` to the whole program and remembers it.
void apply(Choice choice);
// Applies the remembered choice: at start-up.
void applySaved();
// Adds "Theme ▸ System / Light / Dark" to `menu`; it follows changes made
// from any window.
void addMenu(QMenu *menu);
// A warning the teacher or a student must not miss: plain text, wrapped,
// dark brown on pale yellow in every theme, hidden until there is one.
void makeWarning(QLabel *label);

} // namespace Theme
