#include "desktopnotifier.h"

#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

#ifdef SALON_HAS_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

bool DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (notifyOverDBus(title, body))
        return true;
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/salon.svg")), this);
        m_tray->show();
    }
    // A tray balloon shows plain text.
    m_tray->showMessage(title, body);
    return true;
}

bool DesktopNotifier::notifyOverDBus(const QString &title, const QString &body)
{
#ifdef SALON_HAS_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() ||
        !bus.interface()->isServiceRegistered(QLatin1String(Service)))
        return false;
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(Service), QLatin1String(Path),
                                       QLatin1String(Service), QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << QStringLiteral("Salon") << m_lastId << QStringLiteral("salon") << title.toHtmlEscaped()
         << body.toHtmlEscaped() << QStringList() << QVariantMap() << qint32(-1);
    // Never waits: a slow notification server must not freeze the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<quint32> reply = *finished;
                if (reply.isValid())
                    m_lastId = reply.value();
                finished->deleteLater();
            });
    return true;
#else
    Q_UNUSED(title)
    Q_UNUSED(body)
    return false;
#endif
}
