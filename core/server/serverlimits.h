#pragma once

// serverlimits.h — every bound the server puts on what one peer may cost it,
// with its default. LimitsTable says how each is named, bounded, set from
// the command line and the settings ([limits] in Salon.conf), and
// documented (docs/limits.md).

#include <QString>
#include <QtGlobal>

struct ServerLimits
{
    qsizetype maxTextLineBytes = 16 * 1024; // one line from a text client
    qsizetype maxFrameBytes = 64 * 1024;    // one Salon JSON frame
    int maxMessageChars = 4000;             // the text of one message
    qint64 maxSendQueueBytes = 1024 * 1024; // bytes waiting for a peer that reads slowly

    // Flood control: a token bucket per client. Lines over the rate wait
    // ("fake lag"); a client with more than floodMaxQueued lines waiting is
    // disconnected.
    bool floodControl = true;
    double floodRate = 5.0; // lines per second, sustained
    int floodBurst = 20;    // lines at once
    int floodMaxQueued = 100;

    // People in the room. 500 where the open-files limit is unknown;
    // fittedToOpenFiles() sets it from the limit where there is one.
    int maxClients = 500;
    // Of those places, kept for the host's own PC and for members coming back.
    int keptPlaces = 10;
    // Connections still in the handshake, counted apart: they never take a
    // member's place. Enough for a whole school's classes arriving at once.
    int maxConnecting = 500;
    int maxClientsPerAddress = 10;           // 127.0.0.1 and ::1 are exempt
    int maxConnectsPerSecondPerAddress = 10; // idem
    // A connection that has not joined by then is closed: time enough for a
    // person to type a name (or a room code).
    int handshakeTimeoutMs = 60 * 1000;
    // Heartbeat, for Salon clients: after heartbeatIntervalMs of silence the
    // server pings; after heartbeatTimeoutMs with nothing at all from the
    // client (cable pulled, laptop asleep), it is removed from the room.
    int heartbeatIntervalMs = 15 * 1000;
    int heartbeatTimeoutMs = 45 * 1000;
    // A Salon client that drops without a goodbye keeps its name this long:
    // only its member token gets it back (0: names are not kept).
    int nameHoldMs = 10 * 60 * 1000;
    // At most this many are let into the room in one pass of the event loop;
    // the others wait their turn, in order (a school at the same second), so
    // the room never stalls for one pass that welcomes thousands.
    int admitPerPass = 512;
    // Whether 127.0.0.1 and ::1 escape the per-address limits (the one-PC
    // classroom demo needs it; tests turn it off to check those limits).
    bool loopbackExempt = true;

    // The defaults, with the room's size and the connections still getting
    // in taken from the open-files limit in force (-1: unknown, the plain
    // defaults). Every person is an open connection, so is every newcomer
    // and every file on its way; a share is kept for those, and for the
    // program's own files. docs/limits.md says how.
    static ServerLimits fittedToOpenFiles(long openFiles);
};
