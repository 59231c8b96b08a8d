#include "demowindow.h"

#include "clientwindow.h"
#include "localclients.h"
#include "server/chatserver.h"
#include "serverwindow.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QSplitter>
#include <QTimer>

DemoWindow::DemoWindow(QWidget *parent)
    : QWidget(parent)
    , m_server(new ServerWindow)
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Salon — Classroom demo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));
    setObjectName(QStringLiteral("demoWindow"));
    // The server window, as a pane: its menus and toolbar come with it.
    m_server->setWindowFlags(Qt::Widget);
    m_server->setBrowserJoinShown(false);
    m_server->installEventFilter(this);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(4);
    m_splitter->addWidget(m_server);
    m_splitter->addWidget(m_grid);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

int DemoWindow::columnsFor(int count)
{
    return count <= 3 ? 1 : count <= 8 ? 2 : 3;
}

bool DemoWindow::start(quint16 port, int count)
{
    m_server->setPort(port);
    if (!m_server->startServer()) {
        // Port 12800 taken (another Salon?): the demo still runs, on a free port.
        m_server->setPort(0);
        if (!m_server->startServer())
            return false;
    }
    const int columns = columnsFor(count);
    LocalClients::trustOwnServer(m_server->server());
    QStringList taken;
    for (int i = 0; i < count; ++i) {
        auto *client = new ClientWindow;
        client->setWindowFlags(Qt::Widget);
        client->setCompact(true);
        const QString nick = LocalClients::freeNick(taken);
        taken.append(nick);
        client->setHost(QStringLiteral("127.0.0.1"));
        client->setPort(m_server->server()->serverPort());
        client->setNick(nick);
        m_gridLayout->addWidget(client, i / columns, i % columns);
        m_clients.append(client);
        client->connectToServer();
    }
    // The clients get the larger share when there are many of them.
    const int serverShare = count > 4 ? 38 : count > 0 ? 48 : 100;
    m_splitter->setSizes({serverShare * 10, (100 - serverShare) * 10});
    return true;
}

bool DemoWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The server pane's Quit ends the demo.
    if (watched == m_server && event->type() == QEvent::Close)
        QTimer::singleShot(0, this, &QWidget::close);
    return QWidget::eventFilter(watched, event);
}

void DemoWindow::closeEvent(QCloseEvent *event)
{
    // Each pane says goodbye and keeps its settings, as its own window would.
    for (ClientWindow *client : std::as_const(m_clients))
        client->close();
    m_server->removeEventFilter(this);
    m_server->close();
    QWidget::closeEvent(event);
}
