#pragma once

// sendpool.h — hands many connections' bytes to the system at once, over
// the machine's cores. A line said to a room of thousands is thousands of
// send() calls, and each call also does the network stack's work for its
// bytes (on loopback, the receiving side's too): most of a busy room's time
// (docs/performance.md). The room's thread decides once what each
// connection gets, in order; here only the calls are shared out. Each
// connection's bytes go in one call from one thread, and the caller waits
// until every call is made, so every connection still gets the room's order.
//
// It knows descriptors and bytes, nothing of sessions or Qt's sockets (those
// live in one thread and are not handed here).

#include <QtGlobal>

class SendPool
{
public:
    // One call to the system: `size` bytes at `data` to `descriptor`; `sent`
    // and `error` (errno, 0: none) say what came of it.
    struct Send
    {
        int descriptor = -1;
        const char *data = nullptr;
        qsizetype size = 0;
        qsizetype sent = 0;
        int error = 0;
    };

    // Fewer calls than this are made by the caller alone: waking the other
    // threads would cost more than it saves.
    static constexpr qsizetype MinSharedSends = 64;

    // Threads that make the calls, the caller's included: SALON_SEND_THREADS
    // if set (1: the caller alone), else one per core, at most four.
    static int threads();

    // Makes every call, shared among the threads when there are enough;
    // returns once all are made. Descriptors must be distinct.
    static void sendAll(Send *sends, qsizetype count);

    // One call, here and now.
    static void sendOne(Send &send);
};
