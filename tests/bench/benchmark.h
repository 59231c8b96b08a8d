#pragma once

// benchmark.h — one salon-bench run: N clients join, each sends M messages
// with at most `window` of its own still on their way, and every delivery
// is counted and timed until all have arrived or the time is up.

#include "benchclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

class ServerProcess;

struct BenchSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 12800;
    BenchClient::Protocol protocol = BenchClient::Protocol::Salon;
    BenchClient::Tls tls = BenchClient::Tls::None;
    int clients = 10;
    int messages = 100;
    int size = 100;
    int window = 4;
    int timeoutSeconds = 120;
    int members = 0; // --storm: the members already in, talking
    QString label;
};

class Benchmark : public QObject
{
    Q_OBJECT
public:
    Benchmark(const BenchSettings &settings, ServerProcess *server, QObject *parent = nullptr);

    void start();
    qint64 expectedDeliveries() const;

signals:
    // 0 when every delivery arrived.
    void finished(int exitCode);

private:
    void connectSome();
    void handleReady();
    void startSending();
    void sendNext(int sender);
    void handleDelivery(int receiver, int sender, qint64 sentAtNs);
    void fail(const QString &why);
    void report(bool complete);

    BenchSettings m_settings;
    ServerProcess *m_server;
    std::vector<BenchClient *> m_clients;
    std::vector<int> m_sent;      // per client
    std::vector<int> m_confirmed; // per client: seen by its right-hand neighbour
    std::vector<quint32> m_latencyUs;
    qint64 m_received = 0;
    int m_ready = 0;
    bool m_done = false;
    QElapsedTimer m_clock;
    qint64 m_joinStartNs = 0;
    qint64 m_sendStartNs = 0;
    double m_cpuAtStart = -1;
    qint64 m_residentBeforeKiB = -1;
    qint64 m_residentJoinedKiB = -1;
    QTimer m_timeout;
};
