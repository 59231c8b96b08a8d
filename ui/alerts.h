#pragma once

// alerts.h — what reaches a person whose client window is not in front: a
// private message, a message that names them, or the teacher's
// announcement flashes the taskbar and shows a desktop notification (the
// other messages only count in the title). Each can be turned off (Chat ▸
// Alerts), and stays so.

#include "model/chatmessage.h"

#include <QObject>

class ChatClient;
class DesktopNotifier;
class QWidget;

class Alerts : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Private, Mention, Announcement };
    Q_ENUM(Kind)

    Alerts(ChatClient *client, QWidget *window, QObject *parent = nullptr);

    bool flashesTaskbar() const { return m_taskbar; }
    bool showsNotifications() const { return m_desktop; }
    bool countsUnread() const { return m_unread; }
    void setFlashesTaskbar(bool on);
    void setShowsNotifications(bool on);
    void setCountsUnread(bool on);

    // True when `text` names `nick` as a word ("alice", "@Alice,", not "alicea").
    static bool mentions(const QString &text, const QString &nick);

signals:
    // Someone was alerted: for the title, and for tests.
    void alerted(Alerts::Kind kind, const QString &title, const QString &body);

private:
    void consider(const ChatMessage &message);
    void alert(Kind kind, const QString &title, const QString &body);

    ChatClient *m_client;
    QWidget *m_window;
    DesktopNotifier *m_notifier;
    bool m_taskbar = true;
    bool m_desktop = true;
    bool m_unread = true;
};
