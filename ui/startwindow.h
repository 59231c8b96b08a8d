#pragma once

// startwindow.h — what a double click on Salon shows: host a room, join
// one, or try it all on this PC, in plain words, with the last choice ready
// to press.

#include <QWidget>

class QCommandLinkButton;

class StartWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Choice { Host, Join, Demo };
    Q_ENUM(Choice)

    explicit StartWindow(QWidget *parent = nullptr);

signals:
    void chosen(StartWindow::Choice choice);

private:
    void choose(Choice choice);

    QCommandLinkButton *m_hostButton;
    QCommandLinkButton *m_joinButton;
    QCommandLinkButton *m_demoButton;
};
