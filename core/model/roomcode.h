#pragma once

// roomcode.h — the code a teacher puts on the projector so only the class
// gets in. What a valid code is, how an answer is read (spaces and case
// don't matter: "123 456" is 123456), a fresh 6-digit one, and the form
// shown large in the server window.

#include <QString>

#include <optional>

namespace RoomCode {

// The most characters a code may have.
constexpr qsizetype MaxChars = 32;

// `text` as a code (trimmed, spaces removed, case folded); nothing when it
// is empty, too long or holds anything but letters, digits and '-'.
std::optional<QString> parse(const QString &text);
// True when `answer` is `code` (compared in constant time, as parsed).
bool matches(const QString &code, const QString &answer);
// Six random digits from the system's secure source.
QString generate();
// "123 456": a code as people read it aloud, in groups of three.
QString grouped(const QString &code);

} // namespace RoomCode
