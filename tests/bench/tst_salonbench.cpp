// tst_salonbench — salon-bench itself: against a real server, with each kind
// of client it drives, every delivery arrives and is counted once.

#include "server/chatserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
struct BenchRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

// Runs salon-bench with `arguments` (and a 60 s limit of its own) while
// the test's server answers it.
BenchRun runBench(QStringList arguments)
{
    arguments << QStringLiteral("--timeout") << QStringLiteral("60");
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    BenchRun run;
    QObject::connect(&bench, &QProcess::readyReadStandardOutput, &bench,
                     [&] { run.output += bench.readAllStandardOutput(); });
    QSignalSpy finished(&bench, &QProcess::finished);
    bench.start(QStringLiteral(SALON_BENCH_BINARY), arguments);
    run.finished = finished.wait(90000);
    run.output += bench.readAllStandardOutput();
    run.exitCode = bench.exitCode();
    return run;
}
} // namespace

class TestSalonBench : public QObject
{
    Q_OBJECT
private slots:
    void everyDeliveryIsCounted_data();
    void everyDeliveryIsCounted();
    void aStormIsTimed_data();
    void aStormIsTimed();
    void aBroadcastsCostIsTimed();
};

void TestSalonBench::everyDeliveryIsCounted_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("messages");
    QTest::newRow("salon") << QStringLiteral("salon") << 6 << 50;
    QTest::newRow("text") << QStringLiteral("text") << 5 << 40;
}

void TestSalonBench::everyDeliveryIsCounted()
{
    QFETCH(QString, protocol);
    QFETCH(int, clients);
    QFETCH(int, messages);

    ChatServer server;
    ServerLimits limits;
    limits.floodControl = false;
    server.setLimits(limits);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const BenchRun run = runBench({QStringLiteral("--port"), QString::number(server.serverPort()),
                                   QStringLiteral("--protocol"), protocol,
                                   QStringLiteral("--clients"), QString::number(clients),
                                   QStringLiteral("--messages"), QString::number(messages)});
    QVERIFY(run.finished);
    const QByteArray &output = run.output;
    QCOMPARE(run.exitCode, 0);

    const qint64 expected = qint64(clients) * messages * clients;
    QVERIFY2(output.contains("complete=1"), output.constData());
    const QByteArray deliveries = " deliveries=" + QByteArray::number(expected) + ' ';
    QVERIFY2(output.contains(deliveries), output.constData());
}

void TestSalonBench::aStormIsTimed_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("salon") << QStringLiteral("salon");
    QTest::newRow("text") << QStringLiteral("text");
}

void TestSalonBench::aStormIsTimed()
{
    // --storm: members talk while a crowd joins; each of their lines reaches
    // every member, and the crowd's join time is reported.
    QFETCH(QString, protocol);
    ChatServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const BenchRun run =
        runBench({QStringLiteral("--storm"), QStringLiteral("--members"), QStringLiteral("3"),
                  QStringLiteral("--port"), QString::number(server.serverPort()),
                  QStringLiteral("--protocol"), protocol, QStringLiteral("--clients"),
                  QStringLiteral("40")});
    QVERIFY(run.finished);
    const QByteArray &output = run.output;
    QVERIFY2(run.exitCode == 0, output.constData());
    QVERIFY2(output.contains("storm=1 clients=40 members=3 join_s="), output.constData());
    QVERIFY2(output.contains(" undelivered=0 "), output.constData());
}

void TestSalonBench::aBroadcastsCostIsTimed()
{
    // --broadcast-cost: no server; every line handed over reaches its
    // receiver, and what the calls cost is reported.
    const BenchRun run =
        runBench({QStringLiteral("--broadcast-cost"), QStringLiteral("--clients"),
                  QStringLiteral("100"), QStringLiteral("--messages"), QStringLiteral("5")});
    QVERIFY(run.finished);
    const QByteArray &output = run.output;
    QVERIFY2(run.exitCode == 0, output.constData());
    QVERIFY2(output.contains("mode=broadcast-cost connections=100 threads="), output.constData());
    QVERIFY2(output.contains(" complete=1 median_us="), output.constData());
}

QTEST_GUILESS_MAIN(TestSalonBench)
#include "tst_salonbench.moc"
