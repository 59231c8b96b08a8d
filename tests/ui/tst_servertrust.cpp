// tst_servertrust — trust on first use in the client window, as a student
// meets it: the first time, the fingerprint to compare with the projector
// (and, accepted, the room joins encrypted and says so); a server that shows
// another fingerprint stops with a warning whose way on needs a box ticked;
// a pinned server gone plain stops too; a plain server is joined with a
// loud "not encrypted" bar; the server's own PC needs no comparison; and
// neither does a join link copied from the server window, whose fingerprint
// is pinned once the server has shown it, while a link that names another
// stops with a warning that says so.

#include "client/chatclient.h"
#include "clientwindow.h"
#include "model/joinlink.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "servertrust.h"
#include "serverwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

class TestServerTrust : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstMeetingIsComparedThenPinned();
    void notComparedMeansNotJoined();
    void anotherFingerprintStopsWithAWarning();
    void aPinnedServerGonePlainStopsToo();
    void aPlainServerIsSaidLoudly();
    void theServersOwnPcNeedsNoComparison();
    void aJoinLinkNeedsNoComparison();
    void aJoinLinkNamingAnotherFingerprintStops();

private:
    void connectTo(quint16 port);
    // Does `act` to the modal dialog named `name` once it shows; false if
    // none showed.
    bool whenDialogShows(const QString &name, const std::function<void(QDialog *)> &act);
    QString stateText() const;

    QTemporaryDir m_folder;
    std::optional<ServerIdentity> m_identity;
    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<ClientWindow> m_window;
    quint16 m_port = 0;
};

void TestServerTrust::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QString error;
    m_identity = ServerIdentity::loadOrCreate(m_folder.path(), &error);
    QVERIFY2(m_identity, qPrintable(error));
}

void TestServerTrust::init()
{
    m_server = std::make_unique<ChatServer>();
    m_server->setIdentity(m_identity);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
    ServerTrust::forget(QStringLiteral("127.0.0.1"), m_port);
    m_window = std::make_unique<ClientWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestServerTrust::cleanup()
{
    m_window.reset();
    if (m_server)
        ServerTrust::forget(QStringLiteral("127.0.0.1"), m_port);
    m_server.reset();
}

void TestServerTrust::connectTo(quint16 port)
{
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("127.0.0.1"));
    m_window->setPort(port);
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(QStringLiteral("zoe"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
}

bool TestServerTrust::whenDialogShows(const QString &name,
                                      const std::function<void(QDialog *)> &act)
{
    bool shown = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        poll.stop();
        shown = true;
        act(dialog);
    });
    poll.start();
    return QTest::qWaitFor([&] { return shown; }, 10000);
}

QString TestServerTrust::stateText() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("stateLabel"))->text();
}

void TestServerTrust::theFirstMeetingIsComparedThenPinned()
{
    connectTo(m_port);
    QString shown;
    QVERIFY(whenDialogShows(QStringLiteral("firstMeetingDialog"), [&](QDialog *dialog) {
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            shown += label->text() + u'\n';
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fingerprintMatches")),
                          Qt::LeftButton);
    }));
    // What the projector shows, short and whole.
    QVERIFY2(shown.contains(ServerIdentity::shortForm(m_identity->sha256())), qPrintable(shown));
    QVERIFY(
        shown.contains(ServerIdentity::groups(m_identity->sha256()).split(u' ').mid(8).join(u' ')));
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QVERIFY(m_window->client()->isEncrypted());
    QVERIFY2(stateText().endsWith(QLatin1String("encrypted")) &&
                 !stateText().contains(QLatin1String("not encrypted")),
             qPrintable(stateText()));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("notEncryptedBar"))->isVisible());
    QCOMPARE(ServerTrust::pinned(QStringLiteral("127.0.0.1"), m_port), m_identity->sha256());
    QVERIFY(m_server->participants().constFirst().encrypted);
}

void TestServerTrust::notComparedMeansNotJoined()
{
    connectTo(m_port);
    QVERIFY(whenDialogShows(QStringLiteral("firstMeetingDialog"), [](QDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fingerprintDiffers")),
                          Qt::LeftButton);
    }));
    QTRY_VERIFY(!m_window->client()->isComingBack());
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    QVERIFY(ServerTrust::pinned(QStringLiteral("127.0.0.1"), m_port).isEmpty());
    QVERIFY(m_server->participants().isEmpty());
}

void TestServerTrust::anotherFingerprintStopsWithAWarning()
{
    const QByteArray before = QCryptographicHash::hash("yesterday", QCryptographicHash::Sha256);
    ServerTrust::pin(QStringLiteral("127.0.0.1"), m_port, before);
    connectTo(m_port);
    bool stoppable = false;
    bool lockedUntilTicked = false;
    QString shown;
    QVERIFY(whenDialogShows(QStringLiteral("identityChangedDialog"), [&](QDialog *dialog) {
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            shown += label->text() + u'\n';
        auto *onward = dialog->findChild<QPushButton *>(QStringLiteral("identityOnward"));
        lockedUntilTicked = !onward->isEnabled();
        dialog->findChild<QCheckBox *>(QStringLiteral("identityUnderstood"))->setChecked(true);
        stoppable = onward->isEnabled();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityStop")),
                          Qt::LeftButton);
    }));
    QVERIFY(lockedUntilTicked);
    QVERIFY(stoppable);
    // Both fingerprints, to compare.
    QVERIFY(shown.contains(ServerIdentity::groups(before).split(u' ').mid(0, 8).join(u' ')));
    QVERIFY(shown.contains(
        ServerIdentity::groups(m_identity->sha256()).split(u' ').mid(0, 8).join(u' ')));
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->participants().isEmpty());
    QCOMPARE(ServerTrust::pinned(QStringLiteral("127.0.0.1"), m_port), before); // unchanged

    // The teacher did make a new identity: ticked, trusted, joined.
    connectTo(m_port);
    QVERIFY(whenDialogShows(QStringLiteral("identityChangedDialog"), [](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("identityUnderstood"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityOnward")),
                          Qt::LeftButton);
    }));
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QCOMPARE(ServerTrust::pinned(QStringLiteral("127.0.0.1"), m_port), m_identity->sha256());
}

void TestServerTrust::aPinnedServerGonePlainStopsToo()
{
    ChatServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    ServerTrust::pin(QStringLiteral("127.0.0.1"), plain.serverPort(), m_identity->sha256());
    connectTo(plain.serverPort());
    QVERIFY(whenDialogShows(QStringLiteral("identityChangedDialog"), [](QDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityStop")),
                          Qt::LeftButton);
    }));
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    QVERIFY(plain.participants().isEmpty());
    ServerTrust::forget(QStringLiteral("127.0.0.1"), plain.serverPort());
}

void TestServerTrust::aPlainServerIsSaidLoudly()
{
    ChatServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connectTo(plain.serverPort());
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("notEncryptedBar"))->isVisible());
    QVERIFY2(stateText().endsWith(QLatin1String("not encrypted")), qPrintable(stateText()));
}

void TestServerTrust::theServersOwnPcNeedsNoComparison()
{
    QTemporaryDir folder;
    ServerWindow server;
    QString error;
    QVERIFY2(server.useIdentityIn(folder.path(), &error), qPrintable(error));
    server.setPort(0);
    QVERIFY(server.startServer());
    ClientWindow *client = server.openClientWindow();
    QVERIFY(client);
    QTRY_COMPARE(client->client()->state(), ChatClient::State::Connected);
    QVERIFY(client->client()->isEncrypted());
    QCOMPARE(client->client()->serverFingerprint(), server.server()->identity()->sha256());
    ServerTrust::forget(QStringLiteral("127.0.0.1"), server.server()->serverPort());
}

void TestServerTrust::aJoinLinkNeedsNoComparison()
{
    // Copied from the server window, as the teacher does.
    QTemporaryDir folder;
    ServerWindow server;
    QString error;
    QVERIFY2(server.useIdentityIn(folder.path(), &error), qPrintable(error));
    server.setPort(0);
    QVERIFY(server.startServer());
    const quint16 port = server.server()->serverPort();
    const QByteArray sha256 = server.server()->identity()->sha256();
    const QList<QToolButton *> copyLinks =
        server.findChildren<QToolButton *>(QStringLiteral("copyJoinLink"));
    QVERIFY(!copyLinks.isEmpty()); // one per address
    QApplication::clipboard()->clear();
    copyLinks.constLast()->click();
    const QString copied = QApplication::clipboard()->text();
    QString linkError;
    const auto link = JoinLink::parse(copied, &linkError);
    QVERIFY2(link, qPrintable(copied + u' ' + linkError));
    QCOMPARE(link->port, port);
    QCOMPARE(link->sha256, sha256);

    // The student pastes it in the Host box (on this PC: to 127.0.0.1),
    // never having met the server.
    ServerTrust::forget(QStringLiteral("127.0.0.1"), port);
    JoinLink local = *link;
    local.host = QStringLiteral("127.0.0.1");
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))->setText(local.toString());
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(QStringLiteral("zoe"));
    bool asked = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    watch.start(20);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->client()->state(), ChatClient::State::Connected);
    QVERIFY(!asked);
    QVERIFY(m_window->client()->isEncrypted());
    // The box shows the host and port the link named, and the server is pinned.
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(m_window->client()->port(), port);
    QCOMPARE(ServerTrust::pinned(QStringLiteral("127.0.0.1"), port), sha256);
    ServerTrust::forget(QStringLiteral("127.0.0.1"), port);
}

void TestServerTrust::aJoinLinkNamingAnotherFingerprintStops()
{
    JoinLink link;
    link.host = QStringLiteral("127.0.0.1");
    link.port = m_port;
    link.sha256 = QCryptographicHash::hash("a rogue server", QCryptographicHash::Sha256);
    m_window->findChild<QLineEdit *>(QStringLiteral("hostField"))->setText(link.toString());
    m_window->findChild<QLineEdit *>(QStringLiteral("nickField"))->setText(QStringLiteral("zoe"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QString title;
    QString shown;
    QVERIFY(whenDialogShows(QStringLiteral("identityChangedDialog"), [&](QDialog *dialog) {
        title = dialog->windowTitle();
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            shown += label->text() + u'\n';
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityStop")),
                          Qt::LeftButton);
    }));
    QCOMPARE(title, QStringLiteral("This is not the server the link names"));
    QVERIFY2(shown.contains(QLatin1String("The fingerprint the link names:")), qPrintable(shown));
    QCOMPARE(m_window->client()->state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->participants().isEmpty());
    // Nothing pinned on the word of a link the server contradicted.
    QVERIFY(ServerTrust::pinned(QStringLiteral("127.0.0.1"), m_port).isEmpty());
}

QTEST_MAIN(TestServerTrust)
#include "tst_servertrust.moc"
