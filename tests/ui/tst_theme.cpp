// tst_theme — View ▸ Theme: Salon's own dark or light colours for every
// window at once (a classroom PC's system theme is rarely the teacher's
// choice), every window's menu showing the choice, remembered, and System
// giving back the colours the program started with.

#include "clientwindow.h"
#include "serverwindow.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTest>

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void darkLightAndSystemForEveryWindow();
};

void TestTheme::darkLightAndSystemForEveryWindow()
{
    QSettings().remove(QStringLiteral("view/theme")); // a first start
    const QColor startWindow = QApplication::palette().color(QPalette::Window);
    ClientWindow client;
    ServerWindow server;
    auto *dark = client.findChild<QAction *>(QStringLiteral("theme2"));
    auto *serverDark = server.findChild<QAction *>(QStringLiteral("theme2"));
    auto *system = server.findChild<QAction *>(QStringLiteral("theme0"));
    QVERIFY(dark && serverDark && system);
    QVERIFY(system->isChecked());

    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(server.palette().color(QPalette::Base).lightness() < 100); // every window
    QVERIFY(serverDark->isChecked()); // the other window's menu says so
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(Theme::saved(), Theme::Choice::Dark);

    server.findChild<QAction *>(QStringLiteral("theme1"))->trigger(); // light
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);

    system->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), startWindow);
    QVERIFY(!QSettings().contains(QStringLiteral("view/theme")));
    QVERIFY(client.findChild<QAction *>(QStringLiteral("theme0"))->isChecked());
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
