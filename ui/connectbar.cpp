#include "connectbar.h"

#include "base/protocol.h"
#include "discovery/discoverybrowser.h"
#include "security/serveridentity.h"
#include "servertrust.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace {
// Where a found server's address and port sit in the host field's list.
constexpr int AddressRole = Qt::UserRole;
constexpr int PortRole = Qt::UserRole + 1;
} // namespace

ConnectBar::ConnectBar(QWidget *parent)
    : QWidget(parent)
    , m_hostBox(new QComboBox(this))
    , m_hostField(new QLineEdit(this))
    , m_portField(new QSpinBox(this))
    , m_nickField(new QLineEdit(this))
    , m_button(new QPushButton(this))
    , m_stateLabel(new QLabel(this))
    , m_browser(new DiscoveryBrowser(this))
{
    // Names for tests and accessibility tools.
    m_hostBox->setObjectName(QStringLiteral("hostBox"));
    m_hostField->setObjectName(QStringLiteral("hostField"));
    m_portField->setObjectName(QStringLiteral("portField"));
    m_nickField->setObjectName(QStringLiteral("nickField"));
    m_button->setObjectName(QStringLiteral("connectButton"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));

    // The host field lists the servers found and takes any typed address.
    m_hostBox->setEditable(true);
    m_hostBox->setLineEdit(m_hostField);
    m_hostBox->setInsertPolicy(QComboBox::NoInsert);
    m_hostBox->setCompleter(nullptr);
    m_hostBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hostBox->setMinimumContentsLength(18);
    m_hostField->setPlaceholderText(tr("server address"));
    m_hostField->setToolTip(tr("The address the server window shows, e.g. 192.168.1.10"));
    m_hostField->setClearButtonEnabled(true);
    // A port reads and is typed as every network tool writes it ("12800"),
    // whatever digits the language uses elsewhere.
    m_portField->setLocale(QLocale::c());
    m_portField->setRange(1, 65535);
    m_portField->setValue(Protocol::DefaultPort);
    m_nickField->setPlaceholderText(tr("your nickname"));
    m_nickField->setMaxLength(Protocol::MaxNickChars);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);

    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_hostBox);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portField);
    auto *nickLabel = new QLabel(tr("&Nickname:"), this);
    nickLabel->setBuddy(m_nickField);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_addressWidgets = {hostLabel, m_hostBox, portLabel, m_portField, nickLabel};
    layout->addWidget(hostLabel);
    layout->addWidget(m_hostBox, 2);
    layout->addWidget(portLabel);
    layout->addWidget(m_portField);
    layout->addWidget(nickLabel);
    layout->addWidget(m_nickField, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_stateLabel, 1);

    connect(m_button, &QPushButton::clicked, this, &ConnectBar::buttonClicked);
    for (QLineEdit *field : {m_hostField, m_nickField})
        connect(field, &QLineEdit::returnPressed, this, &ConnectBar::submitted);
    connect(m_browser, &DiscoveryBrowser::serversChanged, this, &ConnectBar::showFoundServers);
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
}

QString ConnectBar::host() const
{
    return m_hostField->text().trimmed();
}

quint16 ConnectBar::port() const
{
    return quint16(m_portField->value());
}

QString ConnectBar::nick() const
{
    return m_nickField->text().trimmed();
}

void ConnectBar::setHost(const QString &host)
{
    m_hostField->setText(host);
}

void ConnectBar::setPort(quint16 port)
{
    m_portField->setValue(port);
}

void ConnectBar::setNick(const QString &nick)
{
    m_nickField->setText(nick);
}

void ConnectBar::focusHost()
{
    m_hostField->setFocus();
}

void ConnectBar::focusNick()
{
    m_nickField->setFocus();
    m_nickField->selectAll(); // typing replaces it
}

QStringList ConnectBar::serversListed() const
{
    QStringList listed;
    for (int index = 0; index < m_hostBox->count(); ++index)
        listed.append(m_hostBox->itemText(index));
    return listed;
}

void ConnectBar::setSecurity(Security security, const QString &detail)
{
    m_security = security;
    m_securityDetail = detail;
}

void ConnectBar::showState(ChatClient::State state, bool inRoom)
{
    const bool idle = state == ChatClient::State::Disconnected;
    const bool reconnecting = state == ChatClient::State::Reconnecting;
    m_button->setText(idle ? tr("&Connect") : reconnecting ? tr("&Cancel") : tr("&Disconnect"));
    m_hostField->setEnabled(idle);
    m_portField->setEnabled(idle);
    m_nickField->setEnabled(idle);

    QString dot;
    if (inRoom)
        dot = QStringLiteral("● ");
    else if (idle)
        dot = QStringLiteral("○ ");
    else
        dot = QStringLiteral("◌ ");
    QString text = dot + ChatClient::stateText(state);
    const bool said = inRoom && m_security != Security::Unknown;
    if (said)
        text += QStringLiteral(" · ") +
                (m_security == Security::Encrypted ? tr("encrypted") : tr("not encrypted"));
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(said ? m_securityDetail : QString());
    QPalette colors = m_stateLabel->palette();
    const QColor green(0x2e, 0x9d, 0x4a);
    const QColor orange(0xb3, 0x5c, 0x00);
    colors.setColor(QPalette::WindowText, !inRoom ? palette().color(QPalette::WindowText)
                                          : m_security == Security::NotEncrypted ? orange
                                                                                 : green);
    m_stateLabel->setPalette(colors);
    if (idle && isVisible())
        m_button->setFocus();
}

void ConnectBar::showFoundServers()
{
    // The field keeps what is typed while the list changes under it.
    const QString typed = m_hostField->text();
    const int cursor = m_hostField->cursorPosition();
    const QSignalBlocker blocker(m_hostBox);
    m_hostBox->clear();
    const QList<DiscoveryBrowser::Server> servers = m_browser->servers();
    for (const DiscoveryBrowser::Server &server : servers) {
        QString text =
            tr("%1 — %2:%3 (%4, seen %n s ago)", nullptr, m_browser->secondsSinceSeen(server))
                .arg(server.room, server.addressText())
                .arg(server.port)
                .arg(server.hostName);
        // Two rooms of one name from two keys: told apart by fingerprint.
        const bool namesake =
            std::any_of(servers.cbegin(), servers.cend(), [&server](const auto &other) {
                return other.room == server.room && other.sha256 != server.sha256;
            });
        // A room whose signed announcement matches the fingerprint accepted
        // for that address before: said so.
        const bool known = ServerTrust::pinned(server.addressText(), server.port) == server.sha256;
        if (known)
            text += QStringLiteral(" · ") + tr("checked before");
        else if (namesake)
            text += QStringLiteral(" · ") + ServerIdentity::shortForm(server.sha256);
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

void ConnectBar::setCompact(bool compact)
{
    for (QWidget *widget : std::as_const(m_addressWidgets))
        widget->setVisible(!compact);
    // The name, whole: it is what tells the panes apart.
    m_nickField->setMinimumWidth(compact ? m_nickField->fontMetrics().averageCharWidth() * 10 : 0);
}
