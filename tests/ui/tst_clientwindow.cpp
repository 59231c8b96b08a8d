// The client window as a person uses it: type, press Enter, read.

#include "cableproxy.h"
#include "chatlogview.h"
#include "clientwindow.h"
#include "historylineedit.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <memory>

class TestClientWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void typingAndEnterSendsAndTheFieldRecalls();
    void networkTextIsShownLiterally();
    void peopleListFollowsJoinsAndLeaves();
    void refusedConnectionShowsAnError();
    void invalidNicknameIsExplainedBeforeConnecting();
    void foreignServerSwitchesToRawTextMode();
    void lostServerIsShownWithoutCrashing();
    void hostileServerTextIsShownLiterally();
    void lastHostPortAndNicknameAreRemembered();
    void historyIsShownOnceAcrossReconnections();
    void unreadMessagesShowInTheTitleUntilTheWindowIsActive();
    void doubleClickingANameStartsAPrivateMessage();
    void slashCommandsAreReadAsOnTheServer();
    void aMessageTypedWhileReconnectingWaitsVisiblyThenGoesOnce();
    void aNameLostWhileAwayIsSaidAndAnotherOffered();
    void theTeachersAnnouncementStaysUntilDismissed();
    void theHandButtonShowsWhatTheRoomSays();
    void theRoomCodeIsAskedForThenRemembered();
    void aMessageTheTeacherRemovedLeavesTheScreen();
    void hostColonPortInTheHostBoxConnects();
    void aKickIsSaidOnceNotAsALoss();
    void aCrowdComingAndGoingIsSummarisedNotListed();

private:
    void connectWindow(const QString &nick);
    QStringList peopleShown() const;

    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<ClientWindow> m_window;
    quint16 m_port = 0;
};

void TestClientWindow::init()
{
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
    m_window = std::make_unique<ClientWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestClientWindow::cleanup()
{
    m_window.reset();
    m_server.reset();
}

void TestClientWindow::connectWindow(const QString &nick)
{
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("127.0.0.1"));
    m_window->setPort(m_port);
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(nick);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
}

void TestClientWindow::slashCommandsAreReadAsOnTheServer()
{
    connectWindow(QStringLiteral("zed"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("zed")));
    auto *typed = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    QTest::keyClicks(typed, QStringLiteral("/nick zoe"));
    QTest::keyClick(typed, Qt::Key_Return);
    QTRY_VERIFY2(m_window->windowTitle().contains(QLatin1String("zoe at")),
                 qPrintable(m_window->windowTitle())); // the title follows /nick
    m_window->client()->disconnectFromServer();
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Disconnected);

    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    connectWindow(QStringLiteral("alice"));
    auto *field = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));

    // /who asks the server, and the answer is shown.
    QTest::keyClicks(field, QStringLiteral("/who"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY2(log->toPlainText().contains(QLatin1String("In the room (2): ")),
                 qPrintable(log->toPlainText()));
    // /help is answered here and lists the commands.
    QTest::keyClicks(field, QStringLiteral("/help"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("/nick NAME")));
    // A command that can't be sent says why and stays in the field to mend.
    QTest::keyClicks(field, QStringLiteral("/msg bob"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("Usage: /msg NAME text")));
    QCOMPARE(field->text(), QStringLiteral("/msg bob"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("/dance"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("Unknown command /dance")));
    // Nothing of it reached the room as a message.
    QCOMPARE(bob.messages, QStringList());
}

QStringList TestClientWindow::peopleShown() const
{
    QStringList shown;
    const auto *people = m_window->findChild<QListView *>(QStringLiteral("people"));
    const QAbstractItemModel *model = people->model();
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, 0).data().toString());
    return shown;
}

void TestClientWindow::typingAndEnterSendsAndTheFieldRecalls()
{
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    connectWindow(QStringLiteral("alice"));
    auto *field = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    QVERIFY(field->isEnabled());
    QTRY_VERIFY(field->hasFocus());
    const auto *state = m_window->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QVERIFY2(state->text().contains(QLatin1String("Connected")), qPrintable(state->text()));

    QTest::keyClicks(field, QStringLiteral("Bonjour a tous"));
    field->insert(QStringLiteral(", été comme hiver")); // as an input method commits accents
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: Bonjour a tous, été comme hiver")));
    QVERIFY(field->text().isEmpty());
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(
        log->toPlainText().contains(QStringLiteral("alice: Bonjour a tous, été comme hiver")));

    QTest::keyClicks(field, QStringLiteral("second"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("alice: second")));
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), QStringLiteral("second"));
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), QStringLiteral("Bonjour a tous, été comme hiver"));
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(field->text(), QString());

    // /msg from the field is private.
    QTest::keyClicks(field, QStringLiteral("/msg bob psst"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(bob.privates.contains(QStringLiteral("alice: psst")));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("alice → bob (private): psst")));
}

void TestClientWindow::networkTextIsShownLiterally()
{
    connectWindow(QStringLiteral("alice"));
    TextPeer mallory(m_port);
    mallory.send("/nick mallory\n<b>x</b><img src=a> &amp; <a href=\"http://x\">lien</a>\n");
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(
        QLatin1String("mallory: <b>x</b><img src=a> &amp; <a href=\"http://x\">lien</a>")));
    const QString html = log->document()->toHtml();
    QVERIFY2(!html.contains(QLatin1String("<img")), "an image tag from the network was rendered");
    QVERIFY(!html.contains(QLatin1String("<a href")));
    QVERIFY(!html.contains(QLatin1String("<b>x</b>")));
}

void TestClientWindow::peopleListFollowsJoinsAndLeaves()
{
    connectWindow(QStringLiteral("alice"));
    QTRY_COMPARE(peopleShown(), QStringList{QStringLiteral("alice")});
    auto bob = std::make_unique<SalonPeer>(m_port, QStringLiteral("bob"));
    TextPeer nc(m_port);
    nc.send("/nick Zoé\n");
    QTRY_COMPARE(peopleShown(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"),
                                             QStringLiteral("Zoé")}));
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("bob joined the room.")));
    bob.reset();
    QTRY_COMPARE(peopleShown(), (QStringList{QStringLiteral("alice"), QStringLiteral("Zoé")}));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("bob left the room")));
}

void TestClientWindow::refusedConnectionShowsAnError()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    m_port = closedPort;
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("127.0.0.1"));
    m_window->setPort(m_port);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    const auto *error = m_window->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("is the server started")),
             qPrintable(error->text()));
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))->isEnabled());
    // A connection that never opened was not "lost": one clear sentence, not two.
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QVERIFY(!log->toPlainText().contains(QLatin1String("The connection was lost.")));
    // Why first, then what it means.
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("Disconnected.")));
    QVERIFY2(log->toPlainText().indexOf(QLatin1String("is the server started")) <
                 log->toPlainText().indexOf(QLatin1String("Disconnected.")),
             qPrintable(log->toPlainText()));
}

void TestClientWindow::invalidNicknameIsExplainedBeforeConnecting()
{
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))
        ->setText(QStringLiteral("two words"));
    m_window->connectToServer();
    const auto *error = m_window->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("letters, digits")));
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
}

void TestClientWindow::foreignServerSwitchesToRawTextMode()
{
    QTcpServer foreign; // says nothing until spoken to
    QVERIFY(foreign.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&foreign, &QTcpServer::newConnection, this, [&foreign, &received] {
        QTcpSocket *socket = foreign.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            socket->write("OK");
        });
    });
    m_window->client()->setBannerTimeout(50);
    m_port = foreign.serverPort();
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("127.0.0.1"));
    m_window->setPort(m_port);
    m_window->connectToServer();
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::RawText);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("rawBar"))->isVisible());
    auto *field = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    QTest::keyClicks(field, QStringLiteral("bonjour"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(received, QByteArray("bonjour"));
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("<: OK")));
}

void TestClientWindow::lostServerIsShownWithoutCrashing()
{
    connectWindow(QStringLiteral("alice"));
    auto *field = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    field->setText(QStringLiteral("half a thought"));
    m_server.reset();
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Reconnecting);
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QVERIFY(log->toPlainText().contains(QLatin1String("The connection was lost.")));
    QVERIFY(peopleShown().isEmpty());
    // What was being typed stays, and typing can go on.
    QVERIFY(field->isEnabled());
    QCOMPARE(field->text(), QStringLiteral("half a thought"));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("reconnectButton"))->isVisible());
    const auto *countdown = m_window->findChild<QLabel *>(QStringLiteral("reconnectLabel"));
    QTRY_VERIFY2(countdown->text().contains(QLatin1String("reconnecting in")),
                 qPrintable(countdown->text()));
    QTRY_VERIFY(m_window->windowTitle().contains(QLatin1String("reconnecting")));

    // Tries that fail update that one line; the log says the loss once.
    m_window->client()->reconnectNow();
    QTRY_VERIFY2(countdown->text().contains(QLatin1String("last try")),
                 qPrintable(countdown->text()));
    m_window->client()->reconnectNow();
    QTRY_VERIFY(m_window->client()->state() == ChatClient::State::Reconnecting &&
                m_window->client()->reconnectSecondsLeft() > 0);
    QCOMPARE(log->toPlainText().count(QLatin1String("The connection was lost.")), 1);
    QVERIFY2(!log->toPlainText().contains(QLatin1String("refused")),
             qPrintable(log->toPlainText()));

    // Cancel stops trying.
    auto *connectButton = m_window->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QCOMPARE(connectButton->text(), QStringLiteral("&Cancel"));
    connectButton->click();
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    QCOMPARE(connectButton->text(), QStringLiteral("&Connect"));
    QCOMPARE(field->text(), QStringLiteral("half a thought"));
}

void TestClientWindow::hostileServerTextIsShownLiterally()
{
    // A server that speaks Salon but sends HTML, escape sequences and bidi
    // overrides in names, lists and messages.
    QTcpServer hostile;
    QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
    connect(&hostile, &QTcpServer::newConnection, this, [&hostile] {
        QTcpSocket *socket = hostile.nextPendingConnection();
        socket->write("SALON/1 hi\n");
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write(
                "{\"type\":\"welcome\",\"version\":1,\"nick\":\"alice\",\"server\":\"x\"}\n"
                "{\"type\":\"users\",\"users\":[\"alice\",\"<b>bold</b>\",\"ev\u202eil\","
                "\"bell\\u0007\\u001b[2J\"]}\n"
                "{\"type\":\"message\",\"id\":1,\"time\":\"2026-01-01T10:00:00Z\","
                "\"from\":\"<img src=x>\",\"text\":\"a\u202eexe.txt <i>x</i>\\u001b[31m\"}\n");
        });
    });
    m_port = hostile.serverPort();
    connectWindow(QStringLiteral("alice"));
    QTRY_COMPARE(peopleShown().size(), 4);
    QVERIFY2(peopleShown().contains(QStringLiteral("<b>bold</b>")),
             qPrintable(peopleShown().join(u'|')));
    QVERIFY(peopleShown().contains(QStringLiteral("ev[U+202E]il")));
    QVERIFY(peopleShown().contains(QStringLiteral("bell[2J")));
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(
        log->toPlainText().contains(QStringLiteral("<img src=x>: a[U+202E]exe.txt <i>x</i>[31m")));
    QVERIFY(!log->document()->toHtml().contains(QLatin1String("<img")));
}

void TestClientWindow::lastHostPortAndNicknameAreRemembered()
{
    connectWindow(QStringLiteral("Zoé"));
    m_window->close();
    ClientWindow next;
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("hostField"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(next.findChild<QSpinBox *>(QStringLiteral("portField"))->value(), int(m_port));
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("nickField"))->text(),
             QStringLiteral("Zoé"));
}

void TestClientWindow::aMessageTypedWhileReconnectingWaitsVisiblyThenGoesOnce()
{
    connectWindow(QStringLiteral("alice"));
    m_window->client()->setReconnectDelays(50, 200);
    m_server.reset();
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Reconnecting);

    auto *field = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    QTest::keyClicks(field, QStringLiteral("typed while the server was away"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
    const auto *outbox = m_window->findChild<QWidget *>(QStringLiteral("outbox"));
    const auto *waiting = m_window->findChild<QLabel *>(QStringLiteral("outboxLines"));
    QVERIFY(outbox->isVisible());
    QVERIFY2(waiting->text().contains(QStringLiteral("Sending…")) &&
                 waiting->text().contains(QLatin1String("typed while the server was away")),
             qPrintable(waiting->text()));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("outboxDiscard"))->isVisible());
    if (const QByteArray folder = qgetenv("SALON_SHOTS"); !folder.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/outbox.png"));

    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port));
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QTRY_VERIFY(!outbox->isVisible());
    QTRY_COMPARE(bob.messages,
                 QStringList{QStringLiteral("alice: typed while the server was away")});
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_COMPARE(log->toPlainText().count(QLatin1String("alice: typed while the server was away")),
                 1);
}

void TestClientWindow::aNameLostWhileAwayIsSaidAndAnotherOffered()
{
    // A server that notices a pulled cable quickly, and keeps no names.
    m_server = std::make_unique<ChatServer>();
    ServerLimits limits;
    limits.heartbeatIntervalMs = 200;
    limits.heartbeatTimeoutMs = 600;
    limits.nameHoldMs = 0;
    m_server->setLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    CableProxy cable(m_server->serverPort());
    m_port = cable.port();
    m_window->client()->setHeartbeat(200, 600);
    m_window->client()->setReconnectDelays(50, 200);
    connectWindow(QStringLiteral("alice"));

    cable.setPulled(true);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Reconnecting);
    QTRY_VERIFY(m_server->participants().isEmpty());
    SalonPeer thief(m_server->serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(thief.inRoom());
    cable.setPulled(false);

    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    const auto *error = m_window->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("was taken")), qPrintable(error->text()));
    auto *nickField = m_window->findChild<QLineEdit *>(QStringLiteral("nickField"));
    QCOMPARE(nickField->text(), QStringLiteral("alice2"));
    QCOMPARE(m_window->focusWidget(), nickField);
    // One click, and back in under the name offered.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QCOMPARE(m_window->client()->nick(), QStringLiteral("alice2"));
}

void TestClientWindow::theTeachersAnnouncementStaysUntilDismissed()
{
    connectWindow(QStringLiteral("alice"));
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("announcementBar"));
    QVERIFY(bar && !bar->isVisible());
    // A student's imitation is a message like any other: no banner.
    TextPeer student(m_port);
    student.send("/nick mallory\n*** Server: The server is restarting, disconnect now.\n");
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("mallory: *** Server: The server")));
    QVERIFY(!bar->isVisible());

    m_server->announce(QStringLiteral("Break in <b>5</b> minutes."));
    QTRY_VERIFY(bar->isVisible());
    const auto *text = m_window->findChild<QLabel *>(QStringLiteral("announcementText"));
    QCOMPARE(text->text(), QStringLiteral("Break in <b>5</b> minutes.")); // plain text
    QCOMPARE(text->textFormat(), Qt::PlainText);
    if (const QByteArray folder = qgetenv("SALON_SHOTS"); !folder.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/announcement.png"));
    // It stays while the room talks, until dismissed.
    student.send("hello\n");
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("mallory: hello")));
    QVERIFY(bar->isVisible());
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("announcementDismiss")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(log->toPlainText().contains(QLatin1String("Break in <b>5</b> minutes.")));
    m_server->announce(QStringLiteral("Back to work."));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(text->text(), QStringLiteral("Back to work."));
}

void TestClientWindow::theHandButtonShowsWhatTheRoomSays()
{
    auto *hand = m_window->findChild<QPushButton *>(QStringLiteral("handButton"));
    QVERIFY(!hand->isEnabled()); // not connected
    connectWindow(QStringLiteral("alice"));
    QVERIFY(hand->isEnabled() && !hand->isChecked());
    QTest::mouseClick(hand, Qt::LeftButton);
    QTRY_VERIFY(hand->isChecked());
    QCOMPARE(hand->text(), QStringLiteral("Hand up (1)"));
    QCOMPARE(m_server->hands().size(), 1);
    m_server->lowerAllHands(); // the teacher lowers it
    QTRY_VERIFY(!hand->isChecked());
    QCOMPARE(hand->text(), QStringLiteral("Raise &hand"));
}

void TestClientWindow::theRoomCodeIsAskedForThenRemembered()
{
    m_server->setRoomCode(QStringLiteral("482913"));
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("127.0.0.1"));
    m_window->setPort(m_port);
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(QStringLiteral("alice"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("roomCodeBar"));
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("roomCodeField"));
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    // A question, not a failure: the log says it is disconnected, once.
    auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    log->flush();
    QCOMPARE(log->toPlainText().count(QLatin1String("Disconnected.")), 1);
    if (const QByteArray folder = qgetenv("SALON_SHOTS"); !folder.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/room-code.png"));

    // A wrong code: said, and asked again.
    QTest::keyClicks(field, QStringLiteral("111 111"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(bar->isVisible());
    const auto *label = bar->findChild<QLabel *>();
    QTRY_VERIFY2(label->text().contains(QLatin1String("not the room's code")),
                 qPrintable(label->text()));
    QVERIFY(m_server->participants().isEmpty());

    QTest::keyClicks(field, QStringLiteral("482 913"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("roomCodeJoin")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QVERIFY(!bar->isVisible());

    // Next time, the window remembers it: no question.
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<ClientWindow>();
    m_window->show();
    QTRY_COMPARE(m_server->participants().size(), 0);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("roomCodeBar"))->isVisible());
}

void TestClientWindow::aMessageTheTeacherRemovedLeavesTheScreen()
{
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    connectWindow(QStringLiteral("alice"));
    QSignalSpy relayed(m_server.get(), &ChatServer::messageRelayed);
    bob.client.sendMessage(QStringLiteral("something hurtful"));
    bob.client.sendMessage(QStringLiteral("sorry"));
    QTRY_COMPARE(relayed.size(), 2);
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("bob: sorry")));
    QVERIFY(m_server->deleteMessage(relayed.first().at(0).value<ChatMessage>().id));
    QTRY_VERIFY2(!log->toPlainText().contains(QLatin1String("hurtful")),
                 qPrintable(log->toPlainText()));
    QVERIFY(log->toPlainText().contains(QLatin1String("(a message removed by the teacher)")));
    QVERIFY(log->toPlainText().contains(QLatin1String("bob: sorry")));
}

void TestClientWindow::hostColonPortInTheHostBoxConnects()
{
    auto *host = m_window->findChild<QLineEdit *>(QStringLiteral("hostField"));
    host->setText(QStringLiteral("127.0.0.1:%1").arg(m_port));
    m_window->setPort(1); // what the Port box said before: the host box wins
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(QStringLiteral("zoe"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("portField"))->value(), int(m_port));
    m_window->client()->disconnectFromServer();
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    // A port that can't be one is said, and nothing is tried.
    host->setText(QStringLiteral("127.0.0.1:99999"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    const auto *error = m_window->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("is not a port")));
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
}

void TestClientWindow::aKickIsSaidOnceNotAsALoss()
{
    connectWindow(QStringLiteral("alice"));
    QVERIFY(m_server->kick(QStringLiteral("alice"), QStringLiteral("be nice")));
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("be nice")));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("Disconnected.")));
    QVERIFY2(!log->toPlainText().contains(QLatin1String("The connection was lost.")),
             qPrintable(log->toPlainText()));
    QVERIFY(!m_window->client()->isComingBack()); // and no trying again
}

void TestClientWindow::historyIsShownOnceAcrossReconnections()
{
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    bob.client.sendMessage(QStringLiteral("said before alice came"));
    QTRY_COMPARE(bob.messages.size(), 1);

    connectWindow(QStringLiteral("alice"));
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("bob: said before alice came")));
    QVERIFY(log->toPlainText().contains(QLatin1String("Said in the room before you came:")));

    // Out and back in: the same history comes again, and is not shown twice.
    m_window->client()->disconnectFromServer();
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    bob.client.sendMessage(QStringLiteral("said while alice was away"));
    connectWindow(QStringLiteral("alice"));
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("bob: said while alice was away")));
    QCOMPARE(log->toPlainText().count(QLatin1String("bob: said before alice came")), 1);
}

void TestClientWindow::unreadMessagesShowInTheTitleUntilTheWindowIsActive()
{
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    connectWindow(QStringLiteral("alice"));
    QWidget other;
    other.show();
    other.activateWindow();
    QTRY_VERIFY(!m_window->isActiveWindow());

    bob.client.sendMessage(QStringLiteral("one"));
    bob.client.sendMessage(QStringLiteral("two"));
    QTRY_COMPARE(m_window->unreadCount(), 2);
    QVERIFY2(m_window->windowTitle().startsWith(QLatin1String("(2) ")),
             qPrintable(m_window->windowTitle()));

    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_COMPARE(m_window->unreadCount(), 0);
    QVERIFY(!m_window->windowTitle().startsWith(QLatin1Char('(')));
}

void TestClientWindow::doubleClickingANameStartsAPrivateMessage()
{
    SalonPeer bob(m_port, QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    connectWindow(QStringLiteral("alice"));
    QTRY_COMPARE(peopleShown(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    auto *people = m_window->findChild<QListView *>(QStringLiteral("people"));
    const QModelIndexList bobRows = people->model()->match(
        people->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("bob"), 1, Qt::MatchExactly);
    QCOMPARE(bobRows.size(), 1);
    // Her own name stands out; the others' do not.
    const QModelIndex aliceRow = people->model()->index(0, 0);
    QCOMPARE(aliceRow.data().toString(), QStringLiteral("alice"));
    QVERIFY(aliceRow.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!bobRows.first().data(Qt::FontRole).value<QFont>().bold());
    const QRect where = people->visualRect(bobRows.first());
    // A double-click is a press and release, then a second press that the
    // system reports as a double-click.
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, where.center());
    QTest::mouseDClick(people->viewport(), Qt::LeftButton, {}, where.center());
    auto *field = m_window->findChild<HistoryLineEdit *>(QStringLiteral("messageField"));
    QCOMPARE(field->text(), QStringLiteral("/msg bob "));
    QTest::keyClicks(field, QStringLiteral("psst"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(bob.privates, QStringList{QStringLiteral("alice: psst")});
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("alice → bob (private): psst")));
}

void TestClientWindow::aCrowdComingAndGoingIsSummarisedNotListed()
{
    // A class of 60 arriving at the bell, choosing names, then leaving
    // together: the log tells the first few, then a line a second, and the
    // list counts them all.
    connectWindow(QStringLiteral("alice"));
    const auto *log = m_window->findChild<ChatLogView *>(QStringLiteral("log"));
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("peopleLabel"));
    QVERIFY(label);
    std::vector<std::unique_ptr<TextPeer>> crowd;
    for (int i = 0; i < 60; ++i) {
        crowd.push_back(std::make_unique<TextPeer>(m_port));
        crowd.back()->send("/nick s" + QByteArray::number(i) + '\n');
    }
    QTRY_COMPARE(label->text(), QStringLiteral("In the room (61)"));
    // "s5, s6, s7 and 52 others joined the room." (the plural comes from the
    // translation, not loaded here: "other(s)")
    static const QRegularExpression joinedSummary(
        QStringLiteral("and \\d+ other.* joined the room"));
    static const QRegularExpression leftSummary(QStringLiteral("and \\d+ other.* left the room"));
    QTRY_VERIFY2(log->toPlainText().contains(joinedSummary), qPrintable(log->toPlainText()));
    const auto linesSaying = [log](const QString &words) {
        return log->toPlainText().split(QLatin1Char('\n')).filter(words).size();
    };
    QVERIFY2(linesSaying(QStringLiteral("joined the room")) < 10, qPrintable(log->toPlainText()));
    // Then each chooses a new name: "New names: e5, e6, e7 and 52 others."
    for (size_t i = 0; i < crowd.size(); ++i)
        crowd[i]->send("/nick e" + QByteArray::number(qulonglong(i)) + '\n');
    static const QRegularExpression renamedSummary(QStringLiteral("New names: .* and \\d+ other"));
    QTRY_VERIFY2(log->toPlainText().contains(renamedSummary), qPrintable(log->toPlainText()));
    QTRY_VERIFY(peopleShown().join(QLatin1Char('\n')).contains(QLatin1String("e59")));
    QVERIFY2(linesSaying(QStringLiteral("is now known as")) < 10, qPrintable(log->toPlainText()));
    crowd.clear();
    QTRY_COMPARE(label->text(), QStringLiteral("In the room (1)"));
    QTRY_VERIFY(log->toPlainText().contains(leftSummary));
    QVERIFY2(linesSaying(QStringLiteral("left the room")) < 10, qPrintable(log->toPlainText()));
}

QTEST_MAIN(TestClientWindow)
#include "tst_clientwindow.moc"
