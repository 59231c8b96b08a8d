// makescreenshots — draws each Salon window in a live conversation and saves
// it as PNG, for the README and the guides. Run by docs/make-screenshots.sh:
//   salon_screenshots OUTPUT_DIR [en|fr]

#include "chatclient.h"
#include "chatserver.h"
#include "clientwindow.h"
#include "serverwindow.h"
#include "startwindow.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
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
    const QString suffix =
        language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    const auto path = [&](const char *name) -> QString {
        return outputDir + QLatin1Char('/') + QLatin1String(name) + suffix + QStringLiteral(".png");
    };
    bool ok = true;

    StartWindow start;
    start.show();
    ok &= save(&start, path("start-window"));
    start.close();

    ServerWindow server;
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

    return ok ? 0 : 1;
}
