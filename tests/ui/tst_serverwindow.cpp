// The server window as a teacher uses it: start, watch people come and go,
// announce, remove someone, understand a port conflict.

#include "addresslistwidget.h"
#include "chatlogview.h"
#include "clientwindow.h"
#include "discovery/discovery.h"
#include "handspanel.h"
#include "qrcodewidget.h"
#include "roomcodepanel.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "serverwindow.h"
#include "testpeers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>
#include <memory>

class TestServerWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startShowsThePortAndTheAddresses();
    void clientListFollowsJoinsAndLeaves();
    void theStatusSaysHowFullTheRoomIs();
    void lockingTheRoomKeepsNewcomersOut();
    void aRoomCodeIsShownLargeAndGuessingWarns();
    void aMessageIsRemovedFromTheLogsMenu();
    void theToolbarHasTheTeachersToolsOneClickAway();
    void theRoomsHistoryIsSavedAsAReadablePage();
    void aDefaultRoomNameFollowsTheLanguage();
    void theWindowReadsTheWayItsLanguageDoes_data();
    void theWindowReadsTheWayItsLanguageDoes();
    void theTeacherMutesAndQuietsFromTheWindow();
    void raisedHandsShowInOrderAndAreLowered();
    void logShowsMessagesAsPlainText();
    void announcementReachesClients();
    void disconnectRemovesTheSelectedClient();
    void portInUseIsShownInTheWindow();
    void stopEmptiesTheRoom();
    void openClientWindowJoinsUnderFreeNames();
    void theRoomIsFoundByClientsOnThisPc();
    void theFingerprintIsOnTheProjectorAndANewIdentityChangesIt();
    void zoomGrowsTheLogAndTheList();
    void phonesGetAnAddressAndAQrCode();
    void saveLogWritesWhatTheLogShows();
    void aNameIsFoundAmongACrowd();

private:
    quint16 start();
    // The list of people as the window shows it: rows read through its view.
    struct Row
    {
        QTreeView *view;
        QModelIndex index;
        QString text(int column) const { return index.siblingAtColumn(column).data().toString(); }
    };
    struct ClientList
    {
        QTreeView *view;
        int topLevelItemCount() const { return view->model()->rowCount(); }
        void setCurrentItem(const std::optional<Row> &row) const
        {
            view->selectionModel()->setCurrentIndex(
                row->index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QFont font() const { return view->font(); }
    };
    std::unique_ptr<ClientList> clients() const
    {
        return std::make_unique<ClientList>(
            ClientList{m_window->findChild<QTreeView *>(QStringLiteral("clients"))});
    }
    QString logText() const
    {
        return m_window->findChild<ChatLogView *>(QStringLiteral("log"))->toPlainText();
    }
    std::optional<Row> row(const QString &nick) const;

    std::unique_ptr<ServerWindow> m_window;
};

void TestServerWindow::init()
{
    m_window = std::make_unique<ServerWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestServerWindow::cleanup()
{
    m_window.reset();
}

quint16 TestServerWindow::start()
{
    m_window->setPort(0); // any free port
    if (!m_window->startServer())
        return 0;
    return m_window->server()->serverPort();
}

std::optional<TestServerWindow::Row> TestServerWindow::row(const QString &nick) const
{
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("clients"));
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                                                       nick, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return std::nullopt;
    return Row{view, found.first()};
}

void TestServerWindow::startShowsThePortAndTheAddresses()
{
    const quint16 port = start();
    QVERIFY(port != 0);
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY2(status->text().contains(QString::number(port)), qPrintable(status->text()));
    QVERIFY(m_window->windowTitle().contains(QString::number(port)));
    const auto *addresses = m_window->findChild<AddressListWidget *>(QStringLiteral("addresses"));
    QVERIFY2(addresses->addresses().contains(QStringLiteral("127.0.0.1")),
             qPrintable(addresses->addresses().join(u' ')));
    QVERIFY(!addresses->findChildren<QToolButton *>().isEmpty());
    QTRY_VERIFY(logText().contains(QStringLiteral("The room is open on port %1.").arg(port)));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("startButton"))->text(),
             QStringLiteral("&Stop"));
}

void TestServerWindow::clientListFollowsJoinsAndLeaves()
{
    const quint16 port = start();
    auto alice = std::make_unique<SalonPeer>(port, QStringLiteral("alice"));
    TextPeer nc(port);
    nc.send("hi\n");
    QTRY_COMPARE(clients()->topLevelItemCount(), 2);
    const auto aliceRow = row(QStringLiteral("alice"));
    QVERIFY(aliceRow);
    QVERIFY2(aliceRow->text(1).startsWith(QLatin1String("127.0.0.1:")),
             qPrintable(aliceRow->text(1)));
    QCOMPARE(aliceRow->text(2), QStringLiteral("Salon"));
    const auto guestRow = row(QStringLiteral("guest-1"));
    QVERIFY(guestRow);
    QCOMPARE(guestRow->text(1), QStringLiteral("127.0.0.1:%1").arg(nc.socket.localPort()));
    QCOMPARE(guestRow->text(2), QStringLiteral("Text"));
    QVERIFY(!guestRow->text(3).isEmpty());

    nc.send("/nick Zoé\n");
    QTRY_VERIFY(row(QStringLiteral("Zoé")));
    alice.reset();
    QTRY_COMPARE(clients()->topLevelItemCount(), 1);
    QTRY_VERIFY(logText().contains(QLatin1String("alice left: connection closed.")));
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("status"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("1 person")), qPrintable(status->text()));
}

void TestServerWindow::theStatusSaysHowFullTheRoomIs()
{
    ServerLimits limits;
    limits.maxClients = 2;
    m_window->server()->setLimits(limits);
    m_window->server()->setIdentifyTimeout(60 * 1000); // silent ones stay getting in
    const quint16 port = start();
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("status"));
    TextPeer silent(port);
    QTRY_VERIFY2(status->text().contains(QLatin1String("1 getting in")),
                 qPrintable(status->text()));
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    QTRY_VERIFY2(status->text().contains(QLatin1String("2 person")) &&
                     status->text().contains(QLatin1String("The room is full")),
                 qPrintable(status->text()));
    TextPeer late(port);
    QTRY_VERIFY(late.closed);
    QTRY_VERIFY2(status->text().contains(QLatin1String("1 turned away in the last minute")),
                 qPrintable(status->text()));
    QTRY_VERIFY(logText().contains(QLatin1String("Refused 127.0.0.1")));
    if (const QByteArray folder = qgetenv("SALON_SHOTS"); !folder.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/full-room.png"));
}

void TestServerWindow::lockingTheRoomKeepsNewcomersOut()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    auto *lock = m_window->findChild<QAction *>(QStringLiteral("lockAction"));
    QVERIFY(lock && lock->isCheckable() && !lock->isChecked());
    lock->trigger();
    QVERIFY(m_window->server()->isLocked());
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("status"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("Locked")), qPrintable(status->text()));
    QTRY_VERIFY(logText().contains(QLatin1String("Teacher locked the room")));
    TextPeer late(port);
    late.send("hi\n");
    QTRY_VERIFY(late.closed);
    QVERIFY(late.receivedStartingWith(QStringLiteral("!!! The room is locked")));
    lock->trigger();
    QVERIFY(!m_window->server()->isLocked());
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
}

void TestServerWindow::aRoomCodeIsShownLargeAndGuessingWarns()
{
    const quint16 port = start();
    auto *panel = m_window->findChild<RoomCodePanel *>(QStringLiteral("roomCodePanel"));
    QVERIFY(panel && !panel->isVisible());
    // Room ▸ Require a code…, Generate, OK.
    QString generated;
    QTimer::singleShot(0, this, [&generated] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("roomCodeField"));
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("Generate")))
                button->click();
        }
        generated = field->text();
        QTest::keyClick(field, Qt::Key_Return);
    });
    m_window->findChild<QAction *>(QStringLiteral("roomCodeAction"))->trigger();
    QCOMPARE(generated.size(), 6);
    QCOMPARE(m_window->server()->roomCode(), generated);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->shownCode(), generated.left(3) + u' ' + generated.mid(3));
    const auto *code = panel->findChild<QLabel *>(QStringLiteral("roomCode"));
    QVERIFY(code->fontInfo().pixelSize() >= 3 * m_window->fontInfo().pixelSize());

    TextPeer student(port);
    student.send(generated.toLatin1() + '\n');
    QTRY_VERIFY(student.receivedStartingWith(QStringLiteral("*** You are guest")));
    for (int i = 0; i < CodeGate::RoomBudget; ++i) {
        TextPeer guesser(port);
        guesser.send("0\n");
        QTRY_VERIFY(guesser.closed);
    }
    QTRY_VERIFY2(panel->warning().contains(QLatin1String("someone may be guessing")),
                 qPrintable(panel->warning()));
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("status"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("20 wrong code")),
                 qPrintable(status->text()));
    if (const QByteArray folder = qgetenv("SALON_SHOTS"); !folder.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/server-code.png"));
    // The code is a secret: shown large, never in the log (which can be saved).
    QVERIFY(logText().contains(QLatin1String("Teacher set a room code")));
    QVERIFY(!logText().contains(generated));
}

void TestServerWindow::aMessageIsRemovedFromTheLogsMenu()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    TextPeer nc(port);
    QTRY_VERIFY(alice.inRoom());
    nc.send("something hurtful\n");
    QTRY_VERIFY(logText().contains(QLatin1String("something hurtful")));
    auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    log->flush();
    // Right-click on the message's line.
    QTextCursor cursor = log->document()->find(QStringLiteral("something hurtful"));
    const QPoint onIt = log->cursorRect(cursor).center();
    QVERIFY(log->messageIdAt(onIt) > 0);
    QSignalSpy removed(&alice.client, &ChatClient::messageDeleted);
    emit log->customContextMenuRequested(onIt);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    auto *remove = menu->findChild<QAction *>(QStringLiteral("removeMessageAction"));
    QVERIFY(remove);
    remove->trigger();
    menu->close();
    QTRY_COMPARE(removed.size(), 1);
    QTRY_VERIFY(!logText().contains(QLatin1String("something hurtful")));
    QVERIFY(logText().contains(QLatin1String("(removed: a message from guest-1)")));
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("*** The teacher removed a message")));
}

void TestServerWindow::theToolbarHasTheTeachersToolsOneClickAway()
{
    start();
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("roomToolBar"));
    QVERIFY(bar && bar->isVisible());
    auto *lock = m_window->findChild<QAction *>(QStringLiteral("lockAction"));
    auto *quiet = m_window->findChild<QAction *>(QStringLiteral("quietAction"));
    QVERIFY(bar->actions().contains(lock) && bar->actions().contains(quiet));
    QTest::mouseClick(bar->widgetForAction(lock), Qt::LeftButton);
    QVERIFY(m_window->server()->isLocked());
    QTest::mouseClick(bar->widgetForAction(quiet), Qt::LeftButton);
    QVERIFY(m_window->server()->isQuiet());
    // Changed elsewhere (the console, a restart), the buttons follow.
    m_window->server()->setLocked(false);
    QVERIFY(!lock->isChecked());
    m_window->server()->startLesson();
    QVERIFY(!quiet->isChecked());
}

void TestServerWindow::theRoomsHistoryIsSavedAsAReadablePage()
{
    const QTemporaryDir data;
    m_window->server()->setHistoryFolder(data.path());
    const quint16 port = start();
    TextPeer nc(port);
    nc.send("<b>bonjour</b>\n");
    QTRY_VERIFY(logText().contains(QLatin1String("<b>bonjour</b>")));
    m_window->server()->announce(QStringLiteral("Exam in 5 minutes"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("saveHistoryAction")));
    QString error;
    const QString page = data.filePath(QStringLiteral("transcript.html"));
    QVERIFY2(m_window->saveHistoryAs(page, &error), qPrintable(error));
    QFile saved(page);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray html = saved.readAll();
    QVERIFY(html.contains("guest-1"));
    QVERIFY(html.contains("&lt;b&gt;bonjour&lt;/b&gt;"));
    QVERIFY(html.contains("Exam in 5 minutes"));
}

void TestServerWindow::aDefaultRoomNameFollowsTheLanguage()
{
    // Untouched, the name is not remembered: it is the language's next time.
    auto *room = m_window->findChild<QLineEdit *>(QStringLiteral("roomField"));
    QVERIFY(room);
    QCOMPARE(room->text(), ServerWindow::defaultRoomName());
    m_window->close();
    QVERIFY(!QSettings().contains(QStringLiteral("server/room")));
    // What Salon 1.0 saved in English is read as the default too.
    QSettings().setValue(QStringLiteral("server/room"),
                         QStringLiteral("Salon on %1").arg(QSysInfo::machineHostName()).left(40));
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/salon_fr.qm")));
    QCoreApplication::installTranslator(&french);
    {
        ServerWindow again;
        const QString shown = again.findChild<QLineEdit *>(QStringLiteral("roomField"))->text();
        QVERIFY2(shown.startsWith(QLatin1String("Salon sur ")), qPrintable(shown));
        // A name the teacher typed is theirs, in any language.
        again.setRoomName(QStringLiteral("Salle 12"));
        again.close();
    }
    QCoreApplication::removeTranslator(&french);
    ServerWindow english;
    QCOMPARE(english.findChild<QLineEdit *>(QStringLiteral("roomField"))->text(),
             QStringLiteral("Salle 12"));
    english.setRoomName(ServerWindow::defaultRoomName());
    english.close();
}

void TestServerWindow::theWindowReadsTheWayItsLanguageDoes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("title");
    QTest::newRow("French") << QStringLiteral("fr") << Qt::LeftToRight
                            << QStringLiteral("Salon — Serveur");
    QTest::newRow("Spanish") << QStringLiteral("es") << Qt::LeftToRight
                             << QStringLiteral("Salon — Servidor");
    QTest::newRow("German") << QStringLiteral("de") << Qt::LeftToRight
                            << QStringLiteral("Salon — Server");
    QTest::newRow("Arabic") << QStringLiteral("ar") << Qt::RightToLeft
                            << QStringLiteral("Salon — الخادم");
}

void TestServerWindow::theWindowReadsTheWayItsLanguageDoes()
{
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, title);
    // Salon's own translation says which way the language reads, whether
    // Qt's translations are installed or not.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/salon_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(QGuiApplication::layoutDirection(), direction);
    {
        ServerWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), title);
        // Each label sits before its field as the language reads: on its
        // right in Arabic.
        auto *room = window.findChild<QLineEdit *>(QStringLiteral("roomField"));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        const auto label = std::find_if(labels.cbegin(), labels.cend(), [room](const QLabel *each) {
            return each->buddy() == room;
        });
        QVERIFY(label != labels.cend());
        const int labelX = (*label)->mapTo(&window, (*label)->rect().center()).x();
        const int roomX = room->mapTo(&window, room->rect().center()).x();
        QVERIFY2(direction == Qt::RightToLeft ? labelX > roomX : labelX < roomX,
                 qPrintable(QStringLiteral("label at %1, field at %2").arg(labelX).arg(roomX)));
        // So do the menus: the first one is on the right in Arabic.
        const QMenuBar *bar = window.menuBar();
        const int first = bar->actionGeometry(bar->actions().constFirst()).center().x();
        QVERIFY(direction == Qt::RightToLeft ? first > bar->width() / 2 : first < bar->width() / 2);
        window.close();
    }
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestServerWindow::logShowsMessagesAsPlainText()
{
    const quint16 port = start();
    TextPeer nc(port);
    nc.send("<b>gras</b><img src=x> \x1b[31mrouge\x07 a\xe2\x80\xae"
            "exe.txt\n");
    QTRY_VERIFY2(logText().contains(
                     QLatin1String("guest-1: <b>gras</b><img src=x> [31mrouge a[U+202E]exe.txt")),
                 qPrintable(logText()));
    nc.send("/nick <b>x</b>\n"); // nickname rules keep markup out of the people list
    QTRY_VERIFY(nc.receivedStartingWith(QStringLiteral("!!! A nickname may hold only")));
    QVERIFY(row(QStringLiteral("guest-1")));
    const QString html =
        m_window->findChild<ChatLogView *>(QStringLiteral("log"))->document()->toHtml();
    QVERIFY(!html.contains(QLatin1String("<img")));
}

void TestServerWindow::announcementReachesClients()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("announcementField"));
    QVERIFY(field->isEnabled());
    QTest::keyClicks(field, QStringLiteral("Rendez les copies"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(alice.notices, QStringList{QStringLiteral("Rendez les copies")});
    QVERIFY(field->text().isEmpty());
    QVERIFY(logText().contains(QLatin1String("Rendez les copies")));
}

void TestServerWindow::disconnectRemovesTheSelectedClient()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 2);
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("disconnectButton"));
    QVERIFY(!button->isEnabled());
    clients()->setCurrentItem(row(QStringLiteral("bob")));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(bob.disconnections.size(), 1);
    QTRY_COMPARE(clients()->topLevelItemCount(), 1);
    QVERIFY(row(QStringLiteral("alice")));
    QTRY_COMPARE(alice.left, QStringList{QStringLiteral("bob")});
    QVERIFY(logText().contains(QLatin1String("bob left: removed by the host.")));
}

void TestServerWindow::theTeacherMutesAndQuietsFromTheWindow()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    SalonPeer bob(port, QStringLiteral("bob"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 2);
    // Listed as soon as let in; their welcome comes a pass later.
    QTRY_VERIFY(alice.inRoom() && bob.inRoom());
    auto *mute = m_window->findChild<QAction *>(QStringLiteral("muteAction"));
    QVERIFY(mute && !mute->isEnabled());
    clients()->setCurrentItem(row(QStringLiteral("bob")));
    QVERIFY(mute->isEnabled() && !mute->isChecked());
    mute->trigger();
    QVERIFY(m_window->server()->isMuted(QStringLiteral("bob")));
    QVERIFY(mute->isChecked());
    QTRY_VERIFY(logText().contains(QLatin1String("Teacher muted bob")));
    bob.client.sendMessage(QStringLiteral("hello?"));
    QTRY_VERIFY(bob.errors.join(u'|').contains(QLatin1String("muted")));
    clients()->setCurrentItem(row(QStringLiteral("alice")));
    QVERIFY(!mute->isChecked()); // alice is not

    auto *quiet = m_window->findChild<QAction *>(QStringLiteral("quietAction"));
    quiet->trigger();
    QVERIFY(m_window->server()->isQuiet());
    QTRY_VERIFY(alice.notices.join(u'|').contains(QLatin1String("Only the teacher speaks")));
    m_window->server()->setQuiet(false); // from the console, say: the menu follows
    QVERIFY(!quiet->isChecked());
}

void TestServerWindow::raisedHandsShowInOrderAndAreLowered()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    TextPeer zoe(port);
    zoe.send("/nick zoe\n");
    QTRY_COMPARE(clients()->topLevelItemCount(), 2);
    QTRY_VERIFY(row(QStringLiteral("zoe")));
    zoe.send("/hand\n");
    QTRY_COMPARE(m_window->server()->hands().size(), 1);
    QTRY_VERIFY(alice.inRoom());
    alice.client.setHandRaised(true);
    QTRY_COMPARE(m_window->server()->hands().size(), 2);
    auto *panel = m_window->findChild<HandsPanel *>(QStringLiteral("hands"));
    QTRY_COMPARE(panel->shown().size(), 2);
    QVERIFY(panel->isVisible()); // it appears when a hand goes up
    QVERIFY2(panel->shown().at(0).startsWith(QLatin1String("1. zoe")),
             qPrintable(panel->shown().at(0)));
    QVERIFY(panel->shown().at(1).startsWith(QLatin1String("2. alice")));
    QVERIFY(panel->title().contains(QLatin1String("(2)")));
    QTRY_VERIFY(logText().contains(QLatin1String("zoe raised a hand")));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("lowerAllHands")),
                      Qt::LeftButton);
    QTRY_VERIFY(panel->shown().isEmpty());
    QVERIFY(!panel->isVisible());
    QTRY_VERIFY(zoe.received(QStringLiteral("*** Your hand is down.")));
}

void TestServerWindow::portInUseIsShownInTheWindow()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::Any, 0));
    m_window->setPort(other.serverPort());
    QVERIFY(!m_window->startServer());
    const QString expected = QStringLiteral("Port %1 is already in use").arg(other.serverPort());
    QVERIFY2(logText().contains(expected), qPrintable(logText()));
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status->text().contains(expected));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("startButton"))->text(),
             QStringLiteral("&Start"));
    // The next free port, one click away.
    auto *free = m_window->findChild<QPushButton *>(QStringLiteral("freePortButton"));
    QVERIFY(free->isVisible());
    QVERIFY2(free->text().startsWith(QLatin1String("Use port ")), qPrintable(free->text()));
    QTest::mouseClick(free, Qt::LeftButton);
    QVERIFY(m_window->server()->isListening());
    QVERIFY(m_window->server()->serverPort() > other.serverPort());
    QVERIFY(!free->isVisible());
}

void TestServerWindow::stopEmptiesTheRoom()
{
    const quint16 port = start();
    SalonPeer alice(port, QStringLiteral("alice"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 1);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QVERIFY(!m_window->server()->isListening());
    QCOMPARE(clients()->topLevelItemCount(), 0);
    QTRY_COMPARE(alice.disconnections.size(), 1);
    QVERIFY(logText().contains(QLatin1String("The room is closed.")));
}

void TestServerWindow::openClientWindowJoinsUnderFreeNames()
{
    start();
    std::unique_ptr<ClientWindow> first(m_window->openClientWindow());
    std::unique_ptr<ClientWindow> second(m_window->openClientWindow());
    QVERIFY(first && second);
    first->setAttribute(Qt::WA_DeleteOnClose, false);
    second->setAttribute(Qt::WA_DeleteOnClose, false);
    QTRY_COMPARE(first->client()->state(), ChatClient::State::Connected);
    QTRY_COMPARE(second->client()->state(), ChatClient::State::Connected);
    QCOMPARE(first->client()->nick(), QStringLiteral("alice"));
    QCOMPARE(second->client()->nick(), QStringLiteral("bob"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 2);
    QCOMPARE(first->client()->host(), QStringLiteral("127.0.0.1"));

    // Quitting the room closes the windows it opened (the demo ends as a
    // whole): none is left trying to reconnect to a room that is gone.
    QVERIFY(first->isVisible() && second->isVisible());
    auto *quit = [this] {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == QLatin1String("&Quit"))
                return action;
        }
        return static_cast<QAction *>(nullptr);
    }();
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(!first->isVisible() && !second->isVisible());
    QCOMPARE(first->client()->state(), ChatClient::State::Disconnected);
    QVERIFY(!first->client()->isComingBack());
}

void TestServerWindow::theFingerprintIsOnTheProjectorAndANewIdentityChangesIt()
{
    const auto *shortForm = m_window->findChild<QLabel *>(QStringLiteral("fingerprintShort"));
    const auto *full = m_window->findChild<QLabel *>(QStringLiteral("fingerprintFull"));
    auto *requireTls = m_window->findChild<QAction *>(QStringLiteral("requireTlsAction"));
    QVERIFY(shortForm && full && requireTls);
    // No identity: said in words, nothing to require.
    QVERIFY(!shortForm->isVisible());
    QVERIFY(!requireTls->isEnabled());

    QTemporaryDir folder;
    QString error;
    QVERIFY2(m_window->useIdentityIn(folder.path(), &error), qPrintable(error));
    const QByteArray first = m_window->server()->identity()->sha256();
    QVERIFY(shortForm->isVisible());
    QCOMPARE(shortForm->text(), ServerIdentity::shortForm(first));
    QCOMPARE(full->text().simplified(), ServerIdentity::groups(first));
    QVERIFY(requireTls->isEnabled());
    requireTls->setChecked(true);
    QVERIFY(m_window->server()->requiresTls());
    requireTls->setChecked(false);
    QVERIFY(!m_window->server()->requiresTls());

    // Room ▸ New identity: another fingerprint, on the screen and in the log.
    QVERIFY2(m_window->renewIdentity(&error), qPrintable(error));
    const QByteArray second = m_window->server()->identity()->sha256();
    QVERIFY(second != first);
    QCOMPARE(shortForm->text(), ServerIdentity::shortForm(second));
    QTRY_VERIFY(logText().contains(ServerIdentity::shortForm(second)));
    // And it is the one kept for the next start.
    QCOMPARE(ServerIdentity::loadOrCreate(folder.path(), &error)->sha256(), second);
}

void TestServerWindow::theRoomIsFoundByClientsOnThisPc()
{
    // The windows use the real discovery port, 12800, on loopback only.
    QCOMPARE(Discovery::currentScope(), Discovery::Scope::Loopback);
    // Announcements are signed with the server's key.
    QTemporaryDir identity;
    QString error;
    QVERIFY2(m_window->useIdentityIn(identity.path(), &error), qPrintable(error));
    m_window->setRoomName(QStringLiteral("Salle 12"));
    const quint16 port = start();
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("discoveryLabel"));
    QVERIFY2(label->text().contains(QLatin1String("Salle 12")), qPrintable(label->text()));

    ClientWindow client;
    client.show();
    const QString expected = QStringLiteral("Salle 12 — 127.0.0.1:%1").arg(port);
    const auto listed = [&] {
        for (const QString &item : client.serversListed()) {
            if (item.startsWith(expected))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2(listed(), qPrintable(client.serversListed().join(u'|')));
    // Picking it fills the address and the port.
    auto *box = client.findChild<QComboBox *>(QStringLiteral("hostBox"));
    const QList<QString> items = client.serversListed();
    int index = 0;
    while (!items.at(index).startsWith(expected))
        ++index;
    client.findChild<QLineEdit *>(QStringLiteral("hostField"))->setText(QStringLiteral("typed"));
    emit box->activated(index);
    QCOMPARE(client.findChild<QLineEdit *>(QStringLiteral("hostField"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(client.findChild<QSpinBox *>(QStringLiteral("portField"))->value(), int(port));

    // Renamed while open, the room is found under its new name.
    auto *room = m_window->findChild<QLineEdit *>(QStringLiteral("roomField"));
    QVERIFY(room->isEnabled());
    room->setText(QStringLiteral("Salle 14"));
    emit room->editingFinished();
    QTRY_VERIFY(label->text().contains(QLatin1String("Salle 14")));
    const QString renamed = QStringLiteral("Salle 14 — 127.0.0.1:%1").arg(port);
    const auto listedAs = [&client](const QString &start) {
        const QStringList now = client.serversListed();
        return std::any_of(now.cbegin(), now.cend(),
                           [&start](const QString &item) { return item.startsWith(start); });
    };
    QTRY_VERIFY2(listedAs(renamed), qPrintable(client.serversListed().join(u'|')));

    // Stopped, it says goodbye and leaves the list.
    m_window->stopServer();
    QTRY_VERIFY(!listed());
}

void TestServerWindow::zoomGrowsTheLogAndTheList()
{
    auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    const qreal normal = log->font().pointSizeF();
    QAction *zoomIn = nullptr;
    QAction *reset = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)))
            zoomIn = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0))
            reset = action;
    }
    QVERIFY(zoomIn && reset);
    zoomIn->trigger();
    zoomIn->trigger();
    QVERIFY2(log->font().pointSizeF() >= normal * 1.2,
             qPrintable(QString::number(log->font().pointSizeF())));
    QVERIFY(clients()->font().pointSizeF() > normal);
    // Remembered for the next window.
    ServerWindow next;
    QCOMPARE(next.findChild<ChatLogView *>(QStringLiteral("log"))->font().pointSizeF(),
             log->font().pointSizeF());
    // Normal size, in any window, is normal size in every open window.
    ClientWindow client;
    const auto *clientLog = client.findChild<ChatLogView *>(QStringLiteral("log"));
    QCOMPARE(clientLog->font().pointSizeF(), log->font().pointSizeF());
    reset->trigger();
    QCOMPARE(log->font().pointSizeF(), normal);
    QCOMPARE(next.findChild<ChatLogView *>(QStringLiteral("log"))->font().pointSizeF(), normal);
    QCOMPARE(clientLog->font().pointSizeF(), normal);
}

void TestServerWindow::saveLogWritesWhatTheLogShows()
{
    start();
    TextPeer nc(m_window->server()->serverPort());
    nc.send("<b>saved</b> été\n");
    QTRY_VERIFY(logText().contains(QStringLiteral("guest-1: <b>saved</b> été")));
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(m_window->findChild<ChatLogView *>(QStringLiteral("log"))->saveTo(path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QVERIFY(saved.contains(QStringLiteral("guest-1: <b>saved</b> été")));
    QVERIFY(saved.contains(QLatin1String("The room is open on port")));
}

// What a phone types, or scans, to join: the room's address on the LAN,
// http:// or (only encrypted) https:// with the certificate's hash.
void TestServerWindow::phonesGetAnAddressAndAQrCode()
{
    auto *address = m_window->findChild<QLabel *>(QStringLiteral("browserAddress"));
    auto *code = m_window->findChild<QrCodeWidget *>(QStringLiteral("browserQrCode"));
    QVERIFY(address && code);
    QVERIFY(!address->isVisible()); // no room open, nothing to join
    const quint16 port = start();
    QVERIFY(port);
    QVERIFY(address->isVisible());
    const QRegularExpression plain(
        QStringLiteral("^http://(\\d+\\.\\d+\\.\\d+\\.\\d+):%1/$").arg(port));
    QVERIFY2(plain.match(address->text()).hasMatch(), qPrintable(address->text()));
    // The code holds the same address, and is a QR code: square, with its
    // three finder patterns (a 7-module dark ring in the corners).
    QCOMPARE(code->text(), address->text());
    const auto &modules = code->modules();
    QVERIFY(modules.size() >= 21);
    for (const auto &row : modules)
        QCOMPARE(row.size(), modules.size());
    const qsizetype last = modules.size() - 1;
    for (int i = 0; i < 7; ++i) {
        QVERIFY(modules[0][i] && modules[i][0] && modules[6][i] && modules[i][6]);
        QVERIFY(modules[0][last - i] && modules[last - i][0]);
    }
    QVERIFY(!modules[1][1] && modules[2][2]); // the ring, then the centre

    // Only encrypted: the scheme and the certificate's hash.
    QTemporaryDir folder;
    QString error;
    QVERIFY2(m_window->useIdentityIn(folder.path(), &error), qPrintable(error));
    m_window->findChild<QAction *>(QStringLiteral("requireTlsAction"))->setChecked(true);
    const QString hash = QString::fromLatin1(m_window->server()->identity()->sha256().toHex());
    QVERIFY2(address->text().startsWith(QLatin1String("https://")) &&
                 address->text().endsWith(QStringLiteral(":%1/#sha256=%2").arg(port).arg(hash)),
             qPrintable(address->text()));
    QCOMPARE(code->text(), address->text());
    m_window->findChild<QAction *>(QStringLiteral("requireTlsAction"))->setChecked(false);
}

void TestServerWindow::aNameIsFoundAmongACrowd()
{
    // 80 students; the teacher types a part of one name and finds it, with
    // how many are shown of how many; clearing the field shows them all.
    const quint16 port = start();
    QVERIFY(port);
    std::vector<std::unique_ptr<TextPeer>> crowd;
    for (int i = 0; i < 80; ++i) {
        crowd.push_back(std::make_unique<TextPeer>(port));
        crowd.back()->send("/nick eleve" + QByteArray::number(i) + '\n');
    }
    crowd.push_back(std::make_unique<TextPeer>(port));
    crowd.back()->send("/nick Zoé\n");
    QTRY_VERIFY(row(QStringLiteral("Zoé")));
    QTRY_COMPARE(clients()->topLevelItemCount(), 81);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("peopleFilter"));
    const auto *shown = m_window->findChild<QLabel *>(QStringLiteral("peopleShown"));
    QVERIFY(field && shown);
    QVERIFY(!shown->isVisible());

    QTest::keyClicks(field, QStringLiteral("zo"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 1);
    QCOMPARE(clients()->view->model()->index(0, 0).data().toString(), QStringLiteral("Zoé"));
    QTRY_COMPARE(shown->text(), QStringLiteral("1 of 81 shown"));
    QVERIFY(shown->isVisible());

    // By a part of the address too: all of them come from 127.0.0.1.
    field->setText(QStringLiteral("127.0.0"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 81);
    field->setText(QStringLiteral("eleve7"));
    QTRY_COMPARE(clients()->topLevelItemCount(), 11); // eleve7, eleve70 … eleve79
    // Someone leaving while the field is in use: the count follows.
    crowd.front().reset(); // eleve0
    crowd[7].reset();      // eleve7
    QTRY_COMPARE(clients()->topLevelItemCount(), 10);
    QTRY_COMPARE(shown->text(), QStringLiteral("10 of 79 shown"));

    field->clear();
    QTRY_COMPARE(clients()->topLevelItemCount(), 79);
    QTRY_VERIFY(!shown->isVisible());

    // The log told the crowd in a few lines; their new names too.
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QVERIFY(log);
    for (size_t i = 1; i < 80; ++i) {
        if (crowd[i])
            crowd[i]->send("/nick pupil" + QByteArray::number(qulonglong(i)) + '\n');
    }
    QTRY_VERIFY(row(QStringLiteral("pupil79")));
    static const QRegularExpression renamedSummary(QStringLiteral("New names: .* and \\d+ other"));
    QTRY_VERIFY2(log->toPlainText().contains(renamedSummary), qPrintable(log->toPlainText()));
    const QStringList lines = log->toPlainText().split(QLatin1Char('\n'));
    QVERIFY2(lines.filter(QStringLiteral("is now known as")).size() < 10,
             qPrintable(log->toPlainText()));
    QVERIFY2(lines.filter(QStringLiteral("joined")).size() < 12, qPrintable(log->toPlainText()));
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
