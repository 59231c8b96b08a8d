// tst_demowindow — `salon demo` for a whole row of students on a projector:
// with 8 clients at 1366×768 (and 1920×1080), every pane's name, state,
// last lines, message field, Send and hand stay on screen and readable;
// they all chat; and quitting ends the whole demo.

#include "chatlogview.h"
#include "clientwindow.h"
#include "demowindow.h"
#include "server/chatserver.h"
#include "serverwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestDemoWindow : public QObject
{
    Q_OBJECT
private slots:
    void everyPaneStaysReadable_data();
    void everyPaneStaysReadable();
    void quittingTheServerEndsTheDemo();
};

void TestDemoWindow::everyPaneStaysReadable_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("clients");
    QTest::newRow("1366x768, 8") << QSize(1366, 768) << 8;
    QTest::newRow("1920x1080, 8") << QSize(1920, 1080) << 8;
    QTest::newRow("1366x768, 2") << QSize(1366, 768) << 2;
}

void TestDemoWindow::everyPaneStaysReadable()
{
    QFETCH(QSize, screen);
    QFETCH(int, clients);
    DemoWindow demo;
    demo.setGeometry(QRect(QPoint(0, 0), screen));
    // As `salon demo` runs it: with the server's identity, its fingerprint
    // on show, and the panes joined encrypted.
    QTemporaryDir identity;
    QString error;
    QVERIFY2(demo.server()->useIdentityIn(identity.path(), &error), qPrintable(error));
    demo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demo));
    QVERIFY(demo.start(0, clients));
    QCOMPARE(demo.clients().size(), clients);
    QTRY_COMPARE(demo.server()->server()->participants().size(), clients);
    QVERIFY2(demo.width() <= screen.width(), qPrintable(QString::number(demo.width())));

    const QRect visible = demo.rect();
    const auto onScreen = [&demo, &visible](QWidget *widget) {
        if (!widget || !widget->isVisible() || widget->width() < 20 || widget->height() < 10)
            return false;
        const QRect place(widget->mapTo(&demo, QPoint(0, 0)), widget->size());
        return visible.contains(place);
    };
    // The server counts a pane in before the pane hears its welcome.
    for (ClientWindow *client : demo.clients())
        QTRY_VERIFY(client->client()->state() == ChatClient::State::Connected);
    ClientWindow *first = demo.clients().constFirst();
    QVERIFY(first->client()->sendMessage(QStringLiteral("Bonjour à tous !")));
    QTRY_VERIFY(first->client()->outbox().entries().isEmpty());
    for (ClientWindow *client : demo.clients()) {
        QVERIFY(client->client()->state() == ChatClient::State::Connected);
        QVERIFY(client->client()->isEncrypted());
        auto *nick = client->findChild<QLineEdit *>(QStringLiteral("nickField"));
        QVERIFY2(onScreen(nick), qPrintable(client->client()->nick()));
        // The whole name shows: it is what tells the panes apart.
        QVERIFY(nick->width() >= nick->fontMetrics().horizontalAdvance(nick->text()));
        for (const char *name : {"messageField", "sendButton", "handButton", "log"})
            QVERIFY2(onScreen(client->findChild<QWidget *>(QLatin1String(name))), name);
        auto *log = client->findChild<ChatLogView *>(QStringLiteral("log"));
        // At least five lines of the conversation in view.
        QVERIFY2(log->viewport()->height() >= 5 * log->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(log->viewport()->height())));
        QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("Bonjour à tous !")));
    }
    // The server's own controls too, and the fingerprint to check.
    QVERIFY(onScreen(demo.server()->findChild<QWidget *>(QStringLiteral("startButton"))));
    QVERIFY(onScreen(demo.server()->findChild<QWidget *>(QStringLiteral("fingerprintShort"))));
}

void TestDemoWindow::quittingTheServerEndsTheDemo()
{
    DemoWindow demo;
    demo.resize(1366, 768);
    demo.show();
    QVERIFY(demo.start(0, 3));
    QTRY_COMPARE(demo.server()->server()->participants().size(), 3);
    QAction *quit = nullptr;
    for (QAction *action : demo.server()->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Quit"))
            quit = action;
    }
    QVERIFY(quit);
    quit->trigger();
    QTRY_VERIFY(!demo.isVisible());
    QVERIFY(!demo.server()->server()->isListening());
    for (ClientWindow *client : demo.clients()) {
        QCOMPARE(client->client()->state(), ChatClient::State::Disconnected);
        QVERIFY(!client->client()->isComingBack()); // nobody left retrying
    }
}

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
