#include "moderationactions.h"

#include "appsettings.h"
#include "roomcodepanel.h"

#include "server/chatserver.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

namespace {
QStringList selectedNicks(const QAbstractItemView *people)
{
    QStringList nicks;
    for (const QModelIndex &row : people->selectionModel()->selectedRows())
        nicks.append(row.data(Qt::DisplayRole).toString());
    return nicks;
}
} // namespace

void ModerationActions::addToPeople(QAbstractItemView *people, ChatServer *server, QWidget *window)
{
    auto *mute = new QAction(tr("&Muted: reads, but is not heard"), people);
    mute->setObjectName(QStringLiteral("muteAction"));
    mute->setCheckable(true);
    mute->setEnabled(false);
    people->addAction(mute);
    const auto showMuted = [people, server, mute] {
        const QStringList nicks = selectedNicks(people);
        mute->setEnabled(!nicks.isEmpty());
        mute->setChecked(!nicks.isEmpty() &&
                         std::all_of(nicks.cbegin(), nicks.cend(), [server](const QString &nick) {
                             return server->isMuted(nick);
                         }));
    };
    QObject::connect(people->selectionModel(), &QItemSelectionModel::selectionChanged, mute,
                     showMuted);
    QObject::connect(server, &ChatServer::moderationChanged, mute, showMuted);
    QObject::connect(mute, &QAction::triggered, server, [people, server](bool muted) {
        for (const QString &nick : selectedNicks(people))
            server->setMuted(nick, muted);
    });

    auto *tell = new QAction(tr("Send a private &message…"), people);
    tell->setObjectName(QStringLiteral("privateMessageAction"));
    people->addAction(tell);
    QObject::connect(tell, &QAction::triggered, server, [people, server, window] {
        const QStringList nicks = selectedNicks(people);
        if (nicks.isEmpty())
            return;
        bool ok = false;
        const QString text =
            QInputDialog::getText(window, tr("Private message"),
                                  tr("For %1 only, from %2:")
                                      .arg(nicks.join(QStringLiteral(", ")), server->teacherName()),
                                  QLineEdit::Normal, {}, &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        for (const QString &nick : nicks)
            server->sendPrivate(nick, text);
    });

    auto *ban = new QAction(tr("&Ban for the rest of the lesson…"), people);
    ban->setObjectName(QStringLiteral("banAction"));
    people->addAction(ban);
    QObject::connect(ban, &QAction::triggered, server, [people, server, window] {
        for (const QString &nick : selectedNicks(people)) {
            QStringList sharing;
            if (server->ban(nick, false, &sharing) != ChatServer::BanResult::SharedAddress)
                continue;
            const auto answer = QMessageBox::question(
                window, tr("Ban %1").arg(nick),
                tr("%1 shares an address with %2 (one PC, or a school's network): banning the "
                   "address keeps them all out for the rest of the lesson. Ban them all?")
                    .arg(nick, sharing.join(QStringLiteral(", "))));
            if (answer == QMessageBox::Yes)
                server->ban(nick, true);
        }
    });
}

QList<QAction *> ModerationActions::addToRoomMenu(QMenu *room, ChatServer *server, QWidget *window)
{
    QAction *lock = room->addAction(tr("&Lock the room"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setCheckable(true);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(
        tr("Nobody new joins; those in the room stay, and those who drop get back in"));
    QObject::connect(lock, &QAction::toggled, server, &ChatServer::setLocked);
    QObject::connect(server, &ChatServer::lockedChanged, lock, &QAction::setChecked);

    QAction *name = room->addAction(tr("Your n&ame in the room…"));
    name->setObjectName(QStringLiteral("teacherNameAction"));
    name->setToolTip(tr("Students write to you under this name; nobody else may take it"));
    QObject::connect(name, &QAction::triggered, server, [server, window] {
        bool ok = false;
        const QString chosen =
            QInputDialog::getText(window, tr("Your name in the room"),
                                  tr("Your name in the room (letters, digits, '-', '_', '.'):"),
                                  QLineEdit::Normal, server->teacherName(), &ok);
        if (!ok || chosen.trimmed() == server->teacherName())
            return;
        if (server->setTeacherName(chosen))
            QSettings().setValue(QLatin1String(AppSettings::ServerTeacherName),
                                 server->teacherName());
        else
            QMessageBox::warning(window, tr("Your name in the room"),
                                 tr("\"%1\" can't be your name in the room: someone has it, or it "
                                    "is not a possible nickname.")
                                     .arg(chosen));
    });
    room->addSeparator();

    QAction *startLesson = room->addAction(tr("Start a &new lesson"));
    startLesson->setObjectName(QStringLiteral("startLessonAction"));
    startLesson->setToolTip(tr("A clean room: no code, no lock, no mutes, bans or hands. Those in "
                               "the room stay."));
    QObject::connect(startLesson, &QAction::triggered, server, &ChatServer::startLesson);
    QAction *endLesson = room->addAction(tr("&End the lesson"));
    endLesson->setObjectName(QStringLiteral("endLessonAction"));
    QObject::connect(endLesson, &QAction::triggered, server, &ChatServer::endLesson);
    const auto showLesson = [server, endLesson] {
        endLesson->setEnabled(server->lessonStarted().isValid());
    };
    QObject::connect(server, &ChatServer::lessonChanged, endLesson, showLesson);
    showLesson();
    room->addSeparator();

    QAction *code = room->addAction(tr("Require a &code…"));
    code->setObjectName(QStringLiteral("roomCodeAction"));
    code->setToolTip(tr("Only those who type the code shown on the projector get in"));
    QObject::connect(code, &QAction::triggered, server,
                     [server, window] { RoomCodePanel::askForCode(server, window); });

    QAction *quiet = room->addAction(tr("Only the &teacher speaks"));
    quiet->setObjectName(QStringLiteral("quietAction"));
    quiet->setCheckable(true);
    quiet->setToolTip(tr("Students read; their messages are not delivered, and they are told why"));
    QObject::connect(quiet, &QAction::toggled, server, &ChatServer::setQuiet);

    QAction *slow = room->addAction(tr("&Slow mode…"));
    slow->setObjectName(QStringLiteral("slowAction"));
    QObject::connect(slow, &QAction::triggered, server, [server, window] {
        bool ok = false;
        const int seconds = QInputDialog::getInt(
            window, tr("Slow mode"),
            tr("One message every how many seconds, per student (0: no limit)?"),
            server->slowSeconds(), 0, 3600, 5, &ok);
        if (ok)
            server->setSlowSeconds(seconds);
    });

    QMenu *privateMenu = room->addMenu(tr("&Private messages"));
    auto *privateGroup = new QActionGroup(privateMenu);
    const std::pair<const char *, Moderation::PrivateMessages> privateChoices[] = {
        {QT_TR_NOOP("Between everyone"), Moderation::PrivateMessages::All},
        {QT_TR_NOOP("Only to and from the teacher"), Moderation::PrivateMessages::TeacherOnly},
        {QT_TR_NOOP("None"), Moderation::PrivateMessages::Off},
    };
    for (const auto &[label, allowed] : privateChoices) {
        QAction *choice = privateMenu->addAction(tr(label));
        choice->setCheckable(true);
        choice->setChecked(allowed == server->privateMessages());
        privateGroup->addAction(choice);
        const Moderation::PrivateMessages mode = allowed;
        QObject::connect(choice, &QAction::triggered, server,
                         [server, mode] { server->setPrivateMessages(mode); });
    }
    QObject::connect(
        server, &ChatServer::moderationChanged, privateGroup, [server, quiet, privateGroup] {
            quiet->setChecked(server->isQuiet());
            privateGroup->actions().at(int(server->privateMessages()))->setChecked(true);
        });
    return {startLesson, code, lock, quiet, slow, privateMenu->menuAction()};
}
