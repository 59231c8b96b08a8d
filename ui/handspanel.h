#pragma once

// handspanel.h — the raised hands, for the teacher in the server window:
// who, in what order, waiting how long; lower one, or all. It shows only
// while a hand is up.

#include <QGroupBox>
#include <QTimer>

class ChatServer;
class QListWidget;
class QPushButton;

class HandsPanel : public QGroupBox
{
    Q_OBJECT
public:
    HandsPanel(ChatServer *server, QWidget *parent = nullptr);

    // The lines shown, as text.
    QStringList shown() const;

private:
    void refresh();

    ChatServer *m_server;
    QListWidget *m_list;
    QPushButton *m_lower;
    QPushButton *m_lowerAll;
    QTimer m_tick; // the waiting times grow
};
