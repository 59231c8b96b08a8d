// tst_files — files in the windows, as a teacher and a student meet them:
// a file dropped on the server window is handed out, and the student's
// window shows it fetched, checked and saved; while the teacher collects
// work, the student's Hand in… button appears, and what is handed in
// shows in the teacher's table with who has not handed in yet.

#include "appsettings.h"
#include "client/filetransfers.h"
#include "clientwindow.h"
#include "filespanel.h"
#include "server/chatserver.h"
#include "serverwindow.h"
#include "transferspanel.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

class TestFiles : public QObject
{
    Q_OBJECT
private slots:
    void aDroppedFileReachesTheStudentsWindow();
    void workHandedInShowsInTheTeachersTable();
    void theTeacherSetsTheCollectionsLimits();

private:
    void open();
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerWindow> m_server;
    std::unique_ptr<ClientWindow> m_student;
};

QString TestFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestFiles::open()
{
    // No limits left from an earlier run (they are kept in the settings).
    QSettings settings;
    for (const char *key : {AppSettings::HandInTypes, AppSettings::HandInMaxMegabytes,
                            AppSettings::HandInStudentMegabytes, AppSettings::HandInFolder})
        settings.remove(QLatin1String(key));
    m_server = std::make_unique<ServerWindow>();
    m_server->server()->setHandInFolder(m_dir.filePath(QStringLiteral("teacher")));
    FileDesk::Limits limits;
    limits.keepFreeBytes = 0;
    m_server->server()->setFileLimits(limits);
    m_server->setPort(0);
    m_server->show();
    QVERIFY(m_server->startServer());
    m_student.reset(m_server->openClientWindow());
    QVERIFY(m_student);
    m_student->setAttribute(Qt::WA_DeleteOnClose, false);
    m_student->fileTransfers()->setDownloadFolder(m_dir.filePath(QStringLiteral("downloads")));
    QTRY_COMPARE(m_student->client()->state(), ChatClient::State::Connected);
}

void TestFiles::aDroppedFileReachesTheStudentsWindow()
{
    open();
    TransfersPanel *panel = m_student->transfersPanel();
    QVERIFY(!panel->isVisible()); // nothing to show yet
    const QString path = write(QStringLiteral("Exercice 1.pdf"), QByteArray(300000, 'x'));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_server.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_server.get(), &drop);

    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY2(!panel->rows().isEmpty() && panel->rows().constFirst().startsWith(QStringLiteral(
                                                 "⬇ Exercice 1.pdf | Saved, checked")),
                 qPrintable(panel->rows().join(u'\n')));
    QFile saved(m_dir.filePath(QStringLiteral("downloads/Exercice 1.pdf")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray(300000, 'x'));
    // The teacher sees it among the files handed out, and in the tab's name.
    const auto *handedOut = m_server->findChild<QTreeWidget *>(QStringLiteral("handedOut"));
    QCOMPARE(handedOut->topLevelItemCount(), 1);
    QCOMPARE(handedOut->topLevelItem(0)->text(0), QStringLiteral("Exercice 1.pdf"));
    const auto *tabs = m_server->findChild<QTabWidget *>(QStringLiteral("rightTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Files (1 handed out)"));
}

void TestFiles::workHandedInShowsInTheTeachersTable()
{
    open();
    auto *handInButton = m_student->findChild<QPushButton *>(QStringLiteral("handInButton"));
    QVERIFY(!handInButton->isVisibleTo(m_student.get()));
    QVERIFY(m_server->server()->collect(QStringLiteral("TP 2")));
    QTRY_VERIFY(handInButton->isVisibleTo(m_student.get()));
    const auto *collecting = m_student->findChild<QLabel *>(QStringLiteral("collecting"));
    QVERIFY(collecting->text().contains(QStringLiteral("TP 2")));
    const auto *missing = m_server->findChild<QLabel *>(QStringLiteral("notHandedIn"));
    QCOMPARE(missing->text(), QStringLiteral("Not handed in yet (1): alice"));

    const QString path = write(QStringLiteral("rapport é.odt"), QByteArray(200000, 'r'));
    QVERIFY(m_student->transfersPanel()->handIn({path}));
    QTRY_VERIFY2(m_student->transfersPanel()->rows().join(u'\n').contains(
                     QStringLiteral("⬆ rapport é.odt | Handed in, checked by the teacher")),
                 qPrintable(m_student->transfersPanel()->rows().join(u'\n')));
    const auto *table = m_server->findChild<QTreeWidget *>(QStringLiteral("handIns"));
    QTRY_COMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("alice"));
    QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("rapport é.odt"));
    QVERIFY(table->topLevelItem(0)->text(4).startsWith(QStringLiteral("✓ ")));
    QCOMPARE(missing->text(),
             QStringLiteral("Everyone in the room this lesson has handed something in."));

    // Stopped: the button goes, and a file dropped now is not taken.
    m_server->server()->stopCollecting();
    QTRY_VERIFY(!handInButton->isVisibleTo(m_student.get()));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_student.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestFiles::theTeacherSetsTheCollectionsLimits()
{
    open();
    // The dialog, as the teacher fills it in.
    QTimer::singleShot(0, this, [this] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        dialog->findChild<QLineEdit *>(QStringLiteral("collectTitle"))
            ->setText(QStringLiteral("TP 5"));
        dialog->findChild<QLineEdit *>(QStringLiteral("collectTypes"))
            ->setText(QStringLiteral(".PDF, odt"));
        dialog->findChild<QLineEdit *>(QStringLiteral("collectFolder"))
            ->setText(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("chosen"))));
        dialog->accept();
    });
    m_server->filesPanel()->toggleCollecting();
    QVERIFY(m_server->server()->collection());
    QCOMPARE(m_server->server()->collection()->title, QStringLiteral("TP 5"));
    QCOMPARE(m_server->server()->fileLimits().allowedSuffixes,
             (QStringList{QStringLiteral("pdf"), QStringLiteral("odt")}));
    // Into the folder the teacher chose.
    QVERIFY(m_server->server()->collection()->folder.startsWith(
        m_dir.filePath(QStringLiteral("chosen/"))));
    // A student's .exe is refused, in the teacher's words.
    const QString path = write(QStringLiteral("jeu.exe"), "MZ");
    QTRY_VERIFY(m_student->fileTransfers()->isCollecting());
    QVERIFY(m_student->transfersPanel()->handIn({path}));
    QTRY_VERIFY2(m_student->transfersPanel()->rows().join(u'\n').contains(
                     QStringLiteral("only these kinds of file: pdf, odt")),
                 qPrintable(m_student->transfersPanel()->rows().join(u'\n')));
    // The button now stops it.
    m_server->filesPanel()->toggleCollecting();
    QVERIFY(!m_server->server()->collection()->open);
}

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
