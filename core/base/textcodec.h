#pragma once

// textcodec.h — turns bytes from the network into text that is safe to show,
// whatever the bytes are.

#include <QByteArray>
#include <QString>

namespace TextCodec {

// UTF-8 when the bytes are valid UTF-8; otherwise Latin-1 (the tutorial's
// advice for Windows), which maps every byte to a character, so nothing is
// ever dropped.
QString decode(const QByteArray &bytes);

// Removes control characters (tab becomes a space) so a line can't move the
// cursor, ring a bell or split itself in a log, and shows the invisible
// bidirectional overrides as text ("[U+202E]") so they can't reorder what is
// around them.
QString withoutControls(const QString &text);

} // namespace TextCodec
