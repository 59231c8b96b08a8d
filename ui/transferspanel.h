#pragma once

// transferspanel.h — the files of the room in the client window: each one
// the teacher handed out (fetched by itself into the room's download
// folder) and each piece of work handed in, as a row with its progress,
// rate and time left, then Open and Show in folder. While the teacher
// collects work, "Hand in…" (or files dropped on the window) sends it.
// It shows only when there is something to show.

#include <QGroupBox>

class FileTransfers;
class TransferJob;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class TransfersPanel : public QGroupBox
{
    Q_OBJECT
public:
    TransfersPanel(FileTransfers *transfers, QWidget *parent = nullptr);

    // Asks for the files to hand in; hands them in.
    void chooseFilesToHandIn();
    // Hands in `paths`; false when nobody collects (it says so).
    bool handIn(const QStringList &paths);
    // Asks for files to share with the room; shares them.
    void chooseFilesToShare();
    bool share(const QStringList &paths);

    // A row's text, as shown (for tests): name, state.
    QStringList rows() const;

private:
    void add(TransferJob *job);
    void update(TransferJob *job);
    void updateButtons();
    QTreeWidgetItem *itemOf(TransferJob *job) const;
    TransferJob *selectedJob() const;
    void refreshVisibility();

    FileTransfers *m_transfers;
    QTreeWidget *m_list;
    QLabel *m_collecting;
    QPushButton *m_handIn;
    QPushButton *m_open;
    QPushButton *m_showInFolder;
    QPushButton *m_retry;
    QPushButton *m_share;
};
