// makescreenshots — draws each Salon window in a live conversation and saves
// it as PNG, for the README and the guides. Run by docs/make-screenshots.sh:
//   salon_screenshots OUTPUT_DIR [en|fr] [dark]
// "dark" draws the server and client windows in a dark palette only (the
// script runs it at 200 % scaling).

#include "client/chatclient.h"
#include "clientwindow.h"
#include "demowindow.h"
#include "discovery/discoveryannouncer.h"
#include "server/chatserver.h"
#include "serverwindow.h"
#include "startwindow.h"
#include "theme.h"
#include "wireinspector.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTcpSocket>
#include <QTextStream>
#include <QTranslator>

#include <functional>

namespace {

// Runs the event loop until the condition holds; false after 10 s.
bool waitUntil(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(10000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle()
{
    QDeadlineTimer deadline(300);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const bool saved = window->grab().save(path);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << path << Qt::endl;
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    // Nothing leaves this PC: the windows' discovery stays on loopback.
    if (!qEnvironmentVariableIsSet("SALON_DISCOVERY"))
        qputenv("SALON_DISCOVERY", "loopback");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Salon-screenshots"));
    const QStringList arguments = app.arguments();
    const QString outputDir = arguments.value(1, QStringLiteral("."));
    const QString language = arguments.value(2, QStringLiteral("en"));
    const bool dark = arguments.value(3) == QLatin1String("dark");
    if (dark)
        Theme::apply(Theme::Choice::Dark); // View ▸ Theme ▸ Dark
    QDir().mkpath(outputDir);

    QTranslator salon;
    QTranslator qtbase;
    if (salon.load(QLocale(language), QStringLiteral("salon"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&salon);
    if (qtbase.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtbase);
    QLocale::setDefault(QLocale(language));
    QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    if (dark)
        suffix += QStringLiteral("-dark");
    const auto path = [&](const char *name) -> QString {
        return outputDir + QLatin1Char('/') + QLatin1String(name) + suffix + QStringLiteral(".png");
    };
    bool ok = true;

    if (!dark) {
        StartWindow start;
        start.show();
        ok &= save(&start, path("start-window"));
        start.close();
    }

    ServerWindow server;
    server.setRoomName(language == QLatin1String("fr") ? QStringLiteral("Salle 12 — NSI")
                                                       : QStringLiteral("Room 12 — CS class"));
    server.setPort(0);
    server.resize(1000, 560);
    server.show();
    if (!server.startServer())
        return 1;
    const quint16 port = server.server()->serverPort();

    const auto openClient = [port](const QString &nick) {
        auto *window = new ClientWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setHost(QStringLiteral("127.0.0.1"));
        window->setPort(port);
        window->setNick(nick);
        window->resize(860, 460);
        window->show();
        window->connectToServer();
        return window;
    };
    ClientWindow *alice = openClient(QStringLiteral("alice"));
    ok &= waitUntil([alice] { return alice->client()->state() == ChatClient::State::Connected; });
    ClientWindow *bob = openClient(QStringLiteral("bob"));
    // Bob watches the wire from the start.
    bob->resize(860, 760);
    bob->wireInspector()->toggleViewAction()->trigger();
    ok &= waitUntil([bob] { return bob->client()->state() == ChatClient::State::Connected; });

    // A student with nc.
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, port);
    ok &= waitUntil([&nc] { return nc.state() == QAbstractSocket::ConnectedState; });
    nc.write("/nick zoé\n");
    ok &= waitUntil([alice] { return alice->client()->people().size() == 3; });

    const auto say = [](ClientWindow *window, const QString &text) {
        auto *field = window->findChild<QLineEdit *>(QStringLiteral("messageField"));
        field->setText(text);
        QMetaObject::invokeMethod(field, "returnPressed");
    };
    say(alice, QStringLiteral("Bonjour à tous ! On teste le chat du cours."));
    settle();
    say(bob, QStringLiteral("Salut alice, ça marche chez moi."));
    settle();
    nc.write("coucou depuis nc, les accents passent : été, Noël\n");
    settle();
    say(bob, QStringLiteral("/msg alice tu as fini l'exercice 2 ?"));
    settle();
    say(alice, QStringLiteral("Le HTML reste du texte : <b>gras</b> <img src=x>"));
    ok &= waitUntil([bob] {
        return bob->findChild<QWidget *>(QStringLiteral("log"))
            ->property("plainText")
            .toString()
            .contains(QStringLiteral("<img src=x>"));
    });
    server.server()->announce(language == QLatin1String("fr")
                                  ? QStringLiteral("Pause dans 5 minutes.")
                                  : QStringLiteral("Break in 5 minutes."));
    settle();

    ok &= save(&server, path("server-window"));
    ok &= save(alice, path("client-window"));
    if (dark)
        return ok ? 0 : 1;

    // The wire inspector, a line of bob's chosen to show its bytes.
    auto *table = bob->wireInspector()->findChild<QTableView *>(QStringLiteral("wireTable"));
    for (int row = table->model()->rowCount() - 1; row >= 0; --row) {
        if (table->model()->index(row, 4).data().toString().contains(QLatin1String("\"say\""))) {
            table->setCurrentIndex(table->model()->index(row, 0));
            break;
        }
    }
    ok &= save(bob, path("wire-inspector"));

    // The teacher's room: a code on the projector, hands up, a student
    // muted, an announcement that stays; and a newcomer asked for the code.
    const bool french = language == QLatin1String("fr");
    ChatServer *room = server.server();
    room->setRoomCode(QStringLiteral("482913"));
    alice->client()->setHandRaised(true);
    settle();
    nc.write("/hand\n");
    ok &= waitUntil([room] { return room->hands().size() == 2; });
    room->setMuted(QStringLiteral("zoé"), true);
    room->announce(french ? QStringLiteral("Rendez les copies avant 10 h 30.")
                          : QStringLiteral("Hand in your papers by 10:30."));
    ok &= waitUntil([alice] {
        return alice->findChild<QWidget *>(QStringLiteral("announcementBar"))->isVisible();
    });
    settle();
    ok &= save(&server, path("server-teacher"));
    ok &= save(alice, path("client-teacher"));
    ClientWindow newcomer;
    newcomer.setHost(QStringLiteral("127.0.0.1"));
    newcomer.setPort(port);
    newcomer.setNick(QStringLiteral("emma"));
    newcomer.resize(860, 300);
    newcomer.show();
    newcomer.connectToServer();
    ok &= waitUntil([&newcomer] {
        return newcomer.findChild<QWidget *>(QStringLiteral("roomCodeBar"))->isVisible();
    });
    settle();
    ok &= save(&newcomer, path("client-room-code"));
    newcomer.close();
    room->setRoomCode({});
    room->lowerAllHands();
    room->setMuted(QStringLiteral("zoé"), false);

    // `salon demo --clients 8` as a projector shows it, at the two usual sizes.
    for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
        DemoWindow demo;
        demo.setGeometry(QRect(QPoint(0, 0), screen));
        demo.show();
        ok &= demo.start(0, 8);
        ok &= waitUntil([&demo] { return demo.server()->server()->participants().size() == 8; });
        const auto sayIn = [&say, &demo](int pane, const QString &text) {
            say(demo.clients().at(pane), text);
            settle();
        };
        sayIn(0, french ? QStringLiteral("Bonjour à tous !") : QStringLiteral("Hello everyone!"));
        sayIn(3, french ? QStringLiteral("Salut, je vous vois tous.")
                        : QStringLiteral("Hi, I can see you all."));
        sayIn(6, QStringLiteral("/msg alice ok ?"));
        demo.server()->server()->announce(french ? QStringLiteral("Ouvrez l’exercice 3.")
                                                 : QStringLiteral("Open exercise 3."));
        settle();
        ok &= save(&demo, screen.width() == 1366 ? path("demo") : path("demo-1920"));
        demo.close();
    }

    // Servers found on this PC: two more rooms announce themselves.
    DiscoveryAnnouncer library;
    DiscoveryAnnouncer lab;
    library.start(Discovery::Scope::Loopback, 12810,
                  language == QLatin1String("fr") ? QStringLiteral("CDI")
                                                  : QStringLiteral("Library"));
    lab.start(Discovery::Scope::Loopback, 12820,
              language == QLatin1String("fr") ? QStringLiteral("Labo de physique")
                                              : QStringLiteral("Physics lab"));
    ClientWindow finder;
    finder.setNick(QStringLiteral("david"));
    finder.setHost(QString());
    finder.resize(860, 420);
    finder.show();
    ok &= waitUntil([&finder] { return finder.serversListed().size() >= 3; });
    auto *box = finder.findChild<QComboBox *>(QStringLiteral("hostBox"));
    box->showPopup();
    settle();
    {
        QPixmap shot = finder.grab();
        const QPixmap popup = box->view()->window()->grab();
        QPainter painter(&shot);
        painter.drawPixmap(box->mapTo(&finder, QPoint(0, box->height())), popup);
        painter.end();
        box->hidePopup();
        const QString found = path("found-servers");
        ok &= shot.save(found);
        QTextStream(stdout) << "wrote " << found << Qt::endl;
    }

    // A client that could not connect, to show how errors read.
    ClientWindow refused;
    refused.setHost(QStringLiteral("127.0.0.1"));
    refused.setPort(1);
    refused.setNick(QStringLiteral("carol"));
    refused.resize(860, 300);
    refused.show();
    refused.connectToServer();
    ok &= waitUntil([&refused] {
        return refused.findChild<QWidget *>(QStringLiteral("errorLabel"))->isVisible();
    });
    ok &= save(&refused, path("client-error"));

    // The server stops: alice keeps what she was typing and counts down.
    alice->findChild<QLineEdit *>(QStringLiteral("messageField"))
        ->setText(language == QLatin1String("fr") ? QStringLiteral("Je reviens dans")
                                                  : QStringLiteral("Back in a"));
    server.stopServer();
    ok &=
        waitUntil([alice] { return alice->client()->state() == ChatClient::State::Reconnecting; });
    ok &= save(alice, path("client-reconnecting"));

    return ok ? 0 : 1;
}
