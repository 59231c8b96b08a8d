#include "clientwindow.h"

#include "appsettings.h"
#include "base/protocol.h"
#include "chatlogview.h"
#include "discovery/discoverybrowser.h"
#include "historylineedit.h"
#include "model/nickname.h"
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
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
// Where a found server's address and port sit in the host field's list.
constexpr int AddressRole = Qt::UserRole;
constexpr int PortRole = Qt::UserRole + 1;
} // namespace

ClientWindow::ClientWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new ChatClient(this))
    , m_hostBox(new QComboBox(this))
    , m_hostField(new QLineEdit(this))
    , m_portField(new QSpinBox(this))
    , m_nickField(new QLineEdit(this))
    , m_connectButton(new QPushButton(this))
    , m_reconnectBar(new QWidget(this))
    , m_reconnectLabel(new QLabel(m_reconnectBar))
    , m_reconnectButton(new QPushButton(tr("Reconnect &now"), m_reconnectBar))
    , m_stateLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_rawBar(new QWidget(this))
    , m_lineEndingBox(new QComboBox(this))
    , m_log(new ChatLogView(this))
    , m_peopleLabel(new QLabel(this))
    , m_people(new QListWidget(this))
    , m_messageField(new HistoryLineEdit(this))
    , m_sendButton(new QPushButton(tr("S&end"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_browser(new DiscoveryBrowser(this))
    , m_inspector(new WireInspector(this))
{
    // The host field lists the servers found and takes any typed address.
    m_hostBox->setEditable(true);
    m_hostBox->setLineEdit(m_hostField);
    m_hostBox->setInsertPolicy(QComboBox::NoInsert);
    m_hostBox->setCompleter(nullptr);
    m_hostBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hostBox->setMinimumContentsLength(18);
    m_hostBox->setObjectName(QStringLiteral("hostBox"));
    setWindowTitle(tr("Salon — Client"));
    // Names for tests and accessibility tools.
    m_hostField->setObjectName(QStringLiteral("hostField"));
    m_portField->setObjectName(QStringLiteral("portField"));
    m_nickField->setObjectName(QStringLiteral("nickField"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectBar->setObjectName(QStringLiteral("reconnectBar"));
    m_reconnectLabel->setObjectName(QStringLiteral("reconnectLabel"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_rawBar->setObjectName(QStringLiteral("rawBar"));
    m_lineEndingBox->setObjectName(QStringLiteral("lineEndingBox"));
    m_log->setObjectName(QStringLiteral("log"));
    m_people->setObjectName(QStringLiteral("people"));
    m_messageField->setObjectName(QStringLiteral("messageField"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));

    // The connect bar.
    m_hostField->setPlaceholderText(tr("server address"));
    m_hostField->setToolTip(tr("The address the server window shows, e.g. 192.168.1.10"));
    m_hostField->setClearButtonEnabled(true);
    m_portField->setRange(1, 65535);
    m_portField->setValue(Protocol::DefaultPort);
    m_nickField->setPlaceholderText(tr("your nickname"));
    m_nickField->setMaxLength(Protocol::MaxNickChars);
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_hostBox);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portField);
    auto *nickLabel = new QLabel(tr("&Nickname:"), this);
    nickLabel->setBuddy(m_nickField);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    auto *connectBar = new QHBoxLayout;
    connectBar->addWidget(hostLabel);
    connectBar->addWidget(m_hostBox, 2);
    connectBar->addWidget(portLabel);
    connectBar->addWidget(m_portField);
    connectBar->addWidget(nickLabel);
    connectBar->addWidget(m_nickField, 1);
    connectBar->addWidget(m_connectButton);
    connectBar->addWidget(m_stateLabel, 1);

    // Errors stay visible until the next attempt.
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAutoFillBackground(true);
    m_errorLabel->setMargin(6);
    QPalette errorColors = m_errorLabel->palette();
    errorColors.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
    errorColors.setColor(QPalette::WindowText, QColor(0x72, 0x1c, 0x24));
    m_errorLabel->setPalette(errorColors);
    m_errorLabel->hide();

    // After a loss: the countdown to the next try, and a way not to wait.
    m_reconnectLabel->setTextFormat(Qt::PlainText);
    auto *reconnectLayout = new QHBoxLayout(m_reconnectBar);
    reconnectLayout->setContentsMargins(0, 0, 0, 0);
    reconnectLayout->addWidget(m_reconnectLabel, 1);
    reconnectLayout->addWidget(m_reconnectButton);
    m_reconnectBar->hide();

    // Raw text mode, for servers that don't speak Salon.
    m_lineEndingBox->addItem(tr("None (like the tutorial's client)"),
                             int(ChatClient::LineEnding::None));
    m_lineEndingBox->addItem(tr("LF (\\n)"), int(ChatClient::LineEnding::LF));
    m_lineEndingBox->addItem(tr("CRLF (\\r\\n)"), int(ChatClient::LineEnding::CRLF));
    auto *rawText = new QLabel(
        tr("This server does not speak Salon: what you type is sent as raw text."), m_rawBar);
    rawText->setWordWrap(true);
    auto *lineEndingLabel = new QLabel(tr("&Line ending:"), m_rawBar);
    lineEndingLabel->setBuddy(m_lineEndingBox);
    auto *rawLayout = new QHBoxLayout(m_rawBar);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(rawText, 1);
    rawLayout->addWidget(lineEndingLabel);
    rawLayout->addWidget(m_lineEndingBox);
    m_rawBar->hide();

    // Log and people.
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

    // The message field.
    m_messageField->setPlaceholderText(
        tr("Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME "
           "renames"));
    m_messageField->setMaxLength(Protocol::MaxMessageChars);
    auto *sendBar = new QHBoxLayout;
    sendBar->addWidget(m_messageField, 1);
    sendBar->addWidget(m_sendButton);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(connectBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_reconnectBar);
    layout->addWidget(m_rawBar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(sendBar);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();
    connect(m_inspector, &WireInspector::tapChanged, m_client, &ChatClient::setWireTap);
    m_zoom = new ZoomController(this, {m_log, m_people});
    connect(m_zoom, &ZoomController::zoomed, this, [this] { showPeople(m_client->people()); });
    createMenus();

    connect(m_browser, &DiscoveryBrowser::serversChanged, this, &ClientWindow::showFoundServers);
    connect(m_hostBox, &QComboBox::activated, this, [this](int index) {
        const QString address = m_hostBox->itemData(index, AddressRole).toString();
        if (address.isEmpty())
            return;
        m_hostField->setText(address);
        m_portField->setValue(m_hostBox->itemData(index, PortRole).toInt());
    });
    if (!m_browser->start(Discovery::currentScope())) {
        m_hostBox->setToolTip(tr("Servers can't be found on the network (UDP port %1: %2); "
                                 "type the address.")
                                  .arg(Discovery::DefaultPort)
                                  .arg(m_browser->errorString()));
    }

    connect(m_connectButton, &QPushButton::clicked, this, &ClientWindow::toggleConnection);
    connect(m_reconnectButton, &QPushButton::clicked, m_client, &ChatClient::reconnectNow);
    connect(m_client, &ChatClient::reconnectCountdown, this, &ClientWindow::showCountdown);
    for (QLineEdit *field : {m_hostField, m_nickField}) {
        connect(field, &QLineEdit::returnPressed, this, [this] {
            if (m_client->state() == ChatClient::State::Disconnected)
                connectToServer();
        });
    }
    connect(m_messageField, &QLineEdit::returnPressed, this, &ClientWindow::send);
    connect(m_sendButton, &QPushButton::clicked, this, &ClientWindow::send);
    connect(m_lineEndingBox, &QComboBox::currentIndexChanged, this, [this] {
        m_client->setLineEnding(ChatClient::LineEnding(m_lineEndingBox->currentData().toInt()));
    });
    connect(m_people, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        m_messageField->setText(QStringLiteral("/msg %1 ").arg(item->text()));
        m_messageField->setFocus();
    });

    connect(m_client, &ChatClient::stateChanged, this, &ClientWindow::showState);
    connect(m_client, &ChatClient::errorOccurred, this, &ClientWindow::showError);
    connect(m_client, &ChatClient::messageReceived, this, &ClientWindow::showMessage);
    connect(m_client, &ChatClient::peopleChanged, this, &ClientWindow::showPeople);
    connect(m_client, &ChatClient::joined, this, [this](const QString &nick) {
        m_nickField->setText(nick);
        m_errorLabel->hide();
        m_historyIntroduced = false;
        m_log->appendEvent(tr("You joined the room at %1:%2 as %3.")
                               .arg(m_client->host())
                               .arg(m_client->port())
                               .arg(nick));
        saveSettings();
        m_messageField->setFocus();
    });
    connect(m_client, &ChatClient::personJoined, this, [this](const QString &nick) {
        if (nick != m_client->nick())
            m_log->appendEvent(tr("%1 joined the room.").arg(nick));
    });
    connect(m_client, &ChatClient::personLeft, this,
            [this](const QString &nick, const QString &reason) {
                m_log->appendEvent(reason.isEmpty()
                                       ? tr("%1 left the room.").arg(nick)
                                       : tr("%1 left the room (%2).").arg(nick, reason));
            });
    connect(m_client, &ChatClient::personRenamed, this,
            [this](const QString &from, const QString &to) {
                if (to == m_client->nick())
                    m_nickField->setText(to);
                m_log->appendEvent(tr("%1 is now known as %2.").arg(from, to));
            });
    connect(m_client, &ChatClient::noticeReceived, this, [this](const QString &text) {
        m_log->appendMessage(QDateTime::currentDateTime(), tr("Server"), text,
                             ChatLogView::Style::Private);
    });
    connect(m_client, &ChatClient::serverError, this,
            [this](const QString &text) { m_log->appendError(text); });
    connect(m_client, &ChatClient::commandError, this,
            [this](const QString &text) { m_log->appendError(text); });
    connect(m_client, &ChatClient::localReply, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            m_log->appendEvent(line);
    });
    connect(m_client, &ChatClient::nickRefused, this,
            [this](const QString &, const QString &reason) { m_log->appendError(reason); });
    connect(m_client, &ChatClient::foreignServerDetected, this, [this] {
        m_log->appendEvent(tr("No Salon greeting from %1:%2: this is another kind of server. "
                              "Switched to raw text mode: what you type is sent as is, and "
                              "whatever arrives is shown.")
                               .arg(m_client->host())
                               .arg(m_client->port()));
        m_messageField->setFocus();
    });
    connect(m_client, &ChatClient::rawTextReceived, this, [this](const QString &text) {
        m_log->appendMessage(QDateTime::currentDateTime(), QStringLiteral("<"), text,
                             ChatLogView::Style::Raw);
    });
    connect(m_client, &ChatClient::disconnected, this, [this](bool unexpected) {
        if (unexpected)
            m_log->appendError(tr("The connection was lost."));
        else
            m_log->appendEvent(tr("Disconnected."));
        showPeople({});
    });

    const QSettings settings;
    m_hostField->setText(
        settings.value(QLatin1String(AppSettings::ClientHost), QStringLiteral("localhost"))
            .toString());
    m_portField->setValue(
        settings.value(QLatin1String(AppSettings::ClientPort), Protocol::DefaultPort).toInt());
    m_nickField->setText(
        settings.value(QLatin1String(AppSettings::ClientNick), AppSettings::defaultNick())
            .toString());
    const int lineEnding = m_lineEndingBox->findData(
        settings.value(QLatin1String(AppSettings::ClientLineEnding), 0).toInt());
    m_lineEndingBox->setCurrentIndex(qMax(0, lineEnding));
    if (!restoreGeometry(settings.value(QLatin1String(AppSettings::ClientGeometry)).toByteArray()))
        resize(820, 560);
    m_splitter->restoreState(
        settings.value(QLatin1String(AppSettings::ClientSplitter)).toByteArray());

    showState(ChatClient::State::Disconnected);
    showPeople({});
}

QStringList ClientWindow::serversListed() const
{
    QStringList listed;
    for (int index = 0; index < m_hostBox->count(); ++index)
        listed.append(m_hostBox->itemText(index));
    return listed;
}

void ClientWindow::showFoundServers()
{
    // The field keeps what is typed while the list changes under it.
    const QString typed = m_hostField->text();
    const int cursor = m_hostField->cursorPosition();
    const QSignalBlocker blocker(m_hostBox);
    m_hostBox->clear();
    const QList<DiscoveryBrowser::Server> servers = m_browser->servers();
    for (const DiscoveryBrowser::Server &server : servers) {
        const QString text =
            tr("%1 — %2:%3 (%4, seen %n s ago)", nullptr, m_browser->secondsSinceSeen(server))
                .arg(server.room, server.addressText())
                .arg(server.port)
                .arg(server.hostName);
        m_hostBox->addItem(text);
        m_hostBox->setItemData(m_hostBox->count() - 1, server.addressText(), AddressRole);
        m_hostBox->setItemData(m_hostBox->count() - 1, server.port, PortRole);
    }
    m_hostBox->setCurrentIndex(-1);
    // The list may be wider than the field: names and addresses in full.
    m_hostBox->view()->setMinimumWidth(m_hostBox->view()->sizeHintForColumn(0) + 32);
    m_hostField->setText(typed);
    m_hostField->setCursorPosition(cursor);
}

void ClientWindow::createMenus()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    WindowMenus::addSaveAndQuit(chat, m_log, this);
    WindowMenus::addViewMenu(this, m_zoom, m_inspector);
}

ClientWindow::~ClientWindow()
{
    WindowTeardown::disconnectChildren(this);
}

void ClientWindow::setHost(const QString &host)
{
    m_hostField->setText(host);
}

void ClientWindow::setPort(quint16 port)
{
    m_portField->setValue(port);
}

void ClientWindow::setNick(const QString &nick)
{
    m_nickField->setText(nick);
}

void ClientWindow::connectToServer()
{
    const QString host = m_hostField->text().trimmed();
    const QString nick = m_nickField->text().trimmed();
    if (host.isEmpty()) {
        showError(tr("Type the server's address first: the server window shows it."));
        m_hostField->setFocus();
        return;
    }
    if (const QString problem = Nickname::problem(nick); !problem.isEmpty()) {
        showError(problem);
        m_nickField->setFocus();
        return;
    }
    m_errorLabel->hide();
    m_rawBar->hide();
    const QString server = host + QLatin1Char(':') + QString::number(m_portField->value());
    if (server != m_lastServer) {
        m_lastServer = server;
        m_lastMessageId = 0; // another room: its history is all new
    }
    m_log->appendEvent(tr("Connecting to %1 on port %2…").arg(host).arg(m_portField->value()));
    m_client->connectToServer(host, quint16(m_portField->value()), nick);
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
    if (m_client->state() == ChatClient::State::Reconnecting) {
        showError(tr("Not connected right now: Salon is reconnecting. Your message is kept; "
                     "press Enter again once you are back."));
        return;
    }
    if (!m_client->isInRoom()) {
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

void ClientWindow::showState(ChatClient::State state)
{
    const bool idle = state == ChatClient::State::Disconnected;
    const bool reconnecting = state == ChatClient::State::Reconnecting;
    const bool inRoom = m_client->isInRoom();
    m_connectButton->setText(idle           ? tr("&Connect")
                             : reconnecting ? tr("&Cancel")
                                            : tr("&Disconnect"));
    m_reconnectBar->setVisible(reconnecting);
    m_hostField->setEnabled(idle);
    m_portField->setEnabled(idle);
    m_nickField->setEnabled(idle);
    // While reconnecting, what is being typed stays, and typing goes on.
    m_messageField->setEnabled(inRoom || reconnecting);
    m_sendButton->setEnabled(inRoom);
    m_rawBar->setVisible(state == ChatClient::State::RawText);

    QString dot;
    if (inRoom)
        dot = QStringLiteral("● ");
    else if (idle)
        dot = QStringLiteral("○ ");
    else
        dot = QStringLiteral("◌ ");
    m_stateLabel->setText(dot + ChatClient::stateText(state));
    QPalette colors = m_stateLabel->palette();
    colors.setColor(QPalette::WindowText,
                    inRoom ? QColor(0x2e, 0x9d, 0x4a) : palette().color(QPalette::WindowText));
    m_stateLabel->setPalette(colors);
    updateTitle();
    if (idle && isVisible())
        m_connectButton->setFocus();
}

void ClientWindow::showCountdown(int secondsLeft)
{
    if (m_client->state() != ChatClient::State::Reconnecting)
        return;
    m_reconnectLabel->setText(
        secondsLeft > 0 ? tr("Connection lost — reconnecting in %n s", nullptr, secondsLeft)
                        : tr("Reconnecting…"));
}

void ClientWindow::updateTitle()
{
    QString title;
    switch (m_client->state()) {
    case ChatClient::State::Connected:
        title =
            tr("Salon — %1 at %2:%3").arg(m_client->nick(), m_client->host()).arg(m_client->port());
        break;
    case ChatClient::State::RawText:
        title = tr("Salon — raw text at %1:%2").arg(m_client->host()).arg(m_client->port());
        break;
    case ChatClient::State::Reconnecting:
        title = tr("Salon — reconnecting to %1:%2").arg(m_client->host()).arg(m_client->port());
        break;
    case ChatClient::State::Disconnected:
        title = tr("Salon — Client");
        break;
    default:
        return; // on the way: keep the title
    }
    if (m_unread > 0)
        title = QStringLiteral("(%1) ").arg(m_unread) + title;
    setWindowTitle(title);
}

void ClientWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_unread > 0) {
        m_unread = 0;
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void ClientWindow::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
    m_log->appendError(text);
}

void ClientWindow::showMessage(const ChatMessage &message)
{
    if (message.history) {
        // Already shown before a reconnection: only what was missed is new.
        if (message.id > 0 && message.id <= m_lastMessageId)
            return;
        if (!m_historyIntroduced) {
            m_historyIntroduced = true;
            m_log->appendEvent(tr("Said in the room before you came:"));
        }
    }
    m_lastMessageId = qMax(m_lastMessageId, message.id);
    const bool own = message.from == m_client->nick();
    if (!own && !message.history && !isActiveWindow()) {
        ++m_unread;
        updateTitle();
        QApplication::alert(this);
    }
    if (message.isPrivate()) {
        const QString who = own ? tr("%1 → %2 (private)").arg(message.from, message.to)
                                : tr("%1 (private)").arg(message.from);
        m_log->appendMessage(message.time, who, message.text, ChatLogView::Style::Private);
        return;
    }
    const ChatLogView::Style style = message.history ? ChatLogView::Style::History
                                     : own           ? ChatLogView::Style::Own
                                                     : ChatLogView::Style::Others;
    m_log->appendMessage(message.time, message.from, message.text, style);
}

void ClientWindow::showPeople(const QStringList &people)
{
    m_people->clear();
    QStringList sorted = people;
    sorted.sort(Qt::CaseInsensitive);
    for (const QString &nick : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(nick, m_people);
        if (nick == m_client->nick()) {
            QFont bold = m_people->font(); // the list's, zoom included
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_peopleLabel->setText(tr("In the room (%1)").arg(people.size()));
}

void ClientWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(AppSettings::ClientHost), m_hostField->text().trimmed());
    settings.setValue(QLatin1String(AppSettings::ClientPort), m_portField->value());
    settings.setValue(QLatin1String(AppSettings::ClientNick), m_nickField->text().trimmed());
    settings.setValue(QLatin1String(AppSettings::ClientLineEnding),
                      m_lineEndingBox->currentData().toInt());
    settings.setValue(QLatin1String(AppSettings::ClientGeometry), saveGeometry());
    settings.setValue(QLatin1String(AppSettings::ClientSplitter), m_splitter->saveState());
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_client->state() != ChatClient::State::Disconnected)
        m_client->disconnectFromServer();
    QMainWindow::closeEvent(event);
}
