#pragma once

// slant.h — whether a text may be drawn in italics. Arabic and Hebrew are not
// written slanted, and most fonts have no slanted face for them: asked for
// italics, their letters come out as boxes. A text with any right-to-left
// letter stays upright, whatever its style.

#include <QString>

namespace Slant {

inline bool suits(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Direction direction = c.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return false;
    }
    return true;
}

} // namespace Slant
