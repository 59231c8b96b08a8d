#pragma once

// demowindow.h — the classroom demo on one screen, for a projector: the
// server window on the left and a grid of compact client panes on the
// right (ClientWindow::setCompact), so that with up to 8 clients or more
// every client's state, last lines, message field and hand stay visible
// at 1366×768 as at 1920×1080. Closing it, or the server's Quit, ends the
// whole demo.

#include <QList>
#include <QWidget>

class ClientWindow;
class QGridLayout;
class QSplitter;
class ServerWindow;

class DemoWindow : public QWidget
{
    Q_OBJECT
public:
    explicit DemoWindow(QWidget *parent = nullptr);

    ServerWindow *server() const { return m_server; }
    const QList<ClientWindow *> &clients() const { return m_clients; }

    // Opens the room (on `port`, or a free one when it is taken) and `count`
    // client panes joined to it; false when no port could be opened.
    bool start(quint16 port, int count);

    // Columns for `count` panes: the grid stays readable.
    static int columnsFor(int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ServerWindow *m_server;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QSplitter *m_splitter;
    QList<ClientWindow *> m_clients;
};
