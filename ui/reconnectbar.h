#pragma once

// reconnectbar.h — shown while the client window reconnects: one status
// line with the countdown to the next try and why the last one failed (said
// here, not as a new error each time), and a way not to wait.

#include <QWidget>

class QLabel;
class QPushButton;

class ReconnectBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReconnectBar(QWidget *parent = nullptr);
    void showCountdown(int secondsLeft);
    // Why the last try failed; empty: no try yet.
    void showLastTry(const QString &problem);

signals:
    void reconnectNowClicked();

private:
    void updateText();

    int m_secondsLeft = 0;
    QString m_lastTry;
    QLabel *m_label;
    QPushButton *m_button;
};
