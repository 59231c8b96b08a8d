#include "servertrust.h"

#include "appsettings.h"
#include "security/serveridentity.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ServerTrust {

namespace {

QString keyFor(const QString &host, quint16 port)
{
    return QStringLiteral("%1:%2").arg(host.trimmed().toLower()).arg(port);
}

QVariantMap allPins()
{
    return QSettings().value(QLatin1String(AppSettings::ClientPins)).toMap();
}

// The fingerprint as the projector shows it: the short form large, then all
// of it in groups of four.
QLabel *fingerprintLabel(const QByteArray &sha256, QWidget *parent, bool large)
{
    const QStringList groups = ServerIdentity::groups(sha256).split(QLatin1Char(' '));
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setLayoutDirection(Qt::LeftToRight);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (large) {
        fixed.setPointSizeF(parent->font().pointSizeF() * 2);
        fixed.setBold(true);
        label->setText(ServerIdentity::shortForm(sha256));
    } else {
        label->setText(groups.mid(0, 8).join(QLatin1Char(' ')) + QLatin1Char('\n') +
                       groups.mid(8).join(QLatin1Char(' ')));
    }
    label->setFont(fixed);
    return label;
}

QLabel *words(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QByteArray pinned(const QString &host, quint16 port)
{
    return QByteArray::fromHex(allPins().value(keyFor(host, port)).toByteArray());
}

void pin(const QString &host, quint16 port, const QByteArray &sha256)
{
    QVariantMap pins = allPins();
    pins.insert(keyFor(host, port), QString::fromLatin1(sha256.toHex()));
    QSettings().setValue(QLatin1String(AppSettings::ClientPins), pins);
}

void forget(const QString &host, quint16 port)
{
    QVariantMap pins = allPins();
    pins.remove(keyFor(host, port));
    QSettings().setValue(QLatin1String(AppSettings::ClientPins), pins);
}

bool confirmFirstMeeting(QWidget *parent, const QString &host, quint16 port,
                         const QByteArray &sha256)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("firstMeetingDialog"));
    dialog.setWindowTitle(
        QCoreApplication::translate("ServerTrust", "Check the server's fingerprint"));
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        words(QCoreApplication::translate(
                  "ServerTrust", "First time in the room at %1:%2. It is encrypted, but is it the "
                                 "teacher's server? Compare this fingerprint with the one the "
                                 "teacher's screen shows:")
                  .arg(host)
                  .arg(port),
              &dialog));
    layout->addWidget(fingerprintLabel(sha256, &dialog, true));
    layout->addWidget(fingerprintLabel(sha256, &dialog, false));
    layout->addWidget(words(
        QCoreApplication::translate("ServerTrust",
                                    "If they differ, another computer may be pretending to be the "
                                    "teacher's: do not join, and tell the teacher."),
        &dialog));
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *match =
        buttons->addButton(QCoreApplication::translate("ServerTrust", "They &match: join"),
                           QDialogButtonBox::AcceptRole);
    match->setObjectName(QStringLiteral("fingerprintMatches"));
    buttons
        ->addButton(QCoreApplication::translate("ServerTrust", "They &differ"),
                    QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("fingerprintDiffers"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // Nothing is accepted by pressing Enter without looking.
    match->setAutoDefault(false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    pin(host, port, sha256);
    return true;
}

Decision warnChanged(QWidget *parent, const QString &host, quint16 port, const QByteArray &pinned,
                     const QByteArray &seen, Expected expected)
{
    const bool link = expected == Expected::NamedByLink;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("identityChangedDialog"));
    QString title;
    QString headlineText;
    if (seen.isEmpty() && link) {
        title = QCoreApplication::translate("ServerTrust", "This server does not encrypt");
        headlineText = QCoreApplication::translate(
                           "ServerTrust", "The join link names a fingerprint for %1:%2, but the "
                                          "server there offers no encryption at all.")
                           .arg(host)
                           .arg(port);
    } else if (seen.isEmpty()) {
        title = QCoreApplication::translate("ServerTrust", "This server no longer encrypts");
        headlineText =
            QCoreApplication::translate("ServerTrust",
                                        "The server at %1:%2 encrypted the room last time. Now it "
                                        "offers no encryption at all.")
                .arg(host)
                .arg(port);
    } else if (link) {
        title = QCoreApplication::translate("ServerTrust", "This is not the server the link names");
        headlineText = QCoreApplication::translate(
                           "ServerTrust", "The server at %1:%2 shows another fingerprint than "
                                          "the one its join link names.")
                           .arg(host)
                           .arg(port);
    } else {
        title =
            QCoreApplication::translate("ServerTrust", "This is not the server you joined before");
        headlineText = QCoreApplication::translate(
                           "ServerTrust", "The server at %1:%2 shows another fingerprint than the "
                                          "one you compared with the teacher's screen.")
                           .arg(host)
                           .arg(port);
    }
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *headline = words(headlineText, &dialog);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);
    layout->addWidget(words(
        QCoreApplication::translate("ServerTrust",
                                    "It may be another computer pretending to be the teacher's, to "
                                    "read what the class writes. Salon did not join, and sent "
                                    "nothing."),
        &dialog));
    layout->addWidget(
        words(link ? QCoreApplication::translate("ServerTrust", "The fingerprint the link names:")
                   : QCoreApplication::translate("ServerTrust", "The fingerprint you accepted:"),
              &dialog));
    layout->addWidget(fingerprintLabel(pinned, &dialog, false));
    if (!seen.isEmpty()) {
        layout->addWidget(words(
            QCoreApplication::translate("ServerTrust", "The fingerprint it shows now:"), &dialog));
        layout->addWidget(fingerprintLabel(seen, &dialog, false));
    }
    layout->addWidget(words(
        seen.isEmpty()
            ? QCoreApplication::translate("ServerTrust",
                                          "Ask the teacher. If the room really runs without "
                                          "encryption now, you may join it anyway: everyone on the "
                                          "network can then read what you write.")
        : link ? QCoreApplication::translate(
                     "ServerTrust", "Ask the teacher for the right link, or compare the "
                                    "fingerprint it shows now with the one on the teacher's "
                                    "screen before you trust it.")
               : QCoreApplication::translate(
                     "ServerTrust", "Ask the teacher. If they made a new identity (Room ▸ New "
                                    "identity), their screen shows the new fingerprint: compare "
                                    "it with the one above before you trust it."),
        &dialog));
    // The way on needs a box ticked first: it can't be clicked through.
    auto *understood = new QCheckBox(
        seen.isEmpty() ? QCoreApplication::translate(
                             "ServerTrust", "The teacher says the room is no longer encrypted")
        : link ? QCoreApplication::translate(
                     "ServerTrust", "The fingerprint it shows matches the teacher's screen")
               : QCoreApplication::translate(
                     "ServerTrust", "The teacher made a new identity, and the new fingerprint "
                                    "matches their screen"),
        &dialog);
    understood->setObjectName(QStringLiteral("identityUnderstood"));
    layout->addWidget(understood);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *stop = buttons->addButton(
        QCoreApplication::translate("ServerTrust", "&Do not join"), QDialogButtonBox::RejectRole);
    stop->setObjectName(QStringLiteral("identityStop"));
    QPushButton *onward = buttons->addButton(
        seen.isEmpty() ? QCoreApplication::translate("ServerTrust", "&Join without encryption")
                       : QCoreApplication::translate("ServerTrust", "&Trust the new fingerprint"),
        QDialogButtonBox::AcceptRole);
    onward->setObjectName(QStringLiteral("identityOnward"));
    onward->setEnabled(false);
    onward->setAutoDefault(false);
    stop->setDefault(true);
    QObject::connect(understood, &QCheckBox::toggled, onward, &QPushButton::setEnabled);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return Decision::Stop;
    if (seen.isEmpty()) {
        forget(host, port);
        return Decision::JoinPlain;
    }
    pin(host, port, seen);
    return Decision::TrustSeen;
}

} // namespace ServerTrust
