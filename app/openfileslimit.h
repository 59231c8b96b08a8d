#pragma once

// openfileslimit.h — every client is a file descriptor: ask the system for
// as many as it allows, so "hundreds of clients" are not cut short by a
// default soft limit of 1024.

namespace OpenFilesLimit {

// Raises the soft limit to the hard one where the OS allows (Unix); does
// nothing elsewhere. Returns the limit now in force, or -1 when unknown.
long raise();

} // namespace OpenFilesLimit
