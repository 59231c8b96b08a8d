// The server window as a teacher uses it: start, watch people come and go,
// announce, remove someone, understand a port conflict.

#include "addresslistwidget.h"
#include "chatlogview.h"
#include "chatserver.h"
#include "serverwindow.h"
#include "testpeers.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

class TestServerWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startShowsThePortAndTheAddresses();
    void clientListFollowsJoinsAndLeaves();
    void logShowsMessagesAsPlainText();
    void announcementReachesClients();
    void disconnectRemovesTheSelectedClient();
    void portInUseIsShownInTheWindow();
    void stopEmptiesTheRoom();

private:
    quint16 start();
    QTreeWidget *clients() const
    {
        return m_window->findChild<QTreeWidget *>(QStringLiteral("clients"));
    }
    QString logText() const
    {
        return m_window->findChild<ChatLogView *>(QStringLiteral("log"))->toPlainText();
    }
    QTreeWidgetItem *row(const QString &nick) const;

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

QTreeWidgetItem *TestServerWindow::row(const QString &nick) const
{
    const QList<QTreeWidgetItem *> found = clients()->findItems(nick, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
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
    QTreeWidgetItem *aliceRow = row(QStringLiteral("alice"));
    QVERIFY(aliceRow);
    QVERIFY2(aliceRow->text(1).startsWith(QLatin1String("127.0.0.1:")),
             qPrintable(aliceRow->text(1)));
    QCOMPARE(aliceRow->text(2), QStringLiteral("Salon"));
    QTreeWidgetItem *guestRow = row(QStringLiteral("guest-1"));
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
    QVERIFY2(status->text().contains(QLatin1String("1 person")), qPrintable(status->text()));
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

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
