#include "server/serverlimits.h"

#include <algorithm>

namespace {
// The program's own: the history, the lesson file, the listeners, discovery,
// the event loop, the log, a hand-in being written.
constexpr long OwnFiles = 64;
// Past this the machine's memory, not its files, is the bound: twice a
// whole school (docs/scaling.md); more with --max-clients.
constexpr long MostPeopleByDefault = 20000;
} // namespace

ServerLimits ServerLimits::fittedToOpenFiles(long openFiles)
{
    ServerLimits limits;
    if (openFiles <= 0)
        return limits;
    const long budget = std::max(openFiles - OwnFiles, 32L);
    // An eighth for newcomers still getting in, an eighth for transfers
    // (a download or a hand-in is a connection and a file), the rest for people.
    const long connecting = std::clamp(budget / 8, 16L, 2000L);
    const long transfers = budget / 8;
    limits.maxConnecting = int(connecting);
    limits.maxClients = int(std::clamp(budget - connecting - transfers, 16L, MostPeopleByDefault));
    limits.keptPlaces = std::min(limits.keptPlaces, limits.maxClients / 4);
    return limits;
}
