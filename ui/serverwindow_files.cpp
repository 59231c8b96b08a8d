// serverwindow_files.cpp — ServerWindow's part for files: the Files tab
// beside the log, Room ▸ Hand out… / Collect work…, files dropped on the
// window handed out, and what students hand in written in the log.

#include "chatlogview.h"
#include "filespanel.h"
#include "serverwindow.h"

#include "server/chatserver.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QUrl>

void ServerWindow::setUpFiles()
{
    const int tab = m_rightTabs->addTab(m_files, m_files->summary());
    connect(m_files, &FilesPanel::summaryChanged, this,
            [this, tab] { m_rightTabs->setTabText(tab, m_files->summary()); });
    connect(m_files, &FilesPanel::problem, this,
            [this](const QString &text) { m_log->appendError(text); });
    connect(m_server, &ChatServer::handedIn, this, [this](const FileDesk::HandIn &handIn) {
        const QString size = QLocale().formattedDataSize(handIn.size);
        m_log->appendEvent(
            handIn.late ? tr("%1 handed in %2 (%3), late.").arg(handIn.student, handIn.name, size)
                        : tr("%1 handed in %2 (%3).").arg(handIn.student, handIn.name, size));
    });
    setAcceptDrops(true);
}

void ServerWindow::addFileActions(QMenu *room)
{
    QAction *handOut = room->addAction(tr("&Hand out…"));
    handOut->setObjectName(QStringLiteral("handOutAction"));
    handOut->setToolTip(tr("Everyone in the room gets the file, and those who join later; "
                           "dropping files on this window does the same"));
    connect(handOut, &QAction::triggered, m_files, &FilesPanel::chooseFilesToHandOut);
    QAction *collect = room->addAction(tr("C&ollect work…"));
    collect->setObjectName(QStringLiteral("collectAction"));
    connect(collect, &QAction::triggered, m_files, &FilesPanel::toggleCollecting);
    connect(m_server, &ChatServer::collectionChanged, this, [this, collect] {
        const bool open = m_server->collection() && m_server->collection()->open;
        collect->setText(open ? tr("Stop c&ollecting work") : tr("C&ollect work…"));
    });
    QAction *sharing = room->addAction(tr("Students may &share files"));
    sharing->setObjectName(QStringLiteral("studentFilesAction"));
    sharing->setCheckable(true);
    sharing->setToolTip(tr("Students may send a file to everyone in the room; off, files go "
                           "between you and them only"));
    connect(sharing, &QAction::toggled, m_server, &ChatServer::setStudentFiles);
    connect(m_server, &ChatServer::studentFilesChanged, sharing, [sharing](bool allowed) {
        const QSignalBlocker quiet(sharing);
        sharing->setChecked(allowed);
    });
    QAction *folder = room->addAction(tr("Open the hand-in &folder"));
    connect(folder, &QAction::triggered, m_files, &FilesPanel::openHandInFolder);
}

void ServerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void ServerWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    if (!m_server->isListening())
        startServer();
    m_files->handOut(paths);
    event->acceptProposedAction();
}
