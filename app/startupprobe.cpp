#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>

void StartupProbe::installIfAsked()
{
    if (!qEnvironmentVariableIsSet("SALON_EXIT_WHEN_SHOWN"))
        return;
    auto *app = QCoreApplication::instance();
    app->installEventFilter(new StartupProbe(app));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Expose) {
        const auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_seen = true;
            // Queued: the window paints while this expose is handled.
            QTimer::singleShot(0, this, [] {
                std::fputs("salon: first window shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
