#include "identitypanel.h"

#include "security/serveridentity.h"
#include "server/chatserver.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

IdentityPanel::IdentityPanel(ChatServer *server, QWidget *parent)
    : QFrame(parent)
    , m_server(server)
    , m_caption(new QLabel(this))
    , m_short(new QLabel(this))
    , m_full(new QLabel(this))
    , m_renew(new QPushButton(tr("New &identity…"), this))
{
    setObjectName(QStringLiteral("identityPanel"));
    m_short->setObjectName(QStringLiteral("fingerprintShort"));
    m_full->setObjectName(QStringLiteral("fingerprintFull"));
    m_renew->setObjectName(QStringLiteral("newIdentity"));
    setFrameShape(QFrame::StyledPanel);
    for (QLabel *label : {m_caption, m_short, m_full}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("identityCaption"));
    // Hex reads right in a fixed font, left to right in every language.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont big = fixed;
    big.setPointSizeF(font().pointSizeF() * 2.2);
    big.setBold(true);
    m_short->setFont(big);
    m_full->setFont(fixed);
    m_short->setLayoutDirection(Qt::LeftToRight);
    m_full->setLayoutDirection(Qt::LeftToRight);
    m_renew->setToolTip(tr("Makes a new key and certificate for this server: every student's "
                           "Salon will warn that the server changed"));

    // One row, as the room code's: what it is, the short form large, all of it.
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_short);
    layout->addWidget(m_full);
    layout->addStretch(1);
    layout->addWidget(m_renew);
    // It never makes the window wider than the screen: fitFullForm() decides.
    m_full->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_renew, &QPushButton::clicked, this, &IdentityPanel::askForNewIdentity);
    connect(m_server, &ChatServer::identityChanged, this, &IdentityPanel::refresh);
    refresh();
}

void IdentityPanel::askForNewIdentity()
{
    const auto answer = QMessageBox::warning(
        window(), tr("New identity"),
        tr("A new identity gives this server a new fingerprint. Every Salon that joined it "
           "before will stop and warn that the server changed, until each student compares "
           "the new fingerprint with the projector and accepts it.\n\nMake one only if the "
           "private key may have been copied (another person used this account, the PC was "
           "lent), or to show the class what the warning looks like."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit newIdentityRequested();
}

void IdentityPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitFullForm();
}

void IdentityPanel::fitFullForm()
{
    if (m_full->text().isEmpty()) {
        m_full->hide();
        return;
    }
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int spacing = layout()->spacing();
    const int others = m_caption->sizeHint().width() + m_short->sizeHint().width() +
                       m_renew->sizeHint().width() + 4 * spacing + margins.left() + margins.right();
    m_full->setVisible(width() - others >= m_full->sizeHint().width());
}

QString IdentityPanel::shownShortForm() const
{
    return m_short->text();
}

QString IdentityPanel::shownFingerprint() const
{
    return m_full->text();
}

void IdentityPanel::refresh()
{
    const std::optional<ServerIdentity> &identity = m_server->identity();
    const bool tls = identity && m_server->offersTls();
    m_short->setVisible(tls);
    m_full->setVisible(tls);
    m_renew->setVisible(identity.has_value());
    if (!tls) {
        m_caption->setToolTip({});
        m_caption->setText(tr("Not encrypted: anyone on the network can read what is said in "
                              "this room."));
        m_short->clear();
        m_full->clear();
        return;
    }
    m_caption->setText(tr("Encrypted.\nFingerprint:"));
    m_caption->setToolTip(tr("Students check that their Salon shows the same fingerprint when "
                             "they join for the first time."));
    const QByteArray sha256 = identity->sha256();
    m_short->setText(ServerIdentity::shortForm(sha256));
    // All of it, in two lines of eight groups.
    const QStringList groups = ServerIdentity::groups(sha256).split(QLatin1Char(' '));
    m_full->setText(groups.mid(0, 8).join(QLatin1Char(' ')) + QLatin1Char('\n') +
                    groups.mid(8).join(QLatin1Char(' ')));
    m_full->setToolTip(QStringLiteral("SHA256 ") + ServerIdentity::colonHex(sha256));
    m_short->setToolTip(ServerIdentity::groups(sha256));
    fitFullForm();
}
