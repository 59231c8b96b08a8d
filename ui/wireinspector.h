#pragma once

// wireinspector.h — the dock that shows what crosses the wire, for
// teaching TCP: each connection's socket states and every line in and out,
// with its time, size, text and bytes; for TLS, both layers (the handshake
// and the encrypted bytes on the network, the decrypted lines marked as
// such). Pause, clear, one connection or all, only what the network sees;
// the heartbeats (ping, pong) are left out unless asked for.
// It taps the chat only while it is visible.

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class WireLogModel;
class WireTap;

class WireInspector : public QDockWidget
{
    Q_OBJECT
public:
    explicit WireInspector(QWidget *parent = nullptr);

    WireLogModel *model() const { return m_model; }
    // Set on the chat objects while the dock is shown, nullptr otherwise.
    WireTap *tap() const { return m_tap; }

signals:
    // The tap to use now: the dock's own, or nullptr when it is hidden.
    void tapChanged(WireTap *tap);

private:
    void showSelected();
    void updateWaiting(int waiting);

    WireTap *m_tap;
    WireLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_hex;
    QPushButton *m_pauseButton;
    QPushButton *m_clearButton;
    QComboBox *m_connections;
    QLabel *m_waiting;
    QCheckBox *m_heartbeats;  // off: pings and pongs are left out
    QCheckBox *m_networkOnly; // on: decrypted lines are left out
};
