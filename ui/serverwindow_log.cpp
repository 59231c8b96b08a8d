// serverwindow_log.cpp — ServerWindow's part for the room's log: the pane
// (the log, the announcement field, and beside them the lesson's files);
// what happens in the room, as it happens (arrivals, messages, private ones
// said without their text, announcements, the teacher's actions); a
// message removed for everyone from its context menu; the history saved
// as a readable transcript.

#include "base/protocol.h"
#include "chatlogview.h"
#include "crowdlog.h"
#include "server/chatserver.h"
#include "server/participantsmodel.h"
#include "serverwindow.h"
#include "storage/transcript.h"
#include "throttle.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

QWidget *ServerWindow::buildLogPane()
{
    // The room's log and the announcement field.
    m_log->setPlaceholderText(tr("The room's messages and events will appear here."));
    m_announcementField->setPlaceholderText(tr("Announcement to everyone"));
    m_announcementField->setClearButtonEnabled(true);
    m_announcementField->setMaxLength(Protocol::MaxMessageChars);
    auto *announceBar = new QHBoxLayout;
    announceBar->addWidget(m_announcementField, 1);
    announceBar->addWidget(m_announceButton);
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log, 1);
    logLayout->addLayout(announceBar);
    // The log, and beside it the lesson's files (serverwindow_files.cpp).
    m_rightTabs->setObjectName(QStringLiteral("rightTabs"));
    m_rightTabs->setDocumentMode(true);
    m_rightTabs->addTab(logPane, tr("&Log"));
    setUpFiles();
    return m_rightTabs;
}

void ServerWindow::showTheRoomInTheLog()
{
    // A hall arriving at once is a line a second, not a line a person, and
    // the counts below are written at most ten times a second.
    auto *crowd = new CrowdLog(m_log, this);
    auto *status = new Throttle(
        100, [this] { updateStatus(); }, this);
    connect(m_server, &ChatServer::clientJoined, this,
            [crowd, status](const Participant &participant) {
                crowd->joined(participant.nick, ParticipantsModel::joinedSentence(participant));
                status->request();
            });
    connect(m_server, &ChatServer::clientLeft, this,
            [crowd, status](const Participant &participant, const QString &reason) {
                crowd->left(participant.nick, ParticipantsModel::leftSentence(participant, reason));
                status->request();
            });
    connect(m_server, &ChatServer::clientRenamed, this,
            [crowd](const Participant &participant, const QString &oldNick) {
                crowd->renamed(participant.nick,
                               ParticipantsModel::renamedSentence(participant, oldNick));
            });
    connect(m_server, &ChatServer::messageRelayed, this, [this](const ChatMessage &message) {
        const QString teacher = m_server->teacherName();
        if (message.isPrivate() && (message.to == teacher || message.from == teacher))
            m_log->appendMessage(message.time,
                                 tr("%1 → %2 (private)").arg(message.from, message.to),
                                 message.text, ChatLogView::Style::Private);
        else if (message.isPrivate())
            m_log->appendEvent(tr("%1 sent a private message to %2.").arg(message.from, message.to),
                               message.time);
        else
            m_log->appendMessage(message.time, message.from, message.text,
                                 ChatLogView::Style::Others, message.id);
    });
    connect(m_server, &ChatServer::announced, this, [this](const QString &text) {
        m_log->appendMessage(QDateTime::currentDateTime(), tr("Announcement"), text,
                             ChatLogView::Style::Own);
    });
    connect(m_server, &ChatServer::problem, this,
            [this](const QString &text) { m_log->appendError(text); });
    connect(m_server, &ChatServer::handsChanged, this, [this](const QString &nick, bool up) {
        if (up)
            m_log->appendEvent(tr("%1 raised a hand.").arg(nick));
    });
    // Each thing the teacher does, saying who did it (kept in the history too).
    connect(m_server, &ChatServer::teacherActed, this, [this](const QString &sentence) {
        m_log->appendEvent(sentence);
        updateStatus();
    });
    connect(m_server, &ChatServer::messageDeleted, this, [this](const ChatMessage &message) {
        m_log->replaceMessage(message.id, tr("(removed: a message from %1)").arg(message.from));
    });
    // Right-click on a message: remove it from everyone's screen.
    m_log->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_log, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = m_log->createStandardContextMenu(position);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        if (const qint64 id = m_log->messageIdAt(position); id > 0 && m_server->isListening()) {
            menu->addSeparator();
            QAction *remove = menu->addAction(tr("&Remove this message for everyone"));
            remove->setObjectName(QStringLiteral("removeMessageAction"));
            connect(remove, &QAction::triggered, this, [this, id] {
                if (!m_server->deleteMessage(id))
                    statusBar()->showMessage(tr("That message is no longer in the history."), 4000);
            });
        }
        menu->popup(m_log->viewport()->mapToGlobal(position));
    });
    connect(m_server, &ChatServer::lessonChanged, this, [this] {
        const QDateTime started = m_server->lessonStarted();
        m_log->appendEvent(started.isValid()
                               ? tr("Lesson under way since %1: the code, the lock, mutes, bans "
                                    "and hands belong to it.")
                                     .arg(started.toLocalTime().toString(QStringLiteral("HH:mm")))
                               : tr("The lesson is over: the room is clean."));
        updateStatus();
    });
}

bool ServerWindow::saveHistoryAs(const QString &path, QString *error) const
{
    const QString history = m_server->historyFile();
    if (history.isEmpty()) {
        *error = tr("This room keeps no history on disk.");
        return false;
    }
    return Transcript::readHistory(history).save(path, error);
}

void ServerWindow::saveHistoryWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("salon-history-%1.html")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the room's history as"), suggested,
                                     tr("Web page (*.html);;Text file (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveHistoryAs(path, &error))
        QMessageBox::warning(this, tr("Save the room's history as"),
                             tr("The history could not be saved in %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("The room's history is in %1.").arg(path), 6000);
}
