#pragma once

// procstatus.h — this process's (or another's) memory, read from /proc.

#include <QtGlobal>

namespace ProcStatus {
// A field of /proc/PID/status in KiB (VmRSS, VmHWM), or -1.
qint64 kib(const char *field, qint64 pid = 0);
} // namespace ProcStatus
