#pragma once

// reconnectbar.h — shown while the client window reconnects: the countdown
// to the next try, and a way not to wait.

#include <QWidget>

class QLabel;
class QPushButton;

class ReconnectBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReconnectBar(QWidget *parent = nullptr);
    void showCountdown(int secondsLeft);

signals:
    void reconnectNowClicked();

private:
    QLabel *m_label;
    QPushButton *m_button;
};
