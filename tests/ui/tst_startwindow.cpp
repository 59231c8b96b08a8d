// The first thing a double click shows: two plain choices, the last one ready.

#include "startwindow.h"

#include <QCommandLinkButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestStartWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void offersEveryChoiceInPlainWords();
    void choosingEmitsAndIsRemembered_data();
    void choosingEmitsAndIsRemembered();

private:
    QCommandLinkButton *button(StartWindow &window, const QString &text) const;
};

void TestStartWindow::init()
{
    QSettings().clear();
}

QCommandLinkButton *TestStartWindow::button(StartWindow &window, const QString &text) const
{
    const QList<QCommandLinkButton *> buttons = window.findChildren<QCommandLinkButton *>();
    for (QCommandLinkButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

void TestStartWindow::offersEveryChoiceInPlainWords()
{
    StartWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCommandLinkButton *host = button(window, QStringLiteral("&Host a room"));
    QCommandLinkButton *join = button(window, QStringLiteral("&Join a room"));
    QCommandLinkButton *demo = button(window, QStringLiteral("&Try it on this computer"));
    QVERIFY(host && join && demo);
    QVERIFY(!host->description().isEmpty());
    QVERIFY(!join->description().isEmpty());
    QVERIFY(!demo->description().isEmpty());
    QVERIFY(join->isDefault()); // first run: joining is what most people do
}

void TestStartWindow::choosingEmitsAndIsRemembered_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("choice");
    QTest::newRow("host") << QStringLiteral("&Host a room") << int(StartWindow::Choice::Host);
    QTest::newRow("join") << QStringLiteral("&Join a room") << int(StartWindow::Choice::Join);
    QTest::newRow("demo") << QStringLiteral("&Try it on this computer")
                          << int(StartWindow::Choice::Demo);
}

void TestStartWindow::choosingEmitsAndIsRemembered()
{
    QFETCH(QString, text);
    QFETCH(int, choice);
    {
        StartWindow window;
        window.show();
        QSignalSpy chosen(&window, &StartWindow::chosen);
        QTest::mouseClick(button(window, text), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(int(chosen.first().first().value<StartWindow::Choice>()), choice);
    }
    StartWindow next;
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QVERIFY2(button(next, text)->isDefault(), "the last choice is the one Enter takes");
}

QTEST_MAIN(TestStartWindow)
#include "tst_startwindow.moc"
