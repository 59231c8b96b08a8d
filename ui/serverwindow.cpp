#include "serverwindow.h"

#include "server/participantsmodel.h"

#include "addresslistwidget.h"
#include "appsettings.h"
#include "base/protocol.h"
#include "browserjoinpanel.h"
#include "chatlogview.h"
#include "clientwindow.h"
#include "discovery/discoveryannouncer.h"
#include "filespanel.h"
#include "identitypanel.h"
#include "localclients.h"
#include "moderationactions.h"
#include "roomcodepanel.h"
#include "server/chatserver.h"
#include "windowmenus.h"
#include "windowteardown.h"
#include "wireinspector.h"
#include "zoomcontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// What Salon 1.0 saved as the room's name, whatever language was chosen.
bool isEnglishDefaultName(const QString &name)
{
    return name == QStringLiteral("Salon on %1")
                       .arg(QSysInfo::machineHostName())
                       .left(Discovery::MaxFieldChars);
}
} // namespace

ServerWindow::ServerWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_server(new ChatServer(this))
    , m_portField(new QSpinBox(this))
    , m_roomField(new QLineEdit(this))
    , m_startButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_freePortButton(new QPushButton(this))
    , m_addressHint(new QLabel(this))
    , m_addresses(new AddressListWidget(this))
    , m_participants(new ParticipantsModel(m_server, this))
    , m_clients(new QTreeView(this))
    , m_disconnectButton(new QPushButton(tr("&Disconnect"), this))
    , m_log(new ChatLogView(this))
    , m_announcementField(new QLineEdit(this))
    , m_announceButton(new QPushButton(tr("&Announce"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_discoveryLabel(new QLabel(this))
    , m_announcer(new DiscoveryAnnouncer(this))
    , m_inspector(new WireInspector(this))
    , m_identityPanel(new IdentityPanel(m_server, this))
    , m_browserPanel(new BrowserJoinPanel(this))
    , m_rightTabs(new QTabWidget(this))
    , m_files(new FilesPanel(m_server, this))
{
    setWindowTitle(tr("Salon — Server"));
    m_roomField->setObjectName(QStringLiteral("roomField"));
    m_discoveryLabel->setObjectName(QStringLiteral("discoveryLabel"));
    // Names for tests and accessibility tools.
    m_portField->setObjectName(QStringLiteral("portField"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_status->setObjectName(QStringLiteral("status"));
    m_addresses->setObjectName(QStringLiteral("addresses"));
    m_clients->setObjectName(QStringLiteral("clients"));
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_log->setObjectName(QStringLiteral("log"));
    m_announcementField->setObjectName(QStringLiteral("announcementField"));
    m_announceButton->setObjectName(QStringLiteral("announceButton"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));

    QLayout *topBar = buildTopBar();
    m_splitter->addWidget(buildPeoplePane());
    m_splitter->addWidget(buildLogPane());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({440, 540});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(topBar);
    layout->addWidget(new RoomCodePanel(m_server, this));
    // Side by side: what the projector shows at the start of the lesson.
    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_identityPanel, 1);
    joinRow->addWidget(m_browserPanel, 1);
    layout->addLayout(joinRow);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();
    connect(m_inspector, &WireInspector::tapChanged, m_server, &ChatServer::setWireTap);
    m_zoom = new ZoomController(this, {m_log, m_clients, m_addresses});
    createMenus();
    statusBar();

    connect(m_startButton, &QPushButton::clicked, this, &ServerWindow::toggleServer);
    connect(m_portField, &QSpinBox::editingFinished, this, [this] {
        if (!m_server->isListening())
            updateStatus();
    });
    connect(m_announceButton, &QPushButton::clicked, this, &ServerWindow::sendAnnouncement);
    connect(m_announcementField, &QLineEdit::returnPressed, this, &ServerWindow::sendAnnouncement);
    connect(m_disconnectButton, &QPushButton::clicked, this, &ServerWindow::disconnectSelected);
    connect(m_clients->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_disconnectButton->setEnabled(m_clients->selectionModel()->hasSelection());
    });
    connect(m_addresses, &AddressListWidget::copied, this, [this](const QString &address) {
        statusBar()->showMessage(tr("Copied %1 to the clipboard.").arg(address), 4000);
    });
    connect(m_browserPanel, &BrowserJoinPanel::copied, this, [this](const QString &address) {
        statusBar()->showMessage(tr("Copied %1 to the clipboard.").arg(address), 4000);
    });

    connect(m_server, &ChatServer::started, this, [this](quint16 port) {
        m_log->appendEvent(tr("The room is open on port %1.").arg(port));
        m_announcer->start(Discovery::currentScope(), port, roomName());
        updateStatus();
    });
    connect(m_server, &ChatServer::stopped, this, [this] {
        m_announcer->stop();
        m_log->appendEvent(tr("The room is closed."));
        updateStatus();
    });
    showTheRoomInTheLog();
    connect(m_server, &ChatServer::roomCodeChanged, this, &ServerWindow::updateStatus);
    connect(m_server, &ChatServer::lockedChanged, this, &ServerWindow::updateStatus);
    m_statusSoon.setSingleShot(true);
    m_statusSoon.setInterval(250);
    connect(&m_statusSoon, &QTimer::timeout, this, &ServerWindow::updateStatus);
    connect(m_server, &ChatServer::occupancyChanged, this, [this] {
        if (!m_statusSoon.isActive())
            m_statusSoon.start();
    });
    m_statusTick.setInterval(5000);
    connect(&m_statusTick, &QTimer::timeout, this, &ServerWindow::updateStatus);
    m_statusTick.start();

    restoreSettings();
    updateStatus();
}

ServerWindow::~ServerWindow()
{
    WindowTeardown::disconnectChildren(this);
}

QLayout *ServerWindow::buildTopBar()
{
    // The room's name, its port, and Start/Stop.
    // 0 lets the system pick a free port; the status then tells which.
    // A port reads and is typed as every network tool writes it ("12800"),
    // whatever digits the language uses elsewhere.
    m_portField->setLocale(QLocale::c());
    m_portField->setRange(0, 65535);
    m_portField->setSpecialValueText(tr("any free"));
    m_portField->setValue(Protocol::DefaultPort);
    m_portField->setAccessibleName(tr("Port"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portField);
    m_roomField->setMaxLength(Discovery::MaxFieldChars);
    m_roomField->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    m_roomField->setToolTip(tr("The name clients see in their list of servers found; it can "
                               "change while the room is open"));
    // Renamed while open: announced under the new name at once.
    connect(m_roomField, &QLineEdit::editingFinished, this, [this] {
        if (m_server->isListening()) {
            m_announcer->start(Discovery::currentScope(), m_server->serverPort(), roomName());
            updateDiscovery();
        }
    });
    auto *roomLabel = new QLabel(tr("&Room:"), this);
    roomLabel->setBuddy(m_roomField);
    auto *topBar = new QHBoxLayout;
    topBar->addWidget(roomLabel);
    topBar->addWidget(m_roomField);
    topBar->addWidget(portLabel);
    topBar->addWidget(m_portField);
    topBar->addWidget(m_startButton);
    topBar->addWidget(m_status, 1);
    topBar->addWidget(m_freePortButton);
    m_freePortButton->setObjectName(QStringLiteral("freePortButton"));
    m_freePortButton->hide();
    connect(m_freePortButton, &QPushButton::clicked, this, [this] {
        setPort(quint16(m_freePortButton->property("port").toUInt()));
        startServer();
    });
    return topBar;
}

void ServerWindow::restoreSettings()
{
    const QSettings settings;
    m_portField->setValue(
        settings.value(QLatin1String(AppSettings::ServerPort), Protocol::DefaultPort).toInt());
    // A name the teacher typed is kept; the default one follows the language.
    const QString typedName = settings.value(QLatin1String(AppSettings::ServerRoom)).toString();
    m_roomField->setText(typedName.isEmpty() || isEnglishDefaultName(typedName) ? defaultRoomName()
                                                                                : typedName);
    if (const QString name =
            settings.value(QLatin1String(AppSettings::ServerTeacherName)).toString();
        !name.isEmpty())
        m_server->setTeacherName(name);
    if (!restoreGeometry(settings.value(QLatin1String(AppSettings::ServerGeometry)).toByteArray()))
        resize(980, 620);
    m_splitter->restoreState(
        settings.value(QLatin1String(AppSettings::ServerSplitter)).toByteArray());
}

void ServerWindow::setPort(quint16 port)
{
    m_portField->setValue(port);
}

void ServerWindow::setRoomName(const QString &name)
{
    m_roomField->setText(name);
}

QString ServerWindow::defaultRoomName()
{
    return tr("Salon on %1").arg(QSysInfo::machineHostName()).left(Discovery::MaxFieldChars);
}

QString ServerWindow::roomName() const
{
    const QString name = m_roomField->text().trimmed();
    return name.isEmpty() ? tr("Salon") : name;
}

ClientWindow *ServerWindow::openClientWindow(const QRect &where)
{
    if (!startServer())
        return nullptr;
    QStringList taken = m_participants->nicks();
    // Windows opened a moment ago may not have joined yet.
    taken.append(m_givenNicks);
    const QString nick = LocalClients::freeNick(taken);
    m_givenNicks.append(nick);
    LocalClients::trustOwnServer(m_server);
    ClientWindow *window = LocalClients::open(m_server->serverPort(), nick, where);
    m_localClients.removeAll(nullptr);
    m_localClients.append(window);
    return window;
}

void ServerWindow::createMenus()
{
    QMenu *room = menuBar()->addMenu(tr("&Room"));
    QAction *openClient = room->addAction(tr("Open a &client window"));
    openClient->setShortcut(QKeySequence::New);
    connect(openClient, &QAction::triggered, this, [this] { openClientWindow(); });
    room->addSeparator();
    const QList<QAction *> teacherActions = ModerationActions::addToRoomMenu(room, m_server, this);
    // The same, one click away, for the teacher in front of the class.
    QToolBar *toolBar = addToolBar(tr("Room"));
    toolBar->setObjectName(QStringLiteral("roomToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    toolBar->addActions(teacherActions);
    if (auto *privateButton =
            qobject_cast<QToolButton *>(toolBar->widgetForAction(teacherActions.constLast())))
        privateButton->setPopupMode(QToolButton::InstantPopup);
    room->addSeparator();
    addFileActions(room);
    room->addSeparator();
    addIdentityActions(room);
    room->addSeparator();
    QAction *transcript = room->addAction(tr("Save the room's &history as…"));
    transcript->setObjectName(QStringLiteral("saveHistoryAction"));
    transcript->setToolTip(tr("Every lesson kept on this PC, with dates and names, as a web page "
                              "or a text file"));
    connect(transcript, &QAction::triggered, this, &ServerWindow::saveHistoryWithDialog);
    WindowMenus::addSaveAndQuit(room, m_log, this);
    WindowMenus::addViewMenu(this, m_zoom, m_inspector);
}

bool ServerWindow::startServer()
{
    if (m_server->isListening())
        return true;
    const auto port = quint16(m_portField->value());
    m_freePortButton->hide();
    if (!m_server->listen(QHostAddress::Any, port)) {
        m_log->appendError(m_server->errorString());
        m_status->setText(m_server->errorString());
        statusBar()->showMessage(m_server->errorString());
        // Another program has it: offer the next port nobody uses.
        if (m_server->portWasInUse() && port != 0) {
            if (const quint16 free = ChatServer::nextFreePort(port); free != 0) {
                m_freePortButton->setText(tr("Use port %1").arg(free));
                m_freePortButton->setProperty("port", free);
                m_freePortButton->show();
            }
        }
        m_portField->setFocus();
        m_portField->selectAll();
        return false;
    }
    statusBar()->clearMessage();
    QSettings().setValue(QLatin1String(AppSettings::ServerPort), port);
    m_announcementField->setFocus();
    return true;
}

void ServerWindow::stopServer()
{
    m_server->stop();
}

void ServerWindow::toggleServer()
{
    if (m_server->isListening())
        stopServer();
    else
        startServer();
}

void ServerWindow::sendAnnouncement()
{
    const QString text = m_announcementField->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_server->isListening()) {
        statusBar()->showMessage(tr("Start the server first: nobody can hear you yet."), 4000);
        return;
    }
    m_server->announce(text);
    m_announcementField->clear();
}

void ServerWindow::disconnectSelected()
{
    QList<quint64> chosen;
    const QModelIndexList rows = m_clients->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        chosen.append(row.data(ParticipantsModel::IdRole).toULongLong());
    for (const quint64 id : chosen)
        m_server->disconnectClient(id, tr("removed by the host"));
}

void ServerWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(AppSettings::ServerGeometry), saveGeometry());
    settings.setValue(QLatin1String(AppSettings::ServerSplitter), m_splitter->saveState());
    settings.setValue(QLatin1String(AppSettings::ServerPort), m_portField->value());
    // Only a name the teacher chose: "Salon on vm" must become "Salon sur vm"
    // when Salon next speaks French.
    const QString name = m_roomField->text().trimmed();
    if (name == defaultRoomName() || isEnglishDefaultName(name))
        settings.remove(QLatin1String(AppSettings::ServerRoom));
    else
        settings.setValue(QLatin1String(AppSettings::ServerRoom), name);
}

void ServerWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_server->stop();
    // Quitting the room (the demo too) closes the windows it opened: they
    // would only try to reconnect to a room that is gone.
    for (const QPointer<ClientWindow> &window : std::exchange(m_localClients, {})) {
        if (window)
            window->close();
    }
    QMainWindow::closeEvent(event);
}
