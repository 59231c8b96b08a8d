#pragma once

// moderationactions.h — the teacher's actions in the server window: mute
// and ban in the menu of the people in the room; lock, only the teacher
// speaks, slow mode and private messages in the Room menu. Each follows
// the server's state, so a change from elsewhere shows.

#include <QCoreApplication>
#include <QList>

class ChatServer;
class QAction;
class QAbstractItemView;
class QMenu;
class QWidget;

class ModerationActions
{
    Q_DECLARE_TR_FUNCTIONS(ModerationActions)
public:
    // `people` shows the participants, their nickname in the first column.
    static void addToPeople(QAbstractItemView *people, ChatServer *server, QWidget *window);
    // The room's actions into `room`; the ones a toolbar shows are returned
    // (the lesson, the code, the lock, quiet, slow mode, private messages).
    static QList<QAction *> addToRoomMenu(QMenu *room, ChatServer *server, QWidget *window);
};
