#pragma once

// windowteardown.h — what a window's destructor does first: QWidget deletes
// the children before QObject drops their connections, so a field losing
// focus on the way out must not call into a half-gone window.

#include <QObject>

namespace WindowTeardown {

inline void disconnectChildren(QObject *window)
{
    const QList<QObject *> children = window->findChildren<QObject *>();
    for (const QObject *child : children)
        QObject::disconnect(child, nullptr, window, nullptr);
}

} // namespace WindowTeardown
