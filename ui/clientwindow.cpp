#include "clientwindow.h"
#include "throttle.h"

#include "alerts.h"
#include "announcementbar.h"
#include "appsettings.h"
#include "base/protocol.h"
#include "chatlogview.h"
#include "client/hostinput.h"
#include "connectbar.h"
#include "historylineedit.h"
#include "model/nickname.h"
#include "outboxview.h"
#include "peoplelistmodel.h"
#include "rawtextbar.h"
#include "reconnectbar.h"
#include "roomcodebar.h"
#include "roomlogwriter.h"
#include "servertrust.h"
#include "windowmenus.h"
#include "windowteardown.h"
#include "wireinspector.h"
#include "zoomcontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <functional>

ClientWindow::ClientWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new ChatClient(this))
    , m_connectBar(new ConnectBar(this))
    , m_errorLabel(new QLabel(this))
    , m_plainBar(new QLabel(this))
    , m_reconnectBar(new ReconnectBar(this))
    , m_codeBar(new RoomCodeBar(this))
    , m_outbox(new OutboxView(this))
    , m_announcement(new AnnouncementBar(this))
    , m_handButton(new QPushButton(tr("Raise &hand"), this))
    , m_alerts(new Alerts(m_client, this, this))
    , m_rawBar(new RawTextBar(this))
    , m_log(new ChatLogView(this))
    , m_peopleLabel(new QLabel(this))
    , m_people(new QListView(this))
    , m_peopleModel(new PeopleListModel(this))
    , m_messageField(new HistoryLineEdit(this))
    , m_sendButton(new QPushButton(tr("S&end"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_inspector(new WireInspector(this))
    , m_logWriter(new RoomLogWriter(m_client, m_log, this))
{
    setWindowTitle(tr("Salon — Client"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));
    buildErrorLabel();
    buildRoomPane();

    auto *sendBar = new QHBoxLayout;
    sendBar->addWidget(m_messageField, 1);
    sendBar->addWidget(m_sendButton);
    sendBar->addWidget(m_handButton);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_connectBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_plainBar);
    layout->addWidget(m_reconnectBar);
    layout->addWidget(m_codeBar);
    layout->addWidget(m_rawBar);
    layout->addWidget(m_announcement);
    layout->addWidget(m_splitter, 1);
    setUpFiles(layout);
    layout->addWidget(m_outbox);
    layout->addLayout(sendBar);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();
    connect(m_inspector, &WireInspector::tapChanged, m_client, &ChatClient::setWireTap);
    m_zoom = new ZoomController(this, {m_log, m_people});
    connect(m_zoom, &ZoomController::zoomed, this, [this] { showPeople(m_client->people()); });
    createMenus();

    connectControls();
    connectClient();
    watchServerIdentity();
    restoreSettings();
    showState(ChatClient::State::Disconnected);
    showPeople({});
}

void ClientWindow::buildErrorLabel()
{
    // Errors stay visible until the next attempt.
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAutoFillBackground(true);
    m_errorLabel->setMargin(6);
    QPalette errorColors = m_errorLabel->palette();
    errorColors.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
    errorColors.setColor(QPalette::WindowText, QColor(0x72, 0x1c, 0x24));
    m_errorLabel->setPalette(errorColors);
    m_errorLabel->hide();
}

void ClientWindow::buildRoomPane()
{
    // The log beside the people present, and the message field below.
    m_log->setObjectName(QStringLiteral("log"));
    m_people->setObjectName(QStringLiteral("people"));
    m_people->setModel(m_peopleModel);
    m_people->setUniformItemSizes(true); // thousands of rows of one height
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peopleLabel->setObjectName(QStringLiteral("peopleLabel"));
    m_messageField->setObjectName(QStringLiteral("messageField"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_log->setPlaceholderText(
        tr("Type the server's address (the server window shows it), choose a nickname, then "
           "press Connect."));
    m_people->setToolTip(tr("Double-click a name to send a private message"));
    m_peopleLabel->setTextFormat(Qt::PlainText);
    auto *peoplePane = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(peoplePane);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_peopleLabel);
    peopleLayout->addWidget(m_people, 1);
    m_splitter->addWidget(m_log);
    m_splitter->addWidget(peoplePane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({560, 160});
    m_messageField->setPlaceholderText(
        tr("Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME "
           "renames"));
    m_messageField->setMaxLength(Protocol::MaxMessageChars);
}

void ClientWindow::connectControls()
{
    connect(m_connectBar, &ConnectBar::buttonClicked, this, &ClientWindow::toggleConnection);
    connect(m_connectBar, &ConnectBar::submitted, this, [this] {
        if (m_client->state() == ChatClient::State::Disconnected)
            connectToServer();
    });
    connect(m_reconnectBar, &ReconnectBar::reconnectNowClicked, m_client,
            &ChatClient::reconnectNow);
    connect(m_client, &ChatClient::reconnectCountdown, this, &ClientWindow::showCountdown);
    connect(m_client, &ChatClient::reconnectTryFailed, m_reconnectBar, &ReconnectBar::showLastTry);
    connect(m_client, &ChatClient::disconnected, m_reconnectBar,
            [this] { m_reconnectBar->showLastTry({}); });
    connect(m_messageField, &QLineEdit::returnPressed, this, &ClientWindow::send);
    connect(m_sendButton, &QPushButton::clicked, this, &ClientWindow::send);
    connect(m_rawBar, &RawTextBar::lineEndingChanged, m_client, &ChatClient::setLineEnding);
    connect(m_people, &QListView::activated, this, [this](const QModelIndex &person) {
        m_messageField->setText(QStringLiteral("/msg %1 ").arg(person.data().toString()));
        m_messageField->setFocus();
    });
}

void ClientWindow::connectClient()
{
    connect(m_client, &ChatClient::stateChanged, this, &ClientWindow::showState);
    connect(m_client, &ChatClient::errorOccurred, this, &ClientWindow::showError);
    connect(m_client, &ChatClient::messageReceived, this, &ClientWindow::countUnread);
    // The list is drawn again at most ten times a second while a crowd comes in.
    auto *people = new Throttle(
        100, [this] { showPeople(m_client->people()); }, this);
    connect(m_client, &ChatClient::peopleChanged, people, &Throttle::request);
    connect(m_client, &ChatClient::joined, this, [this](const QString &nick) {
        m_connectBar->setNick(nick);
        m_errorLabel->hide();
        m_codeBar->hide();
        // The code that let us in is remembered for next time.
        if (const QString code = m_client->roomCode(); !code.isEmpty())
            m_roomCodes.insert(serverKey(), code);
        m_typedCode.clear();
        saveSettings();
        m_messageField->setFocus();
    });
    connect(m_client, &ChatClient::personRenamed, this, [this](const QString &, const QString &to) {
        if (to == m_client->nick()) {
            m_connectBar->setNick(to);
            updateTitle(); // the title names us
        }
    });
    connect(m_client, &ChatClient::foreignServerDetected, this,
            [this] { m_messageField->setFocus(); });
    connect(m_client, &ChatClient::disconnected, this, [this] { showPeople({}); });
    connect(m_client, &ChatClient::nameLost, this,
            [this](const QString &, const QString &suggestion) {
                // Another name, ready: one click on Connect and the person is back.
                m_connectBar->setNick(suggestion);
                m_connectBar->focusNick();
            });
    connect(m_client, &ChatClient::roomCodeNeeded, this, [this](bool wrong) {
        m_roomCodes.remove(serverKey());
        m_typedCode.clear();
        saveSettings();
        m_errorLabel->hide(); // the bar says it, and what to do
        m_codeBar->ask(wrong);
    });
    connect(m_codeBar, &RoomCodeBar::joinClicked, this, [this](const QString &code) {
        m_typedCode = code;
        connectToServer();
    });
    connect(m_client, &ChatClient::outboxChanged, this, &ClientWindow::showOutbox);
    m_handButton->setObjectName(QStringLiteral("handButton"));
    m_handButton->setCheckable(true);
    m_handButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_handButton->setToolTip(tr("Ask the teacher for the floor (Ctrl+H); again to take it back"));
    // The button shows what the room says, not what was clicked.
    connect(m_handButton, &QPushButton::clicked, this, [this](bool up) {
        m_handButton->setChecked(!up);
        m_client->setHandRaised(up);
    });
    connect(m_client, &ChatClient::handChanged, this, [this](bool up, int position) {
        m_handButton->setChecked(up);
        m_handButton->setText(up ? tr("Hand up (%1)").arg(position) : tr("Raise &hand"));
    });
    connect(m_client, &ChatClient::announcementReceived, m_announcement,
            [this](const QString &text) { m_announcement->showAnnouncement(text); });
    connect(m_client, &ChatClient::stateChanged, this, &ClientWindow::showOutbox);
    connect(m_outbox, &OutboxView::discardClicked, m_client, &ChatClient::discardOutbox);
}

void ClientWindow::showOutbox()
{
    m_outbox->show(m_client->outbox(), m_client->nick(),
                   m_client->state() != ChatClient::State::Connected);
}

void ClientWindow::restoreSettings()
{
    const QSettings settings;
    m_connectBar->setHost(
        settings.value(QLatin1String(AppSettings::ClientHost), QStringLiteral("localhost"))
            .toString());
    m_connectBar->setPort(quint16(
        settings.value(QLatin1String(AppSettings::ClientPort), Protocol::DefaultPort).toUInt()));
    m_connectBar->setNick(
        settings.value(QLatin1String(AppSettings::ClientNick), AppSettings::defaultNick())
            .toString());
    m_rawBar->setLineEnding(ChatClient::LineEnding(
        settings.value(QLatin1String(AppSettings::ClientLineEnding), 0).toInt()));
    if (!restoreGeometry(settings.value(QLatin1String(AppSettings::ClientGeometry)).toByteArray()))
        resize(820, 560);
    m_splitter->restoreState(
        settings.value(QLatin1String(AppSettings::ClientSplitter)).toByteArray());
    const QVariantMap codes = settings.value(QLatin1String(AppSettings::ClientRoomCodes)).toMap();
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        m_roomCodes.insert(it.key(), it.value().toString());
}

QStringList ClientWindow::serversListed() const
{
    return m_connectBar->serversListed();
}

void ClientWindow::createMenus()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QMenu *alerts = chat->addMenu(tr("&Alerts"));
    alerts->setToolTipsVisible(true);
    const auto addSwitch = [alerts](const QString &text, const QString &name, bool on,
                                    const std::function<void(bool)> &set) {
        QAction *action = alerts->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(on);
        QObject::connect(action, &QAction::toggled, action, set);
    };
    addSwitch(tr("Flash the &taskbar"), QStringLiteral("alertTaskbar"), m_alerts->flashesTaskbar(),
              [this](bool on) { m_alerts->setFlashesTaskbar(on); });
    addSwitch(tr("Desktop &notifications"), QStringLiteral("alertDesktop"),
              m_alerts->showsNotifications(),
              [this](bool on) { m_alerts->setShowsNotifications(on); });
    addSwitch(tr("&Unread count in the title"), QStringLiteral("alertUnread"),
              m_alerts->countsUnread(), [this](bool on) { m_alerts->setCountsUnread(on); });
    alerts->setToolTip(tr("For private messages, your name, and the teacher's announcements, "
                          "while this window is not in front"));
    chat->addSeparator();
    WindowMenus::addSaveAndQuit(chat, m_log, this);
    WindowMenus::addViewMenu(this, m_zoom, m_inspector);
}

void ClientWindow::setCompact(bool compact)
{
    m_compact = compact;
    showSecurity(); // compact: the state line says it, no bar
    menuBar()->setVisible(!compact);
    m_connectBar->setCompact(compact);
    m_splitter->widget(1)->setVisible(!compact);
    m_messageField->setPlaceholderText(
        compact ? tr("Message — Enter sends")
                : tr("Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick "
                     "NAME renames"));
    if (QLayout *layout = centralWidget()->layout()) {
        const int margin = compact ? 2 : style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
        layout->setContentsMargins(margin, margin, margin, margin);
        layout->setSpacing(compact ? 2 : -1);
    }
}

ClientWindow::~ClientWindow()
{
    WindowTeardown::disconnectChildren(this);
}

void ClientWindow::setHost(const QString &host)
{
    m_connectBar->setHost(host);
}

void ClientWindow::setPort(quint16 port)
{
    m_connectBar->setPort(port);
}

void ClientWindow::setNick(const QString &nick)
{
    m_connectBar->setNick(nick);
}

void ClientWindow::connectToServer()
{
    // "127.0.0.1:12800" typed in the host box: the port goes where it belongs.
    const HostInput typed = HostInput::parse(m_connectBar->host());
    m_plainBar->hide();
    if (!typed.error.isEmpty()) {
        showError(typed.error);
        m_connectBar->focusHost();
        return;
    }
    if (typed.port) {
        m_connectBar->setHost(typed.host);
        m_connectBar->setPort(*typed.port);
    }
    if (!typed.sha256.isEmpty())
        m_linkFingerprints.insert(typed.host + u':' + QString::number(*typed.port), typed.sha256);
    const QString host = typed.host;
    const QString nick = m_connectBar->nick();
    const quint16 port = m_connectBar->port();
    if (const QString problem = Nickname::problem(nick); !problem.isEmpty()) {
        showError(problem);
        m_connectBar->focusNick();
        return;
    }
    m_errorLabel->hide();
    m_rawBar->hide();
    m_codeBar->hide();
    m_client->setRoomCode(m_typedCode.isEmpty() ? m_roomCodes.value(serverKey()) : m_typedCode);
    m_client->setPinnedFingerprint(expectedFingerprint(host, port));
    m_logWriter->connecting(host, port);
    m_client->connectToServer(host, port, nick);
}

void ClientWindow::toggleConnection()
{
    if (m_client->state() == ChatClient::State::Disconnected)
        connectToServer();
    else
        m_client->disconnectFromServer();
}

void ClientWindow::send()
{
    const QString text = m_messageField->text();
    if (text.trimmed().isEmpty())
        return;
    if (!m_client->isInRoom() && !m_client->isComingBack()) {
        showError(tr("You are not connected: press Connect first."));
        return;
    }
    if (m_client->state() == ChatClient::State::RawText) {
        m_client->sendMessage(text);
        m_log->appendMessage(QDateTime::currentDateTime(), QStringLiteral(">"), text,
                             ChatLogView::Style::RawSent);
        m_messageField->commit();
        return;
    }
    if (m_client->sendTyped(text))
        m_messageField->commit();
}

void ClientWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(AppSettings::ClientHost), m_connectBar->host());
    settings.setValue(QLatin1String(AppSettings::ClientPort), m_connectBar->port());
    settings.setValue(QLatin1String(AppSettings::ClientNick), m_connectBar->nick());
    settings.setValue(QLatin1String(AppSettings::ClientLineEnding), int(m_rawBar->lineEnding()));
    settings.setValue(QLatin1String(AppSettings::ClientGeometry), saveGeometry());
    settings.setValue(QLatin1String(AppSettings::ClientSplitter), m_splitter->saveState());
    QVariantMap codes;
    for (auto it = m_roomCodes.cbegin(); it != m_roomCodes.cend(); ++it)
        codes.insert(it.key(), it.value());
    settings.setValue(QLatin1String(AppSettings::ClientRoomCodes), codes);
}

QString ClientWindow::serverKey() const
{
    return QStringLiteral("%1:%2").arg(m_connectBar->host()).arg(m_connectBar->port());
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_client->state() != ChatClient::State::Disconnected)
        m_client->disconnectFromServer();
    QMainWindow::closeEvent(event);
}
