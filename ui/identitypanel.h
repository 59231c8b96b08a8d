#pragma once

// identitypanel.h — the server's fingerprint, for the projector: its first
// 64 bits large enough to read from the back of the room, all of it below
// in groups of four to read aloud, and a way to make a new identity. When
// the room has no identity it says, in words, that nothing is encrypted.

#include <QFrame>

class ChatServer;
class QLabel;
class QPushButton;

class IdentityPanel : public QFrame
{
    Q_OBJECT
public:
    IdentityPanel(ChatServer *server, QWidget *parent = nullptr);

    // The short form and the whole fingerprint as shown.
    QString shownShortForm() const;
    QString shownFingerprint() const;

    // Warns what a new identity means, then asks for one if the teacher agrees.
    void askForNewIdentity();

signals:
    // The teacher asked for a new identity (after reading the warning).
    void newIdentityRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // The whole fingerprint shows where there is room for it (a narrow
    // pane, as the demo's, keeps the short form and the button).
    void fitFullForm();

    ChatServer *m_server;
    QLabel *m_caption;
    QLabel *m_short;
    QLabel *m_full;
    QPushButton *m_renew;
};
