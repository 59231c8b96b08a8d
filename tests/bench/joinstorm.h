#pragma once

// joinstorm.h — salon-bench --storm: a few members are in the room and one
// of them talks, a line every 100 ms; then N clients join all at once. It
// prints how long the crowd took to come in, and how long the speaker's
// lines took to reach the other members while it came: how long the room
// stalled. The members live in a thread of their own, so the bench's work
// on the crowd does not count as the server's.

#include "benchclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <vector>

class ServerProcess;
struct BenchSettings;

// The members already in the room, and the speaker among them.
class StormMembers : public QObject
{
    Q_OBJECT
public:
    StormMembers(const BenchSettings &settings, const QElapsedTimer &clock, int count);

    void join();
    void startTalking();
    void stopTalking() { m_pace.stop(); }
    // Milliseconds each of the speaker's lines took to reach each member
    // (the speaker too), in the order they arrived; lines still on their way.
    std::vector<double> latenciesMs() const { return m_latencyMs; }
    int linesOnTheirWay() const;

signals:
    void joined();
    void failed(const QString &why);

private:
    void speak();

    const BenchSettings &m_settings;
    QElapsedTimer m_clock;
    int m_count;
    std::vector<BenchClient *> m_clients;
    int m_ready = 0;
    QTimer m_pace;
    int m_spoken = 0;
    std::vector<int> m_heard; // per member: lines from the speaker
    std::vector<double> m_latencyMs;
};

class JoinStorm : public QObject
{
    Q_OBJECT
public:
    JoinStorm(const BenchSettings &settings, ServerProcess *server, QObject *parent = nullptr);
    ~JoinStorm() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void storm();
    void handleReady();
    void fail(const QString &why);
    void report();

    const BenchSettings &m_settings;
    ServerProcess *m_server;
    QElapsedTimer m_clock;
    QThread m_membersThread;
    StormMembers *m_members = nullptr;
    std::vector<BenchClient *> m_crowd;
    int m_ready = 0;
    qint64 m_stormStartNs = 0;
    double m_joinSeconds = -1;
    double m_cpuAtStart = -1;
    bool m_done = false;
    QTimer m_timeout;
};
