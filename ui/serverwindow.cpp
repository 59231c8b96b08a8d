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
#include "handspanel.h"
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
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
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

    // Port and Start/Stop.
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

    // Where to connect.
    m_addressHint->setTextFormat(Qt::PlainText);
    m_addressHint->setWordWrap(true);
    auto *addressBox = new QGroupBox(tr("Clients can connect to"), this);
    auto *addressLayout = new QVBoxLayout(addressBox);
    addressLayout->addWidget(m_addressHint);
    addressLayout->addWidget(m_addresses);
    m_discoveryLabel->setTextFormat(Qt::PlainText);
    m_discoveryLabel->setWordWrap(true);
    addressLayout->addWidget(m_discoveryLabel);

    // Who is here.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_participants);
    sorted->setSortRole(ParticipantsModel::SortRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_clients->setModel(sorted);
    m_clients->setRootIsDecorated(false);
    m_clients->setUniformRowHeights(true);
    m_clients->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_clients->setSortingEnabled(true);
    m_clients->sortByColumn(ParticipantsModel::SinceColumn, Qt::AscendingOrder);
    m_clients->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clients->setContextMenuPolicy(Qt::ActionsContextMenu);
    ModerationActions::addToPeople(m_clients, m_server, this);
    auto *disconnectAction = new QAction(tr("Disconnect this client"), m_clients);
    m_clients->addAction(disconnectAction);
    m_disconnectButton->setEnabled(false);
    auto *clientsBox = new QGroupBox(tr("In the room"), this);
    auto *clientsLayout = new QVBoxLayout(clientsBox);
    clientsLayout->addWidget(peopleFinder(sorted));
    clientsLayout->addWidget(m_clients);
    auto *clientButtons = new QHBoxLayout;
    clientButtons->addStretch();
    clientButtons->addWidget(m_disconnectButton);
    clientsLayout->addLayout(clientButtons);

    auto *leftPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(addressBox);
    leftLayout->addWidget(clientsBox, 1);
    leftLayout->addWidget(new HandsPanel(m_server, this));

    // The room's log and the announcement field.
    m_log->setPlaceholderText(tr("The room's messages and events will appear here."));
    m_announcementField->setPlaceholderText(tr("Announcement to everyone"));
    m_announcementField->setClearButtonEnabled(true);
    m_announcementField->setMaxLength(Protocol::MaxMessageChars);
    auto *announceBar = new QHBoxLayout;
    announceBar->addWidget(m_announcementField, 1);
    announceBar->addWidget(m_announceButton);
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log, 1);
    logLayout->addLayout(announceBar);
    // The log, and beside it the lesson's files (serverwindow_files.cpp).
    m_rightTabs->setObjectName(QStringLiteral("rightTabs"));
    m_rightTabs->setDocumentMode(true);
    m_rightTabs->addTab(logPane, tr("&Log"));
    setUpFiles();

    m_splitter->addWidget(leftPane);
    m_splitter->addWidget(m_rightTabs);
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
    connect(disconnectAction, &QAction::triggered, this, &ServerWindow::disconnectSelected);
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
    updateStatus();
}

ServerWindow::~ServerWindow()
{
    WindowTeardown::disconnectChildren(this);
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

void ServerWindow::updateStatus()
{
    const bool listening = m_server->isListening();
    const int port = listening ? m_server->serverPort() : m_portField->value();
    m_startButton->setText(listening ? tr("&Stop") : tr("&Start"));
    m_portField->setEnabled(!listening);
    m_announceButton->setEnabled(listening);
    m_announcementField->setEnabled(listening);
    if (listening) {
        m_status->setText(occupancyText());
        setWindowTitle(tr("Salon — Server on port %1").arg(port));
    } else {
        m_status->setText(tr("Stopped. Press Start to open the room."));
        setWindowTitle(tr("Salon — Server"));
    }
    m_addressHint->setText(
        tr("Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1")
            .arg(port));
    // Join links name the port the room is open on, and its identity.
    const auto &identity = m_server->identity();
    m_addresses->setJoinLink(listening ? quint16(port) : 0,
                             identity ? identity->sha256() : QByteArray());
    m_browserPanel->setAddress(listening && m_browserJoinShown ? browserAddress(quint16(port))
                                                               : QString());
    updateDiscovery();
}

void ServerWindow::setBrowserJoinShown(bool shown)
{
    m_browserJoinShown = shown;
    updateStatus();
}

QString ServerWindow::browserAddress(quint16 port) const
{
    // The address phones on the LAN reach: the first IPv4 address of a
    // network (this computer's own when it has none).
    QString host = QStringLiteral("127.0.0.1");
    for (const QString &address : m_addresses->addresses()) {
        const QHostAddress parsed(address);
        if (parsed.protocol() == QAbstractSocket::IPv4Protocol && !parsed.isLoopback()) {
            host = address;
            break;
        }
    }
    // Where the room only takes encrypted connections, the code says so,
    // with the certificate's hash (a browser ignores it; Salon checks it).
    const auto &identity = m_server->identity();
    if (m_server->requiresTls() && identity)
        return QStringLiteral("https://%1:%2/#sha256=%3")
            .arg(host)
            .arg(port)
            .arg(QString::fromLatin1(identity->sha256().toHex()));
    return QStringLiteral("http://%1:%2/").arg(host).arg(port);
}

QString ServerWindow::occupancyText() const
{
    const ChatServer::Occupancy room = m_server->occupancy();
    QStringList parts{tr("Open on port %1 — %n person(s) in the room.", nullptr, room.members)
                          .arg(m_server->serverPort())};
    if (room.members >= room.places)
        parts.append(tr("The room is full (%1 places).").arg(room.places));
    if (const QDateTime lesson = m_server->lessonStarted(); lesson.isValid())
        parts.append(
            tr("Lesson since %1.").arg(lesson.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (m_server->isLocked())
        parts.append(tr("Locked: nobody new joins."));
    if (room.connecting > 0)
        parts.append(tr("%n getting in.", nullptr, room.connecting));
    if (room.heldNames > 0)
        parts.append(tr("%n name(s) kept for people who dropped.", nullptr, room.heldNames));
    if (room.turnedAway > 0)
        parts.append(tr("%n turned away in the last minute.", nullptr, room.turnedAway));
    if (room.wrongCodes > 0)
        parts.append(tr("%n wrong code(s) in the last 10 minutes.", nullptr, room.wrongCodes));
    if (room.waiting > 0)
        parts.append(
            tr("%n address(es) waiting after too many wrong codes.", nullptr, room.waiting));
    return parts.join(QLatin1Char(' '));
}

void ServerWindow::updateDiscovery()
{
    if (!m_server->isListening()) {
        m_discoveryLabel->clear();
        return;
    }
    switch (Discovery::currentScope()) {
    case Discovery::Scope::Lan:
        m_discoveryLabel->setText(
            tr("Salon clients on the network find this room as \"%1\" (UDP port %2).")
                .arg(roomName())
                .arg(Discovery::DefaultPort));
        break;
    case Discovery::Scope::Loopback:
        m_discoveryLabel->setText(
            tr("Salon clients on this PC find this room as \"%1\"; other PCs type an address.")
                .arg(roomName()));
        break;
    case Discovery::Scope::Off:
        m_discoveryLabel->setText(
            tr("The room is not announced (discovery is off): clients type an address."));
        break;
    }
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
