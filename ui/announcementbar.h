#pragma once

// announcementbar.h — the teacher's latest announcement, above the client
// window's log, with a badge no student's message can wear: it stays until
// the person dismisses it (a new one shows again). The log keeps every
// announcement too, in order.

#include <QDateTime>
#include <QFrame>

class QLabel;
class QToolButton;

class AnnouncementBar : public QFrame
{
    Q_OBJECT
public:
    explicit AnnouncementBar(QWidget *parent = nullptr);

    void showAnnouncement(const QString &text,
                          const QDateTime &time = QDateTime::currentDateTime());
    QString text() const;

private:
    QLabel *m_badge;
    QLabel *m_text;
    QToolButton *m_dismiss;
};
