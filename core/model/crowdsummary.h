#pragma once

// crowdsummary.h — who came and went, in words a person can read when a
// whole hall arrives at once. While people come and go one by one, each
// is told on its own line. Past a few in a couple of seconds (the bell, a
// school-wide event, a Wi-Fi hiccup dropping a class), the rest is held and
// told once a second: "312 people joined: Ana, Ben, Chloé and 309 others".
// Pure logic, time from the caller: the client window, the server window
// and (in JavaScript, the same rules) the browser page write the words.

#include <QStringList>
#include <QtGlobal>

#include <deque>

class CrowdSummary
{
public:
    enum class Kind { Joined, Left, Renamed };

    // What was held since the last summary: the first names of each kind
    // (at most NamesShown; for a rename, the new name) and how many in all.
    struct Summary
    {
        QStringList joined;
        int joinedCount = 0;
        QStringList left;
        int leftCount = 0;
        QStringList renamed; // a class choosing its names at the start of a lesson
        int renamedCount = 0;
        bool isEmpty() const { return joinedCount == 0 && leftCount == 0 && renamedCount == 0; }
    };

    static constexpr int WindowMs = 2000; // "at once" means within this
    static constexpr int OnTheirOwn = 5;  // this many in the window are told one by one
    static constexpr int SummaryEveryMs = 1000;
    static constexpr int NamesShown = 3;

    // True when this arrival or departure is to be told now, on its own;
    // false when it is held for the next summary (take() within
    // SummaryEveryMs).
    bool add(Kind kind, const QString &nick, qint64 nowMs);
    // What was held, and a fresh start. A summary that comes back empty
    // means the crowd has passed: the next arrivals are told one by one.
    Summary take(qint64 nowMs);
    bool isHolding() const { return m_inCrowd; }

private:
    std::deque<qint64> m_recent; // times within the window
    bool m_inCrowd = false;
    Summary m_held;
};
