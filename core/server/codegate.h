#pragma once

// codegate.h — the room code at the door, and how guessing it is slowed.
// A wrong answer counts against the address it came from (an IPv6 /64 is
// one address: one machine can have a whole /64). Five wrong answers in a
// minute keep that address out for a minute, then two, four… up to an
// hour. The server's own PC is never kept out: everyone in a one-PC class
// is 127.0.0.1, and anyone at that PC can read the code on its screen. An
// address many members came in from (phones behind one NAT) gets five more
// tries a minute per member, up to 50, so one student's typos do not lock
// out the class. Every wrong answer also counts for the room as a whole:
// too many in ten minutes and the teacher is warned (docs/room-code.md).
//
// It knows no socket: the server asks it, with the peer's address.

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

class CodeGate
{
public:
    static constexpr int WrongPerMinute = 5;
    static constexpr int MaxWrongPerMinute = 50;
    static constexpr qint64 FirstBlockMs = 60 * 1000;
    static constexpr qint64 MaxBlockMs = 60 * 60 * 1000;
    // The room-wide budget: this many wrong answers in ten minutes warn the teacher.
    static constexpr int RoomBudget = 20;
    static constexpr qint64 RoomWindowMs = 10 * 60 * 1000;

    CodeGate() { m_clock.start(); }

    // Empty: the room needs no code. A new code forgets who was kept out.
    void setCode(const QString &code);
    const QString &code() const { return m_code; }
    bool isRequired() const { return !m_code.isEmpty(); }

    enum class Verdict {
        Accepted,
        Wrong,
        WrongAndBlocked, // wrong, and now that address waits
        Blocked,         // not even looked at: that address waits
    };
    struct Check
    {
        Verdict verdict = Verdict::Wrong;
        qint64 waitMs = 0;        // Blocked, WrongAndBlocked: how long
        bool budgetSpent = false; // this answer crossed the room's budget
    };
    Check check(const QHostAddress &address, const QString &answer);
    Check checkAt(const QHostAddress &address, const QString &answer, qint64 nowMs);

    // How long `address` still waits (0: it may answer).
    qint64 waitMs(const QHostAddress &address) const { return waitMsAt(address, now()); }
    qint64 waitMsAt(const QHostAddress &address, qint64 nowMs) const;
    // Someone came in from `address`: it gets more tries (a shared address).
    void admitted(const QHostAddress &address);

    // Wrong answers in the last ten minutes, and addresses waiting now.
    int wrongRecently() const { return wrongRecentlyAt(now()); }
    int wrongRecentlyAt(qint64 nowMs) const;
    int blockedNow() const;

    // The key an address counts under: itself, or its /64 for IPv6.
    static QString keyOf(const QHostAddress &address);

private:
    struct Source
    {
        QList<qint64> wrong; // times of wrong answers in the last minute
        qint64 blockedUntil = 0;
        int blocks = 0;  // how many times kept out: each wait doubles
        int members = 0; // came in with the right code
    };
    qint64 now() const { return m_clock.elapsed(); }

    QString m_code;
    QHash<QString, Source> m_sources;
    QList<qint64> m_roomWrong; // the last ten minutes
    bool m_budgetWarned = false;
    QElapsedTimer m_clock;
};
