#pragma once

// signalwatcher.h — turns Ctrl+C and SIGTERM into a Qt signal, so the
// headless server stops cleanly from its event loop. The platform code lives
// in signalwatcher.cpp behind Q_OS_ guards.

#include <QObject>

class QSocketNotifier;

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};
