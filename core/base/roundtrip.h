#pragma once

// roundtrip.h — how long this connection's round trip takes, so that a
// wait for the peer's answer allows for it. On a class's Wi-Fi a banner and
// the answer to it can be one lost packet apart from a second late: a fixed
// wait that suits the projector's PC would take a Salon client for a silent
// text client there. The system measures it (TCP_INFO, Linux); elsewhere, or
// before the system knows, the time the connection took to open stands in.

#include <QtGlobal>

struct RoundTrip
{
    int rttMs = 0; // smoothed round-trip time
    int rtoMs = 0; // how long before a lost packet is sent again

    // What a wait for an answer adds: one round trip, and one packet lost
    // on the way and sent again.
    int allowanceMs() const { return rttMs + rtoMs; }

    // The system's figures for a connected TCP socket, or, where it has
    // none, `openedInMs` (how long connecting took) and a resend after the
    // system's shortest wait.
    static RoundTrip of(qintptr descriptor, qint64 openedInMs = 0);
    // From a measured round trip alone, as Linux starts (RFC 6298, with its
    // 200 ms floor).
    static RoundTrip fromRttMs(qint64 rttMs);

    // No wait grows past this for a slow network: a link that needs more is
    // not one a room can be held over.
    static constexpr int MaxAllowanceMs = 10000;
};
