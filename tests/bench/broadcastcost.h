#pragma once

// broadcastcost.h — what one broadcast costs the room's thread, with nothing
// else on the machine: `connections` loopback TCP connections, and a line
// of `size` bytes handed to every one through SendPool, `rounds` times,
// each timed on its own. Between rounds, outside the timing, the receivers
// read what came. Set SALON_SEND_THREADS to compare 1 thread with several.
// It measures the calls alone: in the fan-out benchmark the clients run on
// the same two cores and leave none spare.

#include <QString>

namespace BroadcastCost {
// Prints a RESULT line; returns 0, or 1 when the connections could not be made.
int run(int connections, int rounds, int size, const QString &label);
} // namespace BroadcastCost
