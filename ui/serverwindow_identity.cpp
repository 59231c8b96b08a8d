// serverwindow_identity.cpp — the server window's part for the server's
// identity: where it is kept, a new one on the teacher's word, and whether
// plain connections still come in.

#include "chatlogview.h"
#include "discovery/discoveryannouncer.h"
#include "identitypanel.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "serverwindow.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace {
const QString RequireTlsKey = QStringLiteral("server/requireTls");
} // namespace

bool ServerWindow::useIdentityIn(const QString &folder, QString *error)
{
    m_identityFolder = folder;
    const auto identity = ServerIdentity::loadOrCreate(folder, error);
    if (!identity)
        return false;
    m_server->setIdentity(identity);
    signAnnouncementsWith(*identity);
    return true;
}

bool ServerWindow::renewIdentity(QString *error)
{
    if (m_identityFolder.isEmpty())
        return false;
    const auto identity = ServerIdentity::renew(m_identityFolder, error);
    if (!identity)
        return false;
    m_server->setIdentity(identity);
    signAnnouncementsWith(*identity);
    m_log->appendEvent(tr("A new identity: the fingerprint is now %1. Students who joined before "
                          "are warned, and compare it with the projector again.")
                           .arg(ServerIdentity::shortForm(identity->sha256())));
    return true;
}

void ServerWindow::signAnnouncementsWith(const ServerIdentity &identity)
{
    // The room is found on the network only by announcements signed with
    // its key (discovery.h).
    m_announcer->setIdentity(identity.privateKeyPem(), identity.certificatePem(),
                             ServerIdentity::nextAnnouncementCounter(m_identityFolder));
}

void ServerWindow::addIdentityActions(QMenu *room)
{
    QAction *renew = room->addAction(tr("New &identity…"));
    renew->setObjectName(QStringLiteral("newIdentityAction"));
    connect(renew, &QAction::triggered, m_identityPanel, &IdentityPanel::askForNewIdentity);
    connect(m_identityPanel, &IdentityPanel::newIdentityRequested, this, [this] {
        QString error;
        if (!renewIdentity(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("New identity"), error);
    });

    QAction *requireTls = room->addAction(tr("Only &encrypted connections"));
    requireTls->setObjectName(QStringLiteral("requireTlsAction"));
    requireTls->setCheckable(true);
    requireTls->setToolTip(tr("Plain connections (nc, telnet, the tutorial's client, older Salon) "
                              "are told how to connect encrypted, then closed"));
    requireTls->setChecked(QSettings().value(RequireTlsKey, false).toBool());
    m_server->setRequireTls(requireTls->isChecked());
    connect(requireTls, &QAction::toggled, this, [this](bool required) {
        m_server->setRequireTls(required);
        QSettings().setValue(RequireTlsKey, required);
        updateStatus(); // the browser address says https:// now, or not
    });
    const auto follow = [this, renew, requireTls] {
        renew->setEnabled(!m_identityFolder.isEmpty());
        requireTls->setEnabled(m_server->offersTls());
        updateStatus(); // the join links name the identity
    };
    connect(m_server, &ChatServer::identityChanged, this, follow);
    follow();
}
