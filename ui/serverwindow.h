#pragma once

// serverwindow.h — the window that hosts a room: start and stop the server,
// see who is connected and from where, read the room's log, make
// announcements and remove a client.

#include "model/participant.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class AddressListWidget;
class DiscoveryAnnouncer;
class WireInspector;
class ZoomController;
class ChatLogView;
class ChatServer;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class ParticipantsModel;
class QMenu;
class QTreeView;
class ClientWindow;
class BrowserJoinPanel;
class IdentityPanel;
class ServerIdentity;
class FilesPanel;
class QTabWidget;

class ServerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ServerWindow(QWidget *parent = nullptr);
    ~ServerWindow() override;

    ChatServer *server() const { return m_server; }
    // The address and QR code for browsers; the demo, all on one PC and
    // short of width, leaves them out.
    void setBrowserJoinShown(bool shown);

    // Starts listening on the port in the port field.
    bool startServer();
    void stopServer();
    void setPort(quint16 port);
    void setRoomName(const QString &name);
    QString roomName() const;
    // "Salon on HOST", in the language Salon speaks now.
    static QString defaultRoomName();
    // A client window on this PC, joined to this room under a free name.
    ClientWindow *openClientWindow(const QRect &where = {});
    // The room's history file as a readable transcript (a web page when
    // `path` ends in .html); false and `error` when it can't be.
    bool saveHistoryAs(const QString &path, QString *error) const;
    void saveHistoryWithDialog();
    WireInspector *wireInspector() const { return m_inspector; }
    FilesPanel *filesPanel() const { return m_files; }

    // The server's identity is kept in `folder` (made there the first
    // time); the room then speaks TLS too, and the window shows the
    // fingerprint. False and `error` when it can't be used: the key is
    // readable by others, or damaged (serverwindow_identity.cpp).
    bool useIdentityIn(const QString &folder, QString *error);
    // A new key and certificate, in place of the old (Room ▸ New identity).
    bool renewIdentity(QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Files dropped on the window are handed out.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The window's parts, built once: the top bar (serverwindow.cpp), the
    // people (serverwindow_people.cpp), the log and files (serverwindow_log.cpp).
    QLayout *buildTopBar();
    QWidget *buildPeoplePane();
    QWidget *buildLogPane();
    void restoreSettings();
    void toggleServer();
    void sendAnnouncement();
    void disconnectSelected();
    void updateStatus();
    // How full the room is, in words: people, getting in, names kept,
    // turned away.
    QString occupancyText() const;
    // What phones type (and the QR code holds) to join from a browser.
    QString browserAddress(quint16 port) const;
    void updateDiscovery();
    // The room, as it happens, in the log (serverwindow_log.cpp).
    void showTheRoomInTheLog();
    void createMenus();
    void addIdentityActions(QMenu *room);
    // Files (serverwindow_files.cpp): the tab, the Room menu's actions, drops.
    void setUpFiles();
    // A field above the people that finds someone among thousands (serverwindow_people.cpp).
    QWidget *peopleFinder(QSortFilterProxyModel *people);
    void addFileActions(QMenu *room);
    void signAnnouncementsWith(const ServerIdentity &identity);
    void saveSettings() const;

    ChatServer *m_server;
    QSpinBox *m_portField;
    QLineEdit *m_roomField;
    QPushButton *m_startButton;
    QLabel *m_status;
    QPushButton *m_freePortButton; // "Use port N" when the port is taken
    QLabel *m_addressHint;
    AddressListWidget *m_addresses;
    ParticipantsModel *m_participants;
    QTreeView *m_clients; // the participants, sorted
    QPushButton *m_disconnectButton;
    ChatLogView *m_log;
    QLineEdit *m_announcementField;
    QPushButton *m_announceButton;
    QSplitter *m_splitter;
    QLabel *m_discoveryLabel;
    DiscoveryAnnouncer *m_announcer;
    WireInspector *m_inspector;
    ZoomController *m_zoom = nullptr;
    IdentityPanel *m_identityPanel;
    BrowserJoinPanel *m_browserPanel;
    QTabWidget *m_rightTabs;
    FilesPanel *m_files;
    bool m_browserJoinShown = true;
    QString m_identityFolder;
    QStringList m_givenNicks; // to the client windows opened from here
    // The client windows it opened: they close with it (nothing left to join).
    QList<QPointer<ClientWindow>> m_localClients;
    // Many connections a second change the counts: the status follows a few
    // times a second, and the last minute's refusals age every few seconds.
    QTimer m_statusSoon;
    QTimer m_statusTick;
};
