// clientwindow_trust.cpp — the client window's part for the server's
// identity: the first meeting compared with the projector, a changed or
// missing identity stopped with a warning, and whether the room is
// encrypted, said quietly when it is and loudly when it is not.

#include "chatlogview.h"
#include "client/chatclient.h"
#include "clientwindow.h"
#include "connectbar.h"
#include "security/serveridentity.h"
#include "servertrust.h"
#include "theme.h"

#include <QLabel>

void ClientWindow::watchServerIdentity()
{
    m_plainBar->setObjectName(QStringLiteral("notEncryptedBar"));
    Theme::makeWarning(m_plainBar);

    // Asked once the link is quiet (it already closed), not inside its signal.
    connect(
        m_client, &ChatClient::serverIdentityUnknown, this,
        [this](const QByteArray &sha256) {
            const QString host = m_client->host();
            const quint16 port = m_client->port();
            if (ServerTrust::confirmFirstMeeting(this, host, port, sha256))
                connectToServer();
            else
                m_log->appendError(tr("Not joined: the fingerprint was not confirmed. Ask the "
                                      "teacher which fingerprint their screen shows."));
        },
        Qt::QueuedConnection);
    connect(
        m_client, &ChatClient::serverIdentityChanged, this,
        [this](const QByteArray &pinned, const QByteArray &seen) {
            const QString host = m_client->host();
            const quint16 port = m_client->port();
            m_log->appendError(seen.isEmpty()
                                   ? tr("Stopped: %1:%2 no longer encrypts the room; it may not "
                                        "be the teacher's server.")
                                         .arg(host)
                                         .arg(port)
                                   : tr("Stopped: %1:%2 shows another fingerprint than before; "
                                        "it may not be the teacher's server.")
                                         .arg(host)
                                         .arg(port));
            if (ServerTrust::warnChanged(this, host, port, pinned, seen) !=
                ServerTrust::Decision::Stop)
                connectToServer();
        },
        Qt::QueuedConnection);
}

void ClientWindow::showSecurity()
{
    const ChatClient::State state = m_client->state();
    const bool in = state == ChatClient::State::Connected || state == ChatClient::State::RawText;
    if (!in) {
        m_connectBar->setSecurity(ConnectBar::Security::Unknown, {});
        m_plainBar->hide();
        return;
    }
    if (m_client->isEncrypted()) {
        const QByteArray sha256 = m_client->serverFingerprint();
        m_connectBar->setSecurity(
            ConnectBar::Security::Encrypted,
            tr("Encrypted (TLS) with the server whose fingerprint is %1\n"
               "SHA256 %2")
                .arg(ServerIdentity::shortForm(sha256), ServerIdentity::colonHex(sha256)));
        m_plainBar->hide();
        return;
    }
    m_connectBar->setSecurity(ConnectBar::Security::NotEncrypted, {});
    m_plainBar->setText(tr("Not encrypted: anyone on this network can read what is written here, "
                           "private messages included. This server offers no encryption."));
    // A compact pane (the demo's grid) says it in its state line only.
    m_plainBar->setVisible(!m_compact);
}
