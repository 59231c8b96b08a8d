#pragma once

// nickname.h — what a nickname may be, and how two are compared.

#include <QString>

namespace Nickname {

// Why a requested nickname can't be used, as a sentence for the person who
// asked; empty when it is fine: not empty, not too long, only letters,
// digits, '-', '_' and '.', and not like a reserved name. Uniqueness in a
// room is the server's business.
QString problem(const QString &nick);
// The same, without the reserved names: what the teacher's own name must be.
QString formProblem(const QString &nick);

// The names nobody may take, nor one that looks like them: the teacher's,
// the server's, what announcements are labelled with… in English and in
// every language Salon carries (the translations under ":/i18n"), so a
// language added later extends the list.
QStringList reservedNames();

// The same person regardless of case: "Alice" and "alice" are one name
// (whom a private message is for).
QString key(const QString &nick);

// What a nickname looks like, for telling apart names that only look alike:
// "Alice", "ALICE", "AIice" (a capital i), "Aliсe" (a Cyrillic es), "Ａlice"
// (full width) and "Alicé" have one skeleton. Two people in a room (or one
// and a name kept for someone who dropped) never share one, so nobody can
// pass for someone else. A rough cousin of Unicode TR39's skeleton: accents
// dropped, Cyrillic and Greek letters read as the Latin ones they look like,
// i/l/1 and o/0 as one, "rn" as "m", "vv" as "w".
QString skeleton(const QString &nick);

} // namespace Nickname
