#pragma once

// clientwindow.h — the window that joins a room: a connect bar whose state is
// always visible, the room's log, the people present and a message field.

#include "client/chatclient.h"

#include <QMainWindow>

class ChatLogView;
class DiscoveryBrowser;
class WireInspector;
class ZoomController;
class HistoryLineEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QWidget;

class ClientWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ClientWindow(QWidget *parent = nullptr);
    ~ClientWindow() override;

    ChatClient *client() const { return m_client; }

    void setHost(const QString &host);
    void setPort(quint16 port);
    void setNick(const QString &nick);
    // Connects with what the connect bar holds.
    void connectToServer();

    WireInspector *wireInspector() const { return m_inspector; }
    // The servers heard on the network, as the host field lists them.
    QStringList serversListed() const;

    // Messages received while the window was not active.
    int unreadCount() const { return m_unread; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void toggleConnection();
    void send();
    void showState(ChatClient::State state);
    void showError(const QString &text);
    void showMessage(const ChatMessage &message);
    void showPeople(const QStringList &people);
    void showCountdown(int secondsLeft);
    void showFoundServers();
    void createMenus();
    void updateTitle();
    void saveSettings() const;

    ChatClient *m_client;
    QComboBox *m_hostBox;
    QLineEdit *m_hostField; // the box's own field
    QSpinBox *m_portField;
    QLineEdit *m_nickField;
    QPushButton *m_connectButton;
    QWidget *m_reconnectBar;
    QLabel *m_reconnectLabel;
    QPushButton *m_reconnectButton;
    QLabel *m_stateLabel;
    QLabel *m_errorLabel;
    QWidget *m_rawBar;
    QComboBox *m_lineEndingBox;
    ChatLogView *m_log;
    QLabel *m_peopleLabel;
    QListWidget *m_people;
    HistoryLineEdit *m_messageField;
    QPushButton *m_sendButton;
    QSplitter *m_splitter;
    DiscoveryBrowser *m_browser;
    WireInspector *m_inspector;
    ZoomController *m_zoom = nullptr;
    int m_unread = 0;
    // The newest message shown, so a history replayed on reconnecting adds
    // only what was missed.
    qint64 m_lastMessageId = 0;
    QString m_lastServer;
    bool m_historyIntroduced = false;
};
