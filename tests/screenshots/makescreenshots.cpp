// makescreenshots — draws each Salon window in a live conversation and saves
// it as PNG, for the README and the guides. Run by docs/make-screenshots.sh:
//   salon_screenshots OUTPUT_DIR [en|fr|es|de|ar] [dark]
// "dark" draws the server and client windows in a dark palette only (the
// script runs it at 200 % scaling).

#include "client/chatclient.h"
#include "client/filetransfers.h"
#include "client/transferjob.h"
#include "clientwindow.h"
#include "demowindow.h"
#include "discovery/discoveryannouncer.h"
#include "localclients.h"
#include "security/keyforge.h"
#include "server/chatserver.h"
#include "servertrust.h"
#include "serverwindow.h"
#include "startwindow.h"
#include "theme.h"
#include "transferspanel.h"
#include "wireinspector.h"
#include "wirelogmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
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

// What the class says in each language: the windows are drawn with the
// people and words a class of that language would have.
struct Conversation
{
    QString room, alice, bob, zoe, emma, david, carol;
    QString hello, reply, fromNc, question, markup, pause, handIn;
    QString demoHello, demoHi, demoExercise, library, lab, backIn;
};

Conversation conversationIn(const QString &language)
{
    if (language == QLatin1String("fr"))
        return {QStringLiteral("Salle 12 — NSI"),
                QStringLiteral("alice"),
                QStringLiteral("bob"),
                QStringLiteral("zoé"),
                QStringLiteral("emma"),
                QStringLiteral("david"),
                QStringLiteral("carol"),
                QStringLiteral("Bonjour à tous ! On teste le chat du cours."),
                QStringLiteral("Salut alice, ça marche chez moi."),
                QStringLiteral("coucou depuis nc, les accents passent : été, Noël"),
                QStringLiteral("tu as fini l'exercice 2 ?"),
                QStringLiteral("Le HTML reste du texte : <b>gras</b> <img src=x>"),
                QStringLiteral("Pause dans 5 minutes."),
                QStringLiteral("Rendez les copies avant 10 h 30."),
                QStringLiteral("Bonjour à tous !"),
                QStringLiteral("Salut, je vous vois tous."),
                QStringLiteral("Ouvrez l’exercice 3."),
                QStringLiteral("CDI"),
                QStringLiteral("Labo de physique"),
                QStringLiteral("Je reviens dans")};
    if (language == QLatin1String("es"))
        return {QStringLiteral("Aula 12 — Informática"),
                QStringLiteral("lucía"),
                QStringLiteral("mateo"),
                QStringLiteral("inés"),
                QStringLiteral("pablo"),
                QStringLiteral("sofía"),
                QStringLiteral("diego"),
                QStringLiteral("¡Hola a todos! Probamos el chat de la clase."),
                QStringLiteral("Hola lucía, a mí me funciona."),
                QStringLiteral("hola desde nc, los acentos pasan: año, canción"),
                QStringLiteral("¿has terminado el ejercicio 2?"),
                QStringLiteral("El HTML sigue siendo texto: <b>negrita</b> <img src=x>"),
                QStringLiteral("Pausa en 5 minutos."),
                QStringLiteral("Entregad los trabajos antes de las 10:30."),
                QStringLiteral("¡Hola a todos!"),
                QStringLiteral("Hola, os veo a todos."),
                QStringLiteral("Abrid el ejercicio 3."),
                QStringLiteral("Biblioteca"),
                QStringLiteral("Laboratorio de física"),
                QStringLiteral("Vuelvo en")};
    if (language == QLatin1String("de"))
        return {QStringLiteral("Raum 12 — Informatik"),
                QStringLiteral("lena"),
                QStringLiteral("jonas"),
                QStringLiteral("jürgen"),
                QStringLiteral("emma"),
                QStringLiteral("paul"),
                QStringLiteral("mia"),
                QStringLiteral("Hallo zusammen! Wir testen den Chat der Stunde."),
                QStringLiteral("Hallo lena, bei mir geht es."),
                QStringLiteral("Grüße aus nc, Umlaute gehen: Größe, Übung"),
                QStringLiteral("bist du mit Aufgabe 2 fertig?"),
                QStringLiteral("HTML bleibt Text: <b>fett</b> <img src=x>"),
                QStringLiteral("Pause in 5 Minuten."),
                QStringLiteral("Gebt die Arbeiten bis 10:30 ab."),
                QStringLiteral("Hallo zusammen!"),
                QStringLiteral("Hallo, ich sehe euch alle."),
                QStringLiteral("Öffnet Aufgabe 3."),
                QStringLiteral("Bibliothek"),
                QStringLiteral("Physiklabor"),
                QStringLiteral("Bin gleich")};
    if (language == QLatin1String("ar"))
        return {QStringLiteral("القاعة 12 — المعلوماتية"),
                QStringLiteral("ليلى"),
                QStringLiteral("عمر"),
                QStringLiteral("زينب"),
                QStringLiteral("يوسف"),
                QStringLiteral("سارة"),
                QStringLiteral("karim"),
                QStringLiteral("مرحبًا بالجميع! نجرّب محادثة الصف."),
                QStringLiteral("أهلًا ليلى، تعمل عندي."),
                QStringLiteral("تحية من nc، والحروف العربية تمرّ كما هي"),
                QStringLiteral("هل أنهيتِ التمرين 2؟"),
                QStringLiteral("يبقى HTML نصًا: <b>عريض</b> <img src=x>"),
                QStringLiteral("استراحة بعد 5 دقائق."),
                QStringLiteral("سلّموا الأوراق قبل 10:30."),
                QStringLiteral("مرحبًا بالجميع!"),
                QStringLiteral("أهلًا، أراكم جميعًا."),
                QStringLiteral("افتحوا التمرين 3."),
                QStringLiteral("المكتبة"),
                QStringLiteral("مختبر الفيزياء"),
                QStringLiteral("سأعود بعد")};
    return {QStringLiteral("Room 12 — CS class"),
            QStringLiteral("alice"),
            QStringLiteral("bob"),
            QStringLiteral("zoé"),
            QStringLiteral("emma"),
            QStringLiteral("david"),
            QStringLiteral("carol"),
            QStringLiteral("Bonjour à tous ! On teste le chat du cours."),
            QStringLiteral("Salut alice, ça marche chez moi."),
            QStringLiteral("coucou depuis nc, les accents passent : été, Noël"),
            QStringLiteral("tu as fini l'exercice 2 ?"),
            QStringLiteral("Le HTML reste du texte : <b>gras</b> <img src=x>"),
            QStringLiteral("Break in 5 minutes."),
            QStringLiteral("Hand in your papers by 10:30."),
            QStringLiteral("Hello everyone!"),
            QStringLiteral("Hi, I can see you all."),
            QStringLiteral("Open exercise 3."),
            QStringLiteral("Library"),
            QStringLiteral("Physics lab"),
            QStringLiteral("Back in a")};
}

// Saves the modal dialog named `name` once it shows, then closes it
// (rejected). False if none showed within 10 s. A timer looks for it: the
// dialog runs its own event loop, inside whatever processes events here.
bool saveDialog(const QString &name, const QString &path)
{
    bool saved = false;
    bool seen = false;
    QTimer look;
    look.setInterval(50);
    QObject::connect(&look, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        look.stop();
        seen = true;
        saved = dialog->grab().save(path);
        QTextStream(stdout) << "wrote " << path << Qt::endl;
        dialog->reject();
    });
    look.start();
    return waitUntil([&seen] { return seen; }) && saved;
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
    const Conversation says = conversationIn(language);
    server.setRoomName(says.room);
    // The server's identity, made in this run's scratch data folder.
    QString identityError;
    if (!server.useIdentityIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                              &identityError)) {
        QTextStream(stderr) << identityError << Qt::endl;
        return 1;
    }
    server.setPort(0);
    server.resize(1000, 560);
    server.show();
    if (!server.startServer())
        return 1;
    const quint16 port = server.server()->serverPort();

    // This PC's own windows know the server's certificate.
    LocalClients::trustOwnServer(server.server());
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
    ClientWindow *alice = openClient(says.alice);
    ok &= waitUntil([alice] { return alice->client()->state() == ChatClient::State::Connected; });
    ClientWindow *bob = openClient(says.bob);
    // Bob watches the wire from the start.
    bob->resize(860, 760);
    bob->wireInspector()->toggleViewAction()->trigger();
    ok &= waitUntil([bob] { return bob->client()->state() == ChatClient::State::Connected; });

    // A student with nc.
    QTcpSocket nc;
    nc.connectToHost(QHostAddress::LocalHost, port);
    ok &= waitUntil([&nc] { return nc.state() == QAbstractSocket::ConnectedState; });
    nc.write("/nick " + says.zoe.toUtf8() + '\n');
    ok &= waitUntil([alice] { return alice->client()->people().size() == 3; });

    const auto say = [](ClientWindow *window, const QString &text) {
        auto *field = window->findChild<QLineEdit *>(QStringLiteral("messageField"));
        field->setText(text);
        QMetaObject::invokeMethod(field, "returnPressed");
    };
    say(alice, says.hello);
    settle();
    say(bob, says.reply);
    settle();
    nc.write(says.fromNc.toUtf8() + '\n');
    settle();
    say(bob, QStringLiteral("/msg %1 %2").arg(says.alice, says.question));
    settle();
    say(alice, says.markup);
    ok &= waitUntil([bob] {
        return bob->findChild<QWidget *>(QStringLiteral("log"))
            ->property("plainText")
            .toString()
            .contains(QStringLiteral("<img src=x>"));
    });
    server.server()->announce(says.pause);
    settle();

    ok &= save(&server, path("server-window"));
    ok &= save(alice, path("client-window"));
    if (dark)
        return ok ? 0 : 1;

    // The wire inspector, a line of bob's chosen to show its bytes.
    auto *table = bob->wireInspector()->findChild<QTableView *>(QStringLiteral("wireTable"));
    for (int row = table->model()->rowCount() - 1; row >= 0; --row) {
        if (table->model()
                ->index(row, WireLogModel::ContentColumn)
                .data()
                .toString()
                .contains(QLatin1String("\"say\""))) {
            table->setCurrentIndex(table->model()->index(row, 0));
            break;
        }
    }
    ok &= save(bob, path("wire-inspector"));

    // The teacher's room: a code on the projector, hands up, a student
    // muted, an announcement that stays; and a newcomer asked for the code.
    ChatServer *room = server.server();
    room->setRoomCode(QStringLiteral("482913"));
    alice->client()->setHandRaised(true);
    settle();
    nc.write("/hand\n");
    ok &= waitUntil([room] { return room->hands().size() == 2; });
    room->setMuted(says.zoe, true);
    room->announce(says.handIn);
    ok &= waitUntil([alice] {
        return alice->findChild<QWidget *>(QStringLiteral("announcementBar"))->isVisible();
    });
    settle();
    ok &= save(&server, path("server-teacher"));
    ok &= save(alice, path("client-teacher"));
    ClientWindow newcomer;
    newcomer.setHost(QStringLiteral("127.0.0.1"));
    newcomer.setPort(port);
    newcomer.setNick(says.emma);
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
    room->setMuted(says.zoe, false);

    // Files: the teacher hands out a worksheet and collects work; alice
    // has it, and hands hers in.
    {
        struct Names
        {
            QString worksheet, answers, title;
        };
        const QHash<QString, Names> names{
            {QStringLiteral("fr"),
             {QStringLiteral("exercice-3.pdf"), QStringLiteral("mes-réponses.odt"),
              QStringLiteral("Exercice 3")}},
            {QStringLiteral("es"),
             {QStringLiteral("ejercicio-3.pdf"), QStringLiteral("mis-respuestas.odt"),
              QStringLiteral("Ejercicio 3")}},
            {QStringLiteral("de"),
             {QStringLiteral("aufgabe-3.pdf"), QStringLiteral("meine-antworten.odt"),
              QStringLiteral("Aufgabe 3")}},
            {QStringLiteral("ar"),
             {QStringLiteral("تمرين-3.pdf"), QStringLiteral("إجاباتي.odt"),
              QStringLiteral("التمرين 3")}},
        };
        const Names file =
            names.value(language, {QStringLiteral("worksheet-3.pdf"),
                                   QStringLiteral("my-answers.odt"), QStringLiteral("Exercise 3")});
        const QDir scratch(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        const auto write = [&scratch](const QString &name, qint64 size) {
            QFile out(scratch.filePath(name));
            out.open(QIODevice::WriteOnly);
            out.write(QByteArray(size, 'x'));
            return out.fileName();
        };
        room->setHandInFolder(scratch.filePath(QStringLiteral("hand-ins")));
        for (ClientWindow *student : {alice, bob})
            student->fileTransfers()->setDownloadFolder(
                scratch.filePath(student->client()->nick()));
        room->handOut(write(file.worksheet, 734003));
        ok &= waitUntil([alice] {
            return !alice->fileTransfers()->jobs().isEmpty() &&
                   alice->fileTransfers()->jobs().constFirst()->state() == TransferJob::State::Done;
        });
        room->collect(file.title);
        ok &= waitUntil([alice] { return alice->fileTransfers()->isCollecting(); });
        alice->transfersPanel()->handIn({write(file.answers, 1258291)});
        ok &= waitUntil(
            [room] { return room->collection() && !room->collection()->handIns.isEmpty(); });
        ok &= waitUntil([alice] {
            return alice->fileTransfers()->jobs().size() == 2 &&
                   alice->fileTransfers()->jobs().constLast()->state() == TransferJob::State::Done;
        });
        server.findChild<QTabWidget *>(QStringLiteral("rightTabs"))->setCurrentIndex(1);
        settle();
        ok &= save(&server, path("server-files"));
        ok &= save(alice, path("client-files"));
        server.findChild<QTabWidget *>(QStringLiteral("rightTabs"))->setCurrentIndex(0);
        room->stopCollecting();
    }

    // `salon demo --clients 8` as a projector shows it, at the two usual sizes.
    for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
        DemoWindow demo;
        demo.setGeometry(QRect(QPoint(0, 0), screen));
        // As `salon demo` does: the server's identity, so its panes join encrypted.
        if (!demo.server()->useIdentityIn(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), &identityError))
            return 1;
        demo.show();
        ok &= demo.start(0, 8);
        ok &= waitUntil([&demo] { return demo.server()->server()->participants().size() == 8; });
        const auto sayIn = [&say, &demo](int pane, const QString &text) {
            say(demo.clients().at(pane), text);
            settle();
        };
        sayIn(0, says.demoHello);
        sayIn(3, says.demoHi);
        sayIn(6, QStringLiteral("/msg alice ok ?"));
        demo.server()->server()->announce(says.demoExercise);
        settle();
        ok &= save(&demo, screen.width() == 1366 ? path("demo") : path("demo-1920"));
        demo.close();
    }

    // Servers found on this PC: two more rooms announce themselves.
    DiscoveryAnnouncer library;
    DiscoveryAnnouncer lab;
    // Each room signs its announcements with its own key.
    for (DiscoveryAnnouncer *announcer : {&library, &lab}) {
        const auto made = KeyForge::generate(QStringLiteral("Salon"));
        announcer->setIdentity(made->privateKeyPem, made->certificatePem, 1);
    }
    library.start(Discovery::Scope::Loopback, 12810, says.library);
    lab.start(Discovery::Scope::Loopback, 12820, says.lab);
    ClientWindow finder;
    finder.setNick(says.david);
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
        // The list opens under the box, from its left edge, or its right
        // one in a right-to-left language.
        const int x =
            box->isRightToLeft() ? box->width() - int(popup.width() / popup.devicePixelRatio()) : 0;
        painter.drawPixmap(box->mapTo(&finder, QPoint(x, box->height())), popup);
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
    refused.setNick(says.carol);
    refused.resize(860, 300);
    refused.show();
    refused.connectToServer();
    ok &= waitUntil([&refused] {
        return refused.findChild<QWidget *>(QStringLiteral("errorLabel"))->isVisible();
    });
    ok &= save(&refused, path("client-error"));

    // A student's first time in the room (on another PC, as "localhost"
    // stands for here): the fingerprint to compare with the projector.
    ClientWindow stranger;
    stranger.setHost(QStringLiteral("localhost"));
    stranger.setPort(port);
    stranger.setNick(says.emma);
    stranger.resize(860, 300);
    stranger.show();
    ServerTrust::forget(QStringLiteral("localhost"), port);
    stranger.connectToServer();
    ok &= saveDialog(QStringLiteral("firstMeetingDialog"), path("client-fingerprint"));
    // Another fingerprint than the one accepted before: stopped, and why.
    ServerTrust::pin(QStringLiteral("localhost"), port,
                     QCryptographicHash::hash("another server", QCryptographicHash::Sha256));
    stranger.connectToServer();
    ok &= saveDialog(QStringLiteral("identityChangedDialog"), path("client-identity-changed"));
    ServerTrust::forget(QStringLiteral("localhost"), port);
    stranger.close();

    // The address for phones, large, for the projector.
    if (auto *large = server.findChild<QPushButton *>(QStringLiteral("largeQrCode"))) {
        QTimer::singleShot(0, large, &QPushButton::click);
        ok &= saveDialog(QStringLiteral("largeQrDialog"), path("server-qr"));
    }

    // The server stops: alice keeps what she was typing and counts down.
    alice->findChild<QLineEdit *>(QStringLiteral("messageField"))->setText(says.backIn);
    server.stopServer();
    ok &=
        waitUntil([alice] { return alice->client()->state() == ChatClient::State::Reconnecting; });
    ok &= save(alice, path("client-reconnecting"));

    return ok ? 0 : 1;
}
