#include "alerts.h"

#include "client/chatclient.h"
#include "desktopnotifier.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QWidget>

namespace {
constexpr char TaskbarKey[] = "alerts/taskbar";
constexpr char DesktopKey[] = "alerts/desktop";
constexpr char UnreadKey[] = "alerts/unreadInTitle";
// A notification shows the start of a message.
constexpr qsizetype ShownChars = 200;
} // namespace

Alerts::Alerts(ChatClient *client, QWidget *window, QObject *parent)
    : QObject(parent), m_client(client), m_window(window), m_notifier(new DesktopNotifier(this))
{
    const QSettings settings;
    m_taskbar = settings.value(QLatin1String(TaskbarKey), true).toBool();
    m_desktop = settings.value(QLatin1String(DesktopKey), true).toBool();
    m_unread = settings.value(QLatin1String(UnreadKey), true).toBool();
    connect(client, &ChatClient::messageReceived, this, &Alerts::consider);
    connect(client, &ChatClient::announcementReceived, this, [this](const QString &text) {
        if (!m_window->isActiveWindow())
            alert(Kind::Announcement, tr("Announcement"), text);
    });
}

void Alerts::setFlashesTaskbar(bool on)
{
    m_taskbar = on;
    QSettings().setValue(QLatin1String(TaskbarKey), on);
}

void Alerts::setShowsNotifications(bool on)
{
    m_desktop = on;
    QSettings().setValue(QLatin1String(DesktopKey), on);
}

void Alerts::setCountsUnread(bool on)
{
    m_unread = on;
    QSettings().setValue(QLatin1String(UnreadKey), on);
}

bool Alerts::mentions(const QString &text, const QString &nick)
{
    if (nick.isEmpty())
        return false;
    const QRegularExpression word(
        QStringLiteral("(?<![\\w.-])") + QRegularExpression::escape(nick) +
            QStringLiteral("(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

void Alerts::consider(const ChatMessage &message)
{
    if (message.history || m_window->isActiveWindow() || message.from == m_client->nick())
        return;
    if (message.isPrivate())
        alert(Kind::Private, tr("%1 (private)").arg(message.from), message.text);
    else if (mentions(message.text, m_client->nick()))
        alert(Kind::Mention, tr("%1 mentioned you").arg(message.from), message.text);
}

void Alerts::alert(Kind kind, const QString &title, const QString &body)
{
    if (m_taskbar)
        QApplication::alert(m_window);
    if (m_desktop)
        m_notifier->notify(title, body.left(ShownChars));
    emit alerted(kind, title, body);
}
