#pragma once

// roomcodepanel.h — the room's code, large enough to read from the back of
// a classroom on a projector, with a way to change it; and, when so many
// wrong codes came that someone may be guessing, a warning that says what
// to do. It shows only while the room has a code or a warning.

#include <QFrame>

class ChatServer;
class QLabel;
class QPushButton;

class RoomCodePanel : public QFrame
{
    Q_OBJECT
public:
    RoomCodePanel(ChatServer *server, QWidget *parent = nullptr);

    // The code as shown ("123 456"), and the warning (empty: none).
    QString shownCode() const;
    QString warning() const;

    // Asks the teacher for a code (or none), with a way to generate one.
    static void askForCode(ChatServer *server, QWidget *window);

private:
    void refresh();

    ChatServer *m_server;
    QLabel *m_caption;
    QLabel *m_code;
    QLabel *m_warning;
    QPushButton *m_change;
};
