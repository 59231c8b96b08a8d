#pragma once

// nickname.h — what a nickname may be, and how two are compared.

#include <QString>

namespace Nickname {

// Why a requested nickname can't be used, as a sentence for the person who
// asked; empty when it is fine. Uniqueness is the server's business.
QString problem(const QString &nick);

// Nicknames are unique regardless of case: "Alice" and "alice" collide.
QString key(const QString &nick);

} // namespace Nickname
