// salon-bench — fan-out benchmark for a chat server: N clients join, each
// sends M messages of P bytes, and every client counts and times what it
// receives. Prints deliveries per second, p50/p99 latency, and for a server
// it started, peak memory and CPU time. See docs/performance.md.

#include "base/epolldispatcher.h"
#include "benchmark.h"
#include "broadcastcost.h"
#include "joinstorm.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace {
// Each client is a socket: as many as the system allows (10,000 clients).
void raiseOpenFilesLimit()
{
#if defined(Q_OS_UNIX)
    rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

int intOption(const QCommandLineParser &parser, const QString &name, int low, int high, bool *ok)
{
    bool valid = false;
    const int value = parser.value(name).toInt(&valid);
    if (!valid || value < low || value > high) {
        std::fprintf(stderr, "salon-bench: --%s must be from %d to %d\n", qPrintable(name), low,
                     high);
        *ok = false;
    }
    return value;
}
} // namespace

int main(int argc, char *argv[])
{
    // Thousands of clients: the same loop as the headless server, so the
    // bench measures the servers, not Qt's look at every socket each pass.
    if (EpollDispatcher::isAvailable())
        QCoreApplication::setEventDispatcher(new EpollDispatcher);
    raiseOpenFilesLimit(); // the servers it starts inherit it
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salon-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fan-out benchmark: N clients join a chat server, each sends M messages of P bytes, "
        "and every delivery is counted and timed."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Server address."), QStringLiteral("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("port"),
         QStringLiteral("12800")},
        {QStringLiteral("protocol"), QStringLiteral("salon, text or irc."),
         QStringLiteral("protocol"), QStringLiteral("salon")},
        {QStringLiteral("clients"), QStringLiteral("Clients (N)."), QStringLiteral("n"),
         QStringLiteral("10")},
        {QStringLiteral("messages"),
         QStringLiteral("Messages each client sends (M; 0: join, measure memory, leave)."),
         QStringLiteral("m"), QStringLiteral("100")},
        {QStringLiteral("size"), QStringLiteral("Bytes of text per message (P)."),
         QStringLiteral("p"), QStringLiteral("100")},
        {QStringLiteral("window"),
         QStringLiteral("Messages a client may have on their way at once."), QStringLiteral("w"),
         QStringLiteral("4")},
        {QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds."),
         QStringLiteral("s"), QStringLiteral("120")},
        {QStringLiteral("server"),
         QStringLiteral("Start this server command first, and report its memory and CPU."),
         QStringLiteral("command")},
        {QStringLiteral("server-log"),
         QStringLiteral("Write the started server's standard output to this file."),
         QStringLiteral("file")},
        {QStringLiteral("label"), QStringLiteral("A name for the RESULT line."),
         QStringLiteral("text")},
        {QStringLiteral("storm"),
         QStringLiteral("A join storm: --members clients join and one of them says a line every "
                        "100 ms, then the N clients join at once. Prints how long the crowd took "
                        "and how long the members' lines took meanwhile.")},
        {QStringLiteral("members"), QStringLiteral("Members already in for --storm."),
         QStringLiteral("k"), QStringLiteral("10")},
        {QStringLiteral("tls"),
         QStringLiteral("Connect with TLS (a ClientHello first; salon and text protocols).")},
        {QStringLiteral("tls-after-banner"),
         QStringLiteral("Connect in plain text and start TLS once the banner offers it, as "
                        "Salon's own client does (salon protocol).")},
        {QStringLiteral("broadcast-cost"),
         QStringLiteral("No server: time what handing one line of P bytes to N loopback "
                        "connections costs, M times (SALON_SEND_THREADS threads).")},
    });
    parser.process(app);

    BenchSettings settings;
    bool ok = true;
    settings.host = parser.value(QStringLiteral("host"));
    settings.port = quint16(intOption(parser, QStringLiteral("port"), 1, 65535, &ok));
    settings.clients = intOption(parser, QStringLiteral("clients"), 2, 10000, &ok);
    settings.messages = intOption(parser, QStringLiteral("messages"), 0, 1000000, &ok);
    settings.size = intOption(parser, QStringLiteral("size"), 32, 3000, &ok);
    settings.window = intOption(parser, QStringLiteral("window"), 1, 1000, &ok);
    settings.timeoutSeconds = intOption(parser, QStringLiteral("timeout"), 1, 3600, &ok);
    settings.members = intOption(parser, QStringLiteral("members"), 2, 1000, &ok);
    settings.label = parser.value(QStringLiteral("label"));
    if (parser.isSet(QStringLiteral("tls")))
        settings.tls = BenchClient::Tls::First;
    else if (parser.isSet(QStringLiteral("tls-after-banner")))
        settings.tls = BenchClient::Tls::AfterBanner;
    const QString protocol = parser.value(QStringLiteral("protocol"));
    if (protocol == QLatin1String("salon")) {
        settings.protocol = BenchClient::Protocol::Salon;
    } else if (protocol == QLatin1String("text")) {
        settings.protocol = BenchClient::Protocol::Text;
    } else if (protocol == QLatin1String("irc")) {
        settings.protocol = BenchClient::Protocol::Irc;
    } else {
        std::fprintf(stderr, "salon-bench: --protocol must be salon, text or irc\n");
        ok = false;
    }
    if (!ok)
        return 2;

    if (parser.isSet(QStringLiteral("broadcast-cost")))
        return BroadcastCost::run(settings.clients, qMax(1, settings.messages), settings.size,
                                  settings.label);

    ServerProcess server;
    const bool ownServer = parser.isSet(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("server-log")))
        server.setLogFile(parser.value(QStringLiteral("server-log")));
    if (ownServer && !server.start(parser.value(QStringLiteral("server")), settings.host,
                                   settings.port, 10000)) {
        std::fprintf(stderr, "salon-bench: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    if (parser.isSet(QStringLiteral("storm"))) {
        std::printf("salon-bench %s: a storm of %d %s clients beside %d members\n",
                    qPrintable(settings.label), settings.clients, qPrintable(protocol),
                    settings.members);
        JoinStorm storm(settings, ownServer ? &server : nullptr);
        QObject::connect(&storm, &JoinStorm::finished, &app, [&server](int code) {
            server.stop();
            QCoreApplication::exit(code);
        });
        storm.start();
        return app.exec();
    }
    std::printf("salon-bench %s: %d %s clients x %d messages x %d bytes\n",
                qPrintable(settings.label), settings.clients, qPrintable(protocol),
                settings.messages, settings.size);
    Benchmark benchmark(settings, ownServer ? &server : nullptr);
    QObject::connect(&benchmark, &Benchmark::finished, &app, [&server](int code) {
        server.stop();
        QCoreApplication::exit(code);
    });
    benchmark.start();
    return app.exec();
}
