// tst_chatlogview — the log as a person reads it: at the bottom it stays at
// the bottom while new lines come, whatever bar comes or goes above it (a
// reconnection's banner, an error); scrolled up, it stays where the person
// is and says there are new messages below, until they go back down. In an
// Arabic window its lines run right to left, and Arabic is never slanted.

#include "chatlogview.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QVBoxLayout>

class TestChatLogView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theBottomStaysInViewWhenABarComesAndGoes();
    void scrolledUpItStaysAndSaysNewMessagesAreBelow();
    void linesStartWhereTheWindowReadsFrom_data();
    void linesStartWhereTheWindowReadsFrom();
    void arabicIsNeverSlanted_data();
    void arabicIsNeverSlanted();

private:
    void add(int count);
    bool atTheEnd() const;

    std::unique_ptr<QWidget> m_window;
    QLabel *m_banner = nullptr;
    ChatLogView *m_log = nullptr;
    int m_lines = 0;
};

void TestChatLogView::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_banner = new QLabel(QStringLiteral("Connection lost — reconnecting in 4 s\n(last try: …)"));
    m_banner->setMinimumHeight(80);
    m_banner->hide();
    m_log = new ChatLogView;
    layout->addWidget(m_banner);
    layout->addWidget(m_log);
    m_window->resize(500, 300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_lines = 0;
    add(200);
}

void TestChatLogView::cleanup()
{
    m_window.reset();
}

void TestChatLogView::add(int count)
{
    for (int i = 0; i < count; ++i, ++m_lines)
        m_log->appendMessage(QDateTime::currentDateTime(), QStringLiteral("alice"),
                             QStringLiteral("line %1").arg(m_lines));
    m_log->flush();
}

bool TestChatLogView::atTheEnd() const
{
    const QScrollBar *bar = m_log->verticalScrollBar();
    return bar->maximum() > 0 && bar->value() == bar->maximum();
}

void TestChatLogView::theBottomStaysInViewWhenABarComesAndGoes()
{
    QVERIFY(atTheEnd());
    // The server stops: a banner takes room above the log.
    m_banner->show();
    QTRY_VERIFY(m_log->height() < 250);
    add(5);
    QVERIFY2(atTheEnd(), "new lines arrived below the visible area");
    // Back in the room: the banner goes.
    m_banner->hide();
    QTRY_VERIFY(m_log->height() > 250);
    add(5);
    QVERIFY(atTheEnd());
    QVERIFY(m_log->isFollowing());
    QVERIFY(!m_log->findChild<QPushButton *>(QStringLiteral("newMessagesBelow"))->isVisible());
}

void TestChatLogView::scrolledUpItStaysAndSaysNewMessagesAreBelow()
{
    auto *newBelow = m_log->findChild<QPushButton *>(QStringLiteral("newMessagesBelow"));
    m_log->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    const int reading = m_log->verticalScrollBar()->value();
    QTRY_VERIFY(!m_log->isFollowing());
    add(5);
    QCOMPARE(m_log->verticalScrollBar()->value(), reading); // the page does not move
    QVERIFY(newBelow->isVisible());
    // A bar coming and going does not pull the reader down either.
    m_banner->show();
    QTRY_VERIFY(m_log->height() < 250);
    add(1);
    QVERIFY(!atTheEnd());
    QTest::mouseClick(newBelow, Qt::LeftButton);
    QVERIFY(atTheEnd());
    QVERIFY(!newBelow->isVisible());
    add(3);
    QVERIFY(atTheEnd());
    // Scrolling back down by hand follows again too.
    m_log->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QTRY_VERIFY(!m_log->isFollowing());
    add(1);
    QVERIFY(newBelow->isVisible());
    m_log->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QTRY_VERIFY(!newBelow->isVisible());
    add(1);
    QVERIFY(atTheEnd());
}

void TestChatLogView::linesStartWhereTheWindowReadsFrom_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("text");
    QTest::newRow("English window, English line")
        << Qt::LeftToRight << QStringLiteral("alice") << QStringLiteral("hello");
    QTest::newRow("English window, Arabic line")
        << Qt::LeftToRight << QStringLiteral("alice") << QStringLiteral("مرحبًا");
    QTest::newRow("Arabic window, Arabic line")
        << Qt::RightToLeft << QStringLiteral("ليلى") << QStringLiteral("مرحبًا بالجميع");
    QTest::newRow("Arabic window, English line")
        << Qt::RightToLeft << QStringLiteral("karim") << QStringLiteral("hello everyone");
}

void TestChatLogView::linesStartWhereTheWindowReadsFrom()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, nick);
    QFETCH(QString, text);
    // What an Arabic translation does to every window.
    m_window->setLayoutDirection(direction);
    m_log->appendMessage(QDateTime::currentDateTime(), nick, text);
    m_log->appendEvent(text);
    m_log->flush();
    const int middle = m_log->viewport()->width() / 2;
    for (QTextBlock block = m_log->document()->lastBlock().previous(); block.isValid();
         block = block.next()) {
        // The time stamp, first on the line, is on the side the window reads from.
        const int start = m_log->cursorRect(QTextCursor(block)).center().x();
        QVERIFY2(direction == Qt::RightToLeft ? start > middle : start < middle,
                 qPrintable(QStringLiteral("%1 starts at x=%2").arg(block.text()).arg(start)));
    }
}

void TestChatLogView::arabicIsNeverSlanted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("slanted");
    QTest::newRow("English") << QStringLiteral("see you at ten") << true;
    QTest::newRow("French") << QStringLiteral("à dix heures") << true;
    QTest::newRow("Arabic") << QStringLiteral("أراك في العاشرة") << false;
    QTest::newRow("Hebrew") << QStringLiteral("נתראה בעשר") << false;
    QTest::newRow("mixed") << QStringLiteral("ok, أراك") << false;
}

void TestChatLogView::arabicIsNeverSlanted()
{
    // Private messages and events are in italics, which fonts draw as boxes
    // for Arabic script: those stay upright.
    QFETCH(QString, text);
    QFETCH(bool, slanted);
    m_log->appendMessage(QDateTime::currentDateTime(), QStringLiteral("bob"), text,
                         ChatLogView::Style::Private);
    m_log->appendEvent(text);
    m_log->flush();
    for (QTextBlock block = m_log->document()->lastBlock().previous(); block.isValid();
         block = block.next()) {
        QTextCursor end(block);
        end.movePosition(QTextCursor::EndOfBlock);
        QCOMPARE(end.charFormat().fontItalic(), slanted);
    }
}

QTEST_MAIN(TestChatLogView)
#include "tst_chatlogview.moc"
