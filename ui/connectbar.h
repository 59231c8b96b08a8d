#pragma once

// connectbar.h — the top of the client window: which server (typed, or
// picked from the rooms heard on the network), which port, which nickname,
// the Connect button, and the connection's state, always visible.

#include "client/chatclient.h"

#include <QWidget>

class DiscoveryBrowser;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ConnectBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectBar(QWidget *parent = nullptr);

    QString host() const;
    quint16 port() const;
    QString nick() const;
    void setHost(const QString &host);
    void setPort(quint16 port);
    void setNick(const QString &nick);
    void focusHost();
    void focusNick();

    // The servers heard on the network, as the host field lists them.
    QStringList serversListed() const;

    // The button's word, which fields may change, and the state in words.
    // Whether the room is encrypted, said beside the state while in it;
    // `detail` (the fingerprint) on hover.
    enum class Security { Unknown, Encrypted, NotEncrypted };
    void setSecurity(Security security, const QString &detail);
    void showState(ChatClient::State state, bool inRoom);
    // Compact (a pane of the classroom demo): the nickname, the button and
    // the state; the address is the demo's own.
    void setCompact(bool compact);

signals:
    // The button: connect, cancel or disconnect, by the state.
    void buttonClicked();
    // Enter in the host or nickname field.
    void submitted();

private:
    void showFoundServers();

    QComboBox *m_hostBox;
    QLineEdit *m_hostField; // the box's own field
    QSpinBox *m_portField;
    QLineEdit *m_nickField;
    QPushButton *m_button;
    QLabel *m_stateLabel;
    QList<QWidget *> m_addressWidgets; // hidden when compact
    DiscoveryBrowser *m_browser;
    Security m_security = Security::Unknown;
    QString m_securityDetail;
};
