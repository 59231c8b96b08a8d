#pragma once

// desktopnotifier.h — a desktop notification ("bubble"): through the
// freedesktop notification service on the session D-Bus when there is one,
// else through a tray icon where the desktop has a tray, else not at all.
// Notification servers render markup: the body is escaped, so a student's
// <b>, <a> or <img> stays text.

#include <QObject>
#include <QString>

class QSystemTrayIcon;

class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // False when nothing on this desktop can show it.
    bool notify(const QString &title, const QString &body);

    // The D-Bus service and path used (tests replace the service).
    static constexpr char Service[] = "org.freedesktop.Notifications";
    static constexpr char Path[] = "/org/freedesktop/Notifications";

private:
    bool notifyOverDBus(const QString &title, const QString &body);
    QSystemTrayIcon *m_tray = nullptr;
    quint32 m_lastId = 0; // a new one replaces the last: one bubble, not a pile
};
