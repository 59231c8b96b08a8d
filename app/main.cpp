// main.cpp — `salon`: the start window, a server (windowed or headless) or a
// client, as the command line asks (see CommandLine).

#include "base/protocol.h"
#include "clientwindow.h"
#include "commandline.h"
#include "discovery/discovery.h"
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
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace {

constexpr int BadArgumentsExitCode = 2;

// The settings' limits, then the command line's.
ServerLimits serverLimits(const CommandLine &commandLine)
{
    ServerLimits limits = LimitsTable::fromSettings(QSettings());
    commandLine.applyTo(limits);
    return limits;
}

int runHeadless(QCoreApplication &app, const CommandLine &commandLine)
{
    OpenFilesLimit::raise();
    HeadlessServer server;
    if (!server.start(commandLine.portGiven() ? commandLine.port() : quint16(12800),
                      serverLimits(commandLine), commandLine.roomCode()))
        return 1;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&server, &app] {
        server.stop();
        app.quit();
    });
    return app.exec();
}

ServerWindow *openServerWindow(const CommandLine &commandLine)
{
    OpenFilesLimit::raise();
    auto *window = new ServerWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->server()->setLimits(serverLimits(commandLine));
    window->server()->setHistoryFolder(HistoryLog::defaultFolder());
    if (commandLine.portGiven())
        window->setPort(commandLine.port());
    window->server()->setRoomCode(commandLine.roomCode());
    window->show();
    window->startServer();
    return window;
}

// The classroom demo: the server window on the left half of the screen, the
// client windows sharing the right half, all on 127.0.0.1.
void openDemo(const CommandLine &commandLine)
{
    OpenFilesLimit::raise();
    auto *server = new ServerWindow;
    server->setAttribute(Qt::WA_DeleteOnClose);
    server->server()->setLimits(serverLimits(commandLine));
    server->server()->setHistoryFolder(HistoryLog::defaultFolder());
    server->setPort(commandLine.portGiven() ? commandLine.port() : Protocol::DefaultPort);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const int half = screen.width() / 2;
    server->setGeometry(screen.x(), screen.y(), half, screen.height());
    server->show();
    if (!server->startServer()) {
        // Port 12800 taken (another Salon?): the demo still runs, on a free port.
        server->setPort(0);
        if (!server->startServer())
            return;
    }
    const int count = commandLine.demoClients();
    if (count == 0)
        return;
    // One column while the windows stay tall enough to chat in.
    const int columns = count > 3 ? 2 : 1;
    const int rows = (count + columns - 1) / columns;
    const int width = half / columns;
    const int height = screen.height() / rows;
    for (int i = 0; i < count; ++i) {
        const QRect cell(screen.x() + half + (i % columns) * width,
                         screen.y() + (i / columns) * height, width, height);
        server->openClientWindow(cell);
    }
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
    if (wantsWindow)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
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

    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.salonchat.Salon"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));
    Theme::applySaved(); // View ▸ Theme, as chosen last time
    StartupProbe::installIfAsked();

    switch (commandLine.command()) {
    case CommandLine::Command::Server:
        openServerWindow(commandLine);
        break;
    case CommandLine::Command::Client:
        openClientWindow(commandLine);
        break;
    case CommandLine::Command::Demo:
        openDemo(commandLine);
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
