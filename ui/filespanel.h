#pragma once

// filespanel.h — the lesson's files, for the teacher in the server window:
// what was handed out (name, size, SHA-256), and while work is collected a
// table of what came in — student, file, size, time, checked, from where,
// late — and who has not handed anything in yet. Its buttons hand out,
// open or close a collection, and open the folder the work lands in.

#include <QWidget>

class ChatServer;
class QLabel;
class QPushButton;
class QTreeWidget;

class FilesPanel : public QWidget
{
    Q_OBJECT
public:
    FilesPanel(ChatServer *server, QWidget *parent = nullptr);

    // Asks for files to hand out (a file dialog); hands out those chosen.
    void chooseFilesToHandOut();
    // Hands out `paths`, saying in the window what could not be.
    void handOut(const QStringList &paths);
    // Opens a collection, asking its title; or closes the one open.
    void toggleCollecting();
    void openHandInFolder();
    // A line for the tab: "Files (3 handed in)".
    QString summary() const;

signals:
    void summaryChanged();
    // Something went wrong, in words (for the log).
    void problem(const QString &text);

private:
    void refresh();

    ChatServer *m_server;
    QTreeWidget *m_handedOut;
    QTreeWidget *m_handIns;
    QLabel *m_collection;
    QLabel *m_missing;
    QPushButton *m_handOutButton;
    QPushButton *m_collectButton;
    QPushButton *m_folderButton;
};
