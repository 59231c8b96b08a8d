#pragma once

// moderationactions.h — the teacher's actions in the server window: mute
// and ban in the menu of the people in the room; lock, only the teacher
// speaks, slow mode and private messages in the Room menu. Each follows
// the server's state, so a change from elsewhere shows.

#include <QCoreApplication>

class ChatServer;
class QAbstractItemView;
class QMenu;
class QWidget;

class ModerationActions
{
    Q_DECLARE_TR_FUNCTIONS(ModerationActions)
public:
    // `people` shows the participants, their nickname in the first column.
    static void addToPeople(QAbstractItemView *people, ChatServer *server, QWidget *window);
    static void addToRoomMenu(QMenu *room, ChatServer *server, QWidget *window);
};
