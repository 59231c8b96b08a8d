// clientwindow_files.cpp — ClientWindow's part for files: the panel of
// what the teacher handed out and what was handed in, and files dropped on
// the window handed in while the teacher collects work.

#include "clientwindow.h"
#include "transferspanel.h"

#include "chatlogview.h"
#include "client/chatclient.h"
#include "client/filetransfers.h"

#include <QBoxLayout>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

void ClientWindow::setUpFiles(QBoxLayout *layout)
{
    m_transfers = new FileTransfers(m_client, this);
    m_transfersPanel = new TransfersPanel(m_transfers, this);
    layout->addWidget(m_transfersPanel);
    setAcceptDrops(true);
    // What the teacher does with files is part of the room's story.
    connect(m_client, &ChatClient::fileOffered, this, [this](const ChatEvent::OfferedFile &file) {
        const QString size = QLocale().formattedDataSize(file.size);
        m_log->appendEvent(file.from.isEmpty()
                               ? tr("The teacher handed out %1 (%2).").arg(file.name, size)
                               : tr("%1 shared %2 (%3).").arg(file.from, file.name, size));
    });
    connect(m_client, &ChatClient::sharingChanged, this, [this](bool allowed) {
        m_log->appendEvent(allowed ? tr("Students may now share files with the room: Share… below.")
                                   : tr("Students may no longer share files with the room."));
    });
    connect(m_client, &ChatClient::collectingChanged, this,
            [this](bool open, const QString &title) {
                if (!open)
                    m_log->appendEvent(tr("The teacher no longer collects work."));
                else if (title.isEmpty())
                    m_log->appendEvent(tr("The teacher collects work: Hand in… below."));
                else
                    m_log->appendEvent(
                        tr("The teacher collects work (%1): Hand in… below.").arg(title));
            });
}

void ClientWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_transfers->isCollecting() && !urls.isEmpty() &&
        std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void ClientWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    m_transfersPanel->handIn(paths);
    event->acceptProposedAction();
}
