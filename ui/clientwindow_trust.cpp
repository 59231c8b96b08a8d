// clientwindow_trust.cpp — the client window's part for the server's
// identity: the first meeting compared with the projector, a changed or
// missing identity stopped with a warning, a join link's fingerprint
// trusted as if compared, and whether the room is encrypted, said quietly
// when it is and loudly when it is not.

#include "chatlogview.h"
#include "client/chatclient.h"
#include "clientwindow.h"
#include "connectbar.h"
#include "security/serveridentity.h"
#include "servertrust.h"
#include "theme.h"

#include <QLabel>

QByteArray ClientWindow::expectedFingerprint(const QString &host, quint16 port)
{
    // The fingerprint this server showed before, if the person accepted one.
    const QByteArray pinned = ServerTrust::pinned(host, port);
    const QByteArray linked = m_linkFingerprints.value(host + u':' + QString::number(port));
    if (pinned.isEmpty())
        return linked; // the link vouches for the server: no question asked
    if (!linked.isEmpty() && linked != pinned)
        // The one accepted before wins: a link is only as good as whoever
        // sent it. Should the server show the link's, the warning says so.
        m_log->appendError(tr("This link names another fingerprint than the one you accepted "
                              "for %1:%2 before (%3).")
                               .arg(host)
                               .arg(port)
                               .arg(ServerIdentity::shortForm(pinned)));
    return pinned;
}

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
            const QString key = host + u':' + QString::number(port);
            // Nothing pinned yet: the fingerprint came from a join link.
            const bool linked = ServerTrust::pinned(host, port).isEmpty() &&
                                m_linkFingerprints.value(key) == pinned;
            if (linked)
                m_log->appendError(
                    seen.isEmpty()
                        ? tr("Stopped: the join link names a fingerprint, but %1:%2 does not "
                             "encrypt the room; it may not be the teacher's server.")
                              .arg(host)
                              .arg(port)
                        : tr("Stopped: %1:%2 shows another fingerprint than its join link "
                             "names; it may not be the teacher's server.")
                              .arg(host)
                              .arg(port));
            else
                m_log->appendError(
                    seen.isEmpty() ? tr("Stopped: %1:%2 no longer encrypts the room; it may not "
                                        "be the teacher's server.")
                                         .arg(host)
                                         .arg(port)
                                   : tr("Stopped: %1:%2 shows another fingerprint than before; "
                                        "it may not be the teacher's server.")
                                         .arg(host)
                                         .arg(port));
            const auto expected =
                linked ? ServerTrust::Expected::NamedByLink : ServerTrust::Expected::Pinned;
            if (ServerTrust::warnChanged(this, host, port, pinned, seen, expected) ==
                ServerTrust::Decision::Stop)
                return;
            // The person decided: the link has had its say.
            m_linkFingerprints.remove(key);
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
        // Joined by a link, and the server showed what it said: pinned.
        const QString host = m_client->host();
        const quint16 port = m_client->port();
        if (ServerTrust::pinned(host, port).isEmpty() &&
            m_linkFingerprints.value(host + u':' + QString::number(port)) == sha256)
            ServerTrust::pin(host, port, sha256);
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
