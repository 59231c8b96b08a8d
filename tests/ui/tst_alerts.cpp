// tst_alerts — what reaches a person whose client window is behind (issue
// #11): a private message, their name, the teacher's announcement flash the
// taskbar and show a desktop notification whose text stays text; other
// messages only count; each alert can be turned off. The notification
// service is a fake one on a private session bus (ctest runs this test
// under dbus-run-session).

#include "alerts.h"
#include "clientwindow.h"
#include "server/chatserver.h"
#include "testpeers.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
// org.freedesktop.Notifications, as a notification server offers it.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString summary;
        QString body;
    };
    QList<Shown> shown;

    // On the session bus, as the desktop's notification server; false when
    // there is no session bus.
    bool serve()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        m_serving = bus.isConnected() &&
                    bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                       QDBusConnection::ExportAllSlots) &&
                    bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
        return m_serving;
    }
    ~FakeNotifications() override
    {
        if (!m_serving)
            return;
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        shown.append({summary, body});
        return uint(shown.size());
    }

private:
    bool m_serving = false;
};
} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mentions_data();
    void mentions();
    void privateMessagesMentionsAndAnnouncementsAlert();
    void eachAlertCanBeTurnedOff();

private:
    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<ClientWindow> m_window;
    std::unique_ptr<QWidget> m_front;
    Alerts *m_alerts = nullptr;
};

void TestAlerts::init()
{
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_window = std::make_unique<ClientWindow>();
    m_window->show(); // shown, but not the active window: someone else's is in front
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("127.0.0.1"));
    m_window->setPort(m_server->serverPort());
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(QStringLiteral("alice"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    m_alerts = m_window->findChild<Alerts *>();
    QVERIFY(m_alerts);
    // Another window in front: the person is elsewhere.
    m_front = std::make_unique<QWidget>();
    m_front->show();
    m_front->activateWindow();
    QTRY_VERIFY(!m_window->isActiveWindow());
}

void TestAlerts::cleanup()
{
    m_front.reset();
    m_window.reset();
    m_server.reset();
}

void TestAlerts::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("named");
    QTest::newRow("the name") << "alice, come here" << true;
    QTest::newRow("with @") << "@Alice look" << true;
    QTest::newRow("at the end") << "thanks alice" << true;
    QTest::newRow("inside a word") << "malice" << false;
    QTest::newRow("longer name") << "alice2 is here" << false;
    QTest::newRow("not at all") << "hello" << false;
}

void TestAlerts::mentions()
{
    QFETCH(QString, text);
    QFETCH(bool, named);
    QCOMPARE(Alerts::mentions(text, QStringLiteral("alice")), named);
}

void TestAlerts::privateMessagesMentionsAndAnnouncementsAlert()
{
    FakeNotifications notifications;
    const bool haveBus = notifications.serve();

    QSignalSpy alerted(m_alerts, &Alerts::alerted);
    SalonPeer bob(m_server->serverPort(), QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    bob.client.sendMessage(QStringLiteral("nothing for anyone")); // counts, no alert
    bob.client.sendPrivateMessage(QStringLiteral("alice"), QStringLiteral("<b>psst</b>"));
    QTRY_COMPARE(alerted.size(), 1);
    QCOMPARE(alerted.at(0).at(0).value<Alerts::Kind>(), Alerts::Kind::Private);
    bob.client.sendMessage(QStringLiteral("alice, your turn"));
    QTRY_COMPARE(alerted.size(), 2);
    QCOMPARE(alerted.at(1).at(0).value<Alerts::Kind>(), Alerts::Kind::Mention);
    m_server->announce(QStringLiteral("Break."));
    QTRY_COMPARE(alerted.size(), 3);
    QCOMPARE(alerted.at(2).at(0).value<Alerts::Kind>(), Alerts::Kind::Announcement);
    QTRY_VERIFY(m_window->windowTitle().startsWith(QLatin1String("(3) ")));

    if (!haveBus)
        QSKIP("no session D-Bus here: the notifications were not checked");
    QTRY_COMPARE(notifications.shown.size(), 3);
    // Markup from a student is shown as text.
    QCOMPARE(notifications.shown.at(0).body, QStringLiteral("&lt;b&gt;psst&lt;/b&gt;"));
    QVERIFY(notifications.shown.at(0).summary.contains(QLatin1String("bob")));
    QCOMPARE(notifications.shown.at(2).body, QStringLiteral("Break."));
}

void TestAlerts::eachAlertCanBeTurnedOff()
{
    FakeNotifications notifications;
    const bool haveBus = notifications.serve();
    m_window->findChild<QAction *>(QStringLiteral("alertDesktop"))->setChecked(false);
    m_window->findChild<QAction *>(QStringLiteral("alertUnread"))->setChecked(false);
    QVERIFY(!m_alerts->showsNotifications() && !m_alerts->countsUnread());
    QSignalSpy alerted(m_alerts, &Alerts::alerted);
    SalonPeer bob(m_server->serverPort(), QStringLiteral("bob"));
    QTRY_VERIFY(bob.inRoom());
    bob.client.sendPrivateMessage(QStringLiteral("alice"), QStringLiteral("psst"));
    QTRY_COMPARE(alerted.size(), 1); // the taskbar still flashes
    bob.client.sendMessage(QStringLiteral("marker"));
    QTRY_VERIFY(bob.messages.contains(QStringLiteral("bob: marker")));
    QVERIFY(!m_window->windowTitle().startsWith(QLatin1String("(")));
    if (haveBus)
        QVERIFY(notifications.shown.isEmpty());
    // Put back for the next runs (QSettings).
    m_alerts->setShowsNotifications(true);
    m_alerts->setCountsUnread(true);
}

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
