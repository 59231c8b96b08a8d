#pragma once

// aftercrowd.h — once a crowd has come or gone (hundreds of arrivals or
// departures) and the room has been quiet for a moment, hands the memory
// their traffic used back to the system. A crowd's arrival sends every
// "joined" line to everyone and the whole list of people to each newcomer:
// megabytes, freed once sent, but kept by the C library's allocator in
// pieces it does not return by itself. Measured at 5,000 idle clients:
// 17 KiB per client resident before, 11 after (docs/performance.md). With
// glibc only; elsewhere it does nothing.

#include <QObject>
#include <QTimer>

class AfterCrowd : public QObject
{
    Q_OBJECT
public:
    explicit AfterCrowd(QObject *parent = nullptr);

    // Someone came or went.
    void noteChange();
    // A crowd came or went and the room is not quiet yet.
    bool isWaiting() const { return m_quiet.isActive(); }
    void setQuietMs(int ms) { m_quiet.setInterval(ms); }

    // This many changes make a crowd, and the room is quiet after this long
    // without one.
    static constexpr int CrowdSize = 200;
    static constexpr int QuietMs = 2000;

signals:
    // The memory was handed back: how many KiB the process holds now,
    // before and after (0 where the system does not say).
    void settled(qint64 residentBeforeKiB, qint64 residentAfterKiB);

private:
    void settle();

    QTimer m_quiet;
    int m_changes = 0;
};
