// salon-guibench — the windows' figures, driving the real widgets (run it
// offscreen: QT_QPA_PLATFORM=offscreen). See docs/performance.md.
//
//   salon-guibench startup --salon PATH [--runs N]
//       time from starting `salon` to its first window shown
//   salon-guibench client [--messages N] [--rate R]
//       a client window receiving N messages at R a second: longest
//       event-loop stall, lines kept, memory after
//   salon-guibench server [--clients N] [--messages M]
//       a server window with N connected clients, then M messages relayed

#include "clientwindow.h"
#include "crowd.h"
#include "firehose.h"
#include "procstatus.h"
#include "server/chatserver.h"
#include "server/serverlimits.h"
#include "serverwindow.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// An object living in a thread of its own, deleted there at the end.
template<typename T>
class InThread
{
public:
    template<typename... Args>
    explicit InThread(Args &&...args) : m_object(new T(std::forward<Args>(args)...))
    {
        m_object->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_object, &QObject::deleteLater);
        m_thread.start();
    }
    ~InThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    T *get() const { return m_object; }
    // Calls `call` in the object's thread and waits for it.
    template<typename F>
    void run(F call)
    {
        QMetaObject::invokeMethod(m_object, call, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    T *m_object;
};

int benchStartup(const QString &salon, int runs)
{
    if (salon.isEmpty()) {
        std::fprintf(stderr, "salon-guibench startup: --salon PATH is needed\n");
        return 2;
    }
    const QTemporaryDir config;
    std::printf("startup: `salon` to its first window shown, %d runs each\n", runs);
    const QList<QStringList> commands = {
        {},
        {QStringLiteral("client")},
        {QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0")}};
    for (const QStringList &arguments : commands) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QProcess salonProcess;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("SALON_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            environment.insert(QStringLiteral("XDG_DATA_HOME"), config.path());
            environment.insert(QStringLiteral("SALON_DISCOVERY"), QStringLiteral("off"));
            salonProcess.setProcessEnvironment(environment);
            QElapsedTimer clock;
            clock.start();
            salonProcess.start(salon, arguments);
            // Timed when the window says it is up, not when the process ends.
            QByteArray output;
            double shownMs = -1;
            while (shownMs < 0 && salonProcess.waitForReadyRead(30000)) {
                output += salonProcess.readAllStandardOutput();
                if (output.contains("first window shown"))
                    shownMs = clock.nsecsElapsed() / 1e6;
            }
            salonProcess.waitForFinished(10000);
            if (shownMs < 0) {
                std::fprintf(stderr, "salon-guibench: %s did not show a window\n",
                             qPrintable(salon));
                return 1;
            }
            times.push_back(shownMs);
        }
        std::sort(times.begin(), times.end());
        const QString name = arguments.isEmpty()
                                 ? QStringLiteral("start window")
                                 : QStringLiteral("salon ") + arguments.join(QLatin1Char(' '));
        std::printf("  %-26s median %.0f ms, best %.0f ms, worst %.0f ms\n", qPrintable(name),
                    times[times.size() / 2], times.front(), times.back());
        std::printf("RESULT bench=startup window=\"%s\" median_ms=%.1f\n", qPrintable(name),
                    times[times.size() / 2]);
    }
    return 0;
}

int benchClient(int messages, int rate)
{
    InThread<Firehose> firehose(messages, rate);
    quint16 port = 0;
    firehose.run([&] { port = firehose.get()->listen(); });
    if (port == 0)
        return 1;

    ClientWindow window;
    window.resize(900, 600);
    window.show();
    window.setHost(QStringLiteral("127.0.0.1"));
    window.setPort(port);
    window.setNick(QStringLiteral("reader"));
    qint64 received = 0;
    QObject::connect(window.client(), &ChatClient::messageReceived, &window,
                     [&received] { ++received; });
    window.connectToServer();
    if (!runUntil([&] { return window.client()->state() == ChatClient::State::Connected; },
                  10000)) {
        std::fprintf(stderr, "salon-guibench: the client window did not join\n");
        return 1;
    }
    const qint64 before = ProcStatus::kib("VmRSS");
    StallMonitor stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    const bool all =
        runUntil([&] { return received >= messages; }, messages / qMax(1, rate) * 1000 + 60000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    stalls.stop();
    const auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("log"));
    const qint64 after = ProcStatus::kib("VmRSS");
    std::printf("client window: %lld of %d messages at %d/s in %.2f s\n", received, messages, rate,
                seconds);
    std::printf("  longest event-loop stall %.1f ms (%d over 50 ms); log keeps %d lines\n",
                stalls.longestStallMs(), stalls.stallsOver50Ms(), log ? log->blockCount() : -1);
    std::printf("  memory: %.1f MiB joined, %.1f MiB after, peak %.1f MiB\n", before / 1024.0,
                after / 1024.0, ProcStatus::kib("VmHWM") / 1024.0);
    std::printf("RESULT bench=client messages=%lld rate=%d seconds=%.2f longest_stall_ms=%.1f "
                "stalls_over_50ms=%d lines=%d rss_before_kib=%lld rss_after_kib=%lld\n",
                received, rate, seconds, stalls.longestStallMs(), stalls.stallsOver50Ms(),
                log ? log->blockCount() : -1, before, after);
    return all ? 0 : 1;
}

int benchServer(int clients, int messages)
{
    ServerWindow window;
    window.resize(1000, 700);
    window.show();
    ServerLimits limits;
    limits.floodControl = false;
    limits.maxClients = clients + 10;
    window.server()->setLimits(limits);
    window.setPort(0);
    if (!window.startServer())
        return 1;
    const auto *list = window.findChild<QTreeView *>(QStringLiteral("clients"));
    qint64 relayed = 0;
    QObject::connect(window.server(), &ChatServer::messageRelayed, &window,
                     [&relayed] { ++relayed; });

    const qint64 before = ProcStatus::kib("VmRSS");
    InThread<Crowd> crowd;
    StallMonitor stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    const quint16 port = window.server()->serverPort();
    crowd.run([&] { crowd.get()->join(port, clients); });
    const bool joined =
        runUntil([&] { return list && list->model()->rowCount() >= clients; }, 60000);
    const double joinSeconds = clock.nsecsElapsed() / 1e9;
    const double joinStall = stalls.longestStallMs();
    const qint64 afterJoin = ProcStatus::kib("VmRSS");
    std::printf("server window: %d clients in the list after %.2f s; longest stall %.1f ms\n",
                list ? list->model()->rowCount() : -1, joinSeconds, joinStall);
    std::printf("  memory: %.1f MiB before, %.1f MiB with %d clients (%.1f KiB each)\n",
                before / 1024.0, afterJoin / 1024.0, clients,
                double(afterJoin - before) / qMax(1, clients));
    if (!joined)
        return 1;

    stalls.start();
    clock.restart();
    const int rate = 200;
    crowd.run([&] { crowd.get()->talk(20, messages, rate); });
    const bool all = runUntil([&] { return relayed >= messages; }, messages * 1000 / rate + 60000);
    const double talkSeconds = clock.nsecsElapsed() / 1e9;
    stalls.stop();
    const qint64 afterTalk = ProcStatus::kib("VmRSS");
    std::printf("  %lld messages at %d/s relayed to %d clients (%lld deliveries) in %.2f s; "
                "longest stall %.1f ms (%d over 50 ms); memory %.1f MiB\n",
                relayed, rate, clients, relayed * clients, talkSeconds, stalls.longestStallMs(),
                stalls.stallsOver50Ms(), afterTalk / 1024.0);
    std::printf("RESULT bench=server clients=%d join_s=%.2f join_stall_ms=%.1f "
                "kib_per_client=%.1f messages=%lld talk_stall_ms=%.1f rss_after_kib=%lld\n",
                clients, joinSeconds, joinStall, double(afterJoin - before) / qMax(1, clients),
                relayed, stalls.longestStallMs(), afterTalk);
    return all ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Nothing leaves this PC: the windows' discovery stays on loopback.
    if (!qEnvironmentVariableIsSet("SALON_DISCOVERY"))
        qputenv("SALON_DISCOVERY", "loopback");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Salon"));
    QCoreApplication::setApplicationName(QStringLiteral("salon-guibench"));
    // The windows save their settings: keep the user's own out of it.
    const QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Salon's window benchmarks."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bench"),
                                 QStringLiteral("startup, client or server"));
    parser.addOptions({
        {QStringLiteral("salon"), QStringLiteral("startup: the salon binary."),
         QStringLiteral("path")},
        {QStringLiteral("runs"), QStringLiteral("startup: runs per window."), QStringLiteral("n"),
         QStringLiteral("7")},
        {QStringLiteral("messages"), QStringLiteral("Messages to send."), QStringLiteral("n")},
        {QStringLiteral("rate"), QStringLiteral("client: messages a second."), QStringLiteral("n"),
         QStringLiteral("10000")},
        {QStringLiteral("clients"), QStringLiteral("server: clients to connect."),
         QStringLiteral("n"), QStringLiteral("500")},
    });
    parser.process(app);
    const QString bench = parser.positionalArguments().value(0);
    if (bench == QLatin1String("startup"))
        return benchStartup(parser.value(QStringLiteral("salon")),
                            qMax(1, parser.value(QStringLiteral("runs")).toInt()));
    if (bench == QLatin1String("client"))
        return benchClient(parser.isSet(QStringLiteral("messages"))
                               ? parser.value(QStringLiteral("messages")).toInt()
                               : 100000,
                           qMax(1, parser.value(QStringLiteral("rate")).toInt()));
    if (bench == QLatin1String("server"))
        return benchServer(qMax(1, parser.value(QStringLiteral("clients")).toInt()),
                           parser.isSet(QStringLiteral("messages"))
                               ? parser.value(QStringLiteral("messages")).toInt()
                               : 2000);
    parser.showHelp(2);
}
