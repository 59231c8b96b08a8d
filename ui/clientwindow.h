#pragma once

// clientwindow.h — the window that joins a room: a connect bar whose state is
// always visible (ConnectBar), the bars that appear when they matter (an
// error, reconnecting, raw text mode), the room's log, the people present
// and a message field.

#include "client/chatclient.h"

#include <QHash>
#include <QMainWindow>

class ChatLogView;
class ConnectBar;
class RawTextBar;
class Alerts;
class AnnouncementBar;
class QPushButton;
class OutboxView;
class ReconnectBar;
class RoomCodeBar;
class RoomLogWriter;
class WireInspector;
class ZoomController;
class HistoryLineEdit;
class QComboBox;
class QLabel;
class QListView;
class PeopleListModel;
class QPushButton;
class QSplitter;
class QWidget;
class FileTransfers;
class TransfersPanel;
class QBoxLayout;

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
    // The room code to give on the next connection (else the one that let
    // us into that server last time, if any).
    void setRoomCode(const QString &code) { m_typedCode = code; }
    // Connects with what the connect bar holds.
    void connectToServer();

    WireInspector *wireInspector() const { return m_inspector; }
    FileTransfers *fileTransfers() const { return m_transfers; }
    TransfersPanel *transfersPanel() const { return m_transfersPanel; }
    // The servers heard on the network, as the host field lists them.
    QStringList serversListed() const;

    // Compact: a pane of the classroom demo, many on one screen. No menu
    // bar, no address (the demo's), no list of people (the server pane has
    // it): the state, the log, the message field and the hand stay.
    void setCompact(bool compact);

    // Messages received while the window was not active.
    int unreadCount() const { return m_unread; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Files dropped on the window are handed in, while the teacher collects.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Files (clientwindow_files.cpp): the panel, and drops.
    void setUpFiles(QBoxLayout *layout);
    void toggleConnection();
    void send();
    void showState(ChatClient::State state);
    // Trust on first use, and whether the room is encrypted
    // (clientwindow_trust.cpp).
    void watchServerIdentity();
    void showSecurity();
    // The fingerprint to expect of host:port (pinned, or named by a join link).
    QByteArray expectedFingerprint(const QString &host, quint16 port);
    void showError(const QString &text);
    void countUnread(const ChatMessage &message);
    void showPeople(const QStringList &people);
    void showOutbox();
    void showCountdown(int secondsLeft);
    void buildErrorLabel();
    void buildRoomPane();
    void connectControls();
    void connectClient();
    void restoreSettings();
    void createMenus();
    void updateTitle();
    void saveSettings() const;
    // "host:port" of the server in the connect bar.
    QString serverKey() const;

    ChatClient *m_client;
    FileTransfers *m_transfers = nullptr;
    TransfersPanel *m_transfersPanel = nullptr;
    ConnectBar *m_connectBar;
    QLabel *m_errorLabel;
    QLabel *m_plainBar; // "not encrypted", loud, while in a plain room
    bool m_compact = false;
    ReconnectBar *m_reconnectBar;
    RoomCodeBar *m_codeBar;
    QString m_typedCode;                 // given for the next connection
    QHash<QString, QString> m_roomCodes; // that let us in, by "host:port"
    // The fingerprint a join link named for "host:port": trusted without a
    // comparison, and pinned once the server has shown it.
    QHash<QString, QByteArray> m_linkFingerprints;
    OutboxView *m_outbox;
    AnnouncementBar *m_announcement;
    QPushButton *m_handButton;
    Alerts *m_alerts;
    RawTextBar *m_rawBar;
    ChatLogView *m_log;
    QLabel *m_peopleLabel;
    QListView *m_people;
    PeopleListModel *m_peopleModel;
    HistoryLineEdit *m_messageField;
    QPushButton *m_sendButton;
    QSplitter *m_splitter;
    WireInspector *m_inspector;
    RoomLogWriter *m_logWriter;
    ZoomController *m_zoom = nullptr;
    int m_unread = 0;
};
