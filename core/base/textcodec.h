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
// cursor, ring a bell or split itself in a log, replaces a lone surrogate
// half with U+FFFD, and shows the invisible
// bidirectional overrides as text ("[U+202E]") so they can't reorder what is
// around them. A message can't start a line of its own either: line and
// paragraph separators (U+2028, U+2029) become spaces, and a run of more
// than MaxSpaceRun spaces (which would push the rest onto the next visual
// line, looking like a line of its own) is folded to MaxSpaceRun.
QString withoutControls(const QString &text);
inline constexpr int MaxSpaceRun = 8;

// How many characters a person counts: "é" and "👍🏽" are one each, where
// QString::size() counts UTF-16 units (two or more for an emoji).
qsizetype characterCount(const QString &text);

} // namespace TextCodec
