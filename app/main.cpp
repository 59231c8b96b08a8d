// main.cpp — `salon`: the start window, a server (windowed or headless) or a
// client, as the command line asks (see CommandLine).

#include "base/epolldispatcher.h"
#include "base/protocol.h"
#include "clientwindow.h"
#include "commandline.h"
#include "demowindow.h"
#include "discovery/discovery.h"
#include "handinrunner.h"
#include "headlessserver.h"
#include "openfileslimit.h"
#include "server/chatserver.h"
#include "server/limitstable.h"
#include "serverwindow.h"
#include "signalwatcher.h"
#include "startupprobe.h"
#include "startwindow.h"
#include "storage/historylog.h"
#include "theme.h"
#include "translation.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace {

constexpr int BadArgumentsExitCode = 2;

// The defaults fitted to the open-files limit (raised first), then the
// settings' limits, then the command line's.
ServerLimits serverLimits(const CommandLine &commandLine)
{
    ServerLimits limits = LimitsTable::fromSettings(
        QSettings(), ServerLimits::fittedToOpenFiles(OpenFilesLimit::raise()));
    commandLine.applyTo(limits);
    return limits;
}

int runHeadless(QCoreApplication &app, const CommandLine &commandLine)
{
    OpenFilesLimit::raise();
    HeadlessServer server;
    if (!commandLine.handInFolder().isEmpty())
        server.server()->setHandInFolder(commandLine.handInFolder());
    FileDesk::Limits fileLimits = server.server()->fileLimits();
    commandLine.applyTo(fileLimits);
    server.server()->setFileLimits(fileLimits);
    if (!server.start(commandLine.portGiven() ? commandLine.port() : quint16(12800),
                      serverLimits(commandLine), commandLine.roomCode(), commandLine.requireTls()))
        return 1;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&server, &app] {
        server.stop();
        app.quit();
    });
    return app.exec();
}

// salon hand-in: work handed in from a terminal.
int runHandIn(QCoreApplication &app, const CommandLine &commandLine)
{
    HandInRunner::Options options;
    options.host = commandLine.host();
    options.portGiven = commandLine.portGiven();
    if (commandLine.portGiven())
        options.port = commandLine.port();
    options.nick = commandLine.nick();
    options.code = commandLine.roomCode();
    options.file = commandLine.file();
    HandInRunner runner(options);
    QObject::connect(&runner, &HandInRunner::finished, &app, &QCoreApplication::exit);
    if (!runner.start())
        return 1;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &runner,
                     &HandInRunner::interrupt);
    return app.exec();
}

// The server's identity, kept beside its history. A key others can read
// stops it before it starts, saying why.
bool useIdentity(ServerWindow *window, const CommandLine &commandLine)
{
    QString error;
    if (!window->useIdentityIn(HistoryLog::defaultFolder(), &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("Salon"), error);
        return false;
    }
    if (commandLine.requireTls())
        window->server()->setRequireTls(true);
    return true;
}

ServerWindow *openServerWindow(const CommandLine &commandLine)
{
    OpenFilesLimit::raise();
    auto *window = new ServerWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!useIdentity(window, commandLine)) {
        delete window;
        return nullptr;
    }
    window->server()->setLimits(serverLimits(commandLine));
    window->server()->setHistoryFolder(HistoryLog::defaultFolder());
    if (commandLine.portGiven())
        window->setPort(commandLine.port());
    window->server()->setRoomCode(commandLine.roomCode());
    if (!commandLine.handInFolder().isEmpty())
        window->server()->setHandInFolder(commandLine.handInFolder());
    FileDesk::Limits fileLimits = window->server()->fileLimits();
    commandLine.applyTo(fileLimits);
    window->server()->setFileLimits(fileLimits);
    window->show();
    window->startServer();
    return window;
}

// The classroom demo: one window, the server on the left and a grid of
// client panes on the right, all on 127.0.0.1, filling the screen.
bool openDemo(const CommandLine &commandLine)
{
    OpenFilesLimit::raise();
    auto *demo = new DemoWindow;
    demo->setAttribute(Qt::WA_DeleteOnClose);
    if (!useIdentity(demo->server(), commandLine)) {
        delete demo;
        return false;
    }
    demo->server()->server()->setLimits(serverLimits(commandLine));
    demo->server()->server()->setHistoryFolder(HistoryLog::defaultFolder());
    demo->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    demo->show();
    demo->start(commandLine.portGiven() ? commandLine.port() : Protocol::DefaultPort,
                commandLine.demoClients());
    return true;
}

ClientWindow *openClientWindow(const CommandLine &commandLine)
{
    auto *window = new ClientWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!commandLine.host().isEmpty())
        window->setHost(commandLine.host());
    if (commandLine.portGiven())
        window->setPort(commandLine.port());
    if (!commandLine.nick().isEmpty())
        window->setNick(commandLine.nick());
    if (!commandLine.roomCode().isEmpty())
        window->setRoomCode(commandLine.roomCode());
    window->show();
    if (commandLine.connectNow())
        window->connectToServer();
    return window;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Salon"));
    QCoreApplication::setApplicationName(QStringLiteral("Salon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // A first look decides whether a display is needed: --help, --version,
    // bad arguments and --headless must work without one.
    const bool wantsWindow = [&arguments] {
        CommandLine probe;
        return probe.parse(arguments) && probe.wantsWindow();
    }();
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        // No window: a loop whose pass costs what is ready, not what is
        // connected (thousands of students; docs/scaling.md).
        // SALON_EVENT_LOOP=qt keeps Qt's own, to compare.
        if (EpollDispatcher::isAvailable() &&
            qEnvironmentVariable("SALON_EVENT_LOOP") != QLatin1String("qt"))
            QCoreApplication::setEventDispatcher(new EpollDispatcher);
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Translation::install(CommandLine::languageIn(arguments));

    // Parsed again now that the texts can be translated.
    CommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        QTextStream(stderr) << "salon: " << commandLine.errorText() << '\n'
                            << QCoreApplication::translate("main", "Try: salon --help") << Qt::endl;
        return BadArgumentsExitCode;
    }
    if (commandLine.helpRequested()) {
        QTextStream(stdout) << commandLine.helpText();
        return 0;
    }
    if (commandLine.versionRequested()) {
        QTextStream(stdout) << "salon " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    // The demo is one PC's business; the environment still wins over both.
    if (commandLine.discoveryScope())
        Discovery::setCommandLineScope(*commandLine.discoveryScope());
    else if (commandLine.command() == CommandLine::Command::Demo)
        Discovery::setCommandLineScope(Discovery::Scope::Loopback);
    if (commandLine.headless())
        return runHeadless(*app, commandLine);
    if (commandLine.command() == CommandLine::Command::HandIn)
        return runHandIn(*app, commandLine);

    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.salonchat.Salon"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));
    Theme::applySaved(); // View ▸ Theme, as chosen last time
    StartupProbe::installIfAsked();

    switch (commandLine.command()) {
    case CommandLine::Command::Server:
        if (!openServerWindow(commandLine))
            return 1;
        break;
    case CommandLine::Command::Client:
        openClientWindow(commandLine);
        break;
    case CommandLine::Command::Demo:
        if (!openDemo(commandLine))
            return 1;
        break;
    case CommandLine::Command::HandIn: // handled above, with no window
        break;
    case CommandLine::Command::Start: {
        auto *start = new StartWindow;
        start->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(start, &StartWindow::chosen, start,
                         [start, &commandLine](StartWindow::Choice choice) {
                             if (choice == StartWindow::Choice::Host) {
                                 openServerWindow(commandLine);
                             } else if (choice == StartWindow::Choice::Demo) {
                                 if (!commandLine.discoveryScope())
                                     Discovery::setCommandLineScope(Discovery::Scope::Loopback);
                                 openDemo(commandLine);
                             } else {
                                 openClientWindow(commandLine);
                             }
                             start->close();
                         });
        start->show();
        break;
    }
    }
    return app->exec();
}
