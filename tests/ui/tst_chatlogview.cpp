// tst_chatlogview — the log as a person reads it: at the bottom it stays at
// the bottom while new lines come, whatever bar comes or goes above it (a
// reconnection's banner, an error); scrolled up, it stays where the person
// is and says there are new messages below, until they go back down.

#include "chatlogview.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

class TestChatLogView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theBottomStaysInViewWhenABarComesAndGoes();
    void scrolledUpItStaysAndSaysNewMessagesAreBelow();

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

QTEST_MAIN(TestChatLogView)
#include "tst_chatlogview.moc"
