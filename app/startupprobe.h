#pragma once

// startupprobe.h — for salon-guibench: with SALON_EXIT_WHEN_SHOWN set, the
// app prints one line when its first window has been exposed and painted,
// then quits. The benchmark times the line from the moment it started us.

#include <QObject>

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe on the application when the variable is set.
    static void installIfAsked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QObject *parent) : QObject(parent) {}

    bool m_seen = false;
};
