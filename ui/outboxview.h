#pragma once

// outboxview.h — the messages on their way, under the log: each one the
// person sent that the server has not shown back yet, marked "sending…",
// until its copy arrives (then it is in the log, in the room's order) or it
// is refused (then the log says why). While the connection is down they
// wait here, visibly, and the person may give up on them.

#include "client/outbox.h"

#include <QWidget>

class QLabel;
class QPushButton;

class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(QWidget *parent = nullptr);

    // Lines shown at most; the rest are counted.
    static constexpr int MaxShown = 3;

    // Shows `outbox` from `nick`; `linkDown`: they can't leave just now.
    void show(const Outbox &outbox, const QString &nick, bool linkDown);
    QString shownText() const;

signals:
    void discardClicked();

private:
    QLabel *m_lines;
    QPushButton *m_discard;
};
