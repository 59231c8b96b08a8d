#include "browserjoinpanel.h"

#include "qrcodewidget.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

BrowserJoinPanel::BrowserJoinPanel(QWidget *parent)
    : QFrame(parent)
    , m_address(new QLabel(this))
    , m_code(new QrCodeWidget(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_large(new QPushButton(tr("&Large QR code"), this))
{
    setObjectName(QStringLiteral("browserJoinPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_address->setObjectName(QStringLiteral("browserAddress"));
    m_code->setObjectName(QStringLiteral("browserQrCode"));
    m_copy->setObjectName(QStringLiteral("copyBrowserAddress"));
    m_large->setObjectName(QStringLiteral("largeQrCode"));
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An address reads left to right in every language.
    m_address->setLayoutDirection(Qt::LeftToRight);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_address->setFont(big);
    m_code->setFixedSize(96, 96);

    auto *title = new QLabel(tr("Phones and browsers: type this address, or scan the code"), this);
    title->setWordWrap(true);
    m_large->setToolTip(tr("Show the QR code large, for the projector"));
    m_copy->setToolTip(tr("Copy the address to the clipboard"));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_address);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_large);
    buttons->addStretch(1);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_code);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url);
        emit copied(m_url);
    });
    connect(m_large, &QPushButton::clicked, this, &BrowserJoinPanel::showLarge);
}

void BrowserJoinPanel::setAddress(const QString &url)
{
    m_url = url;
    m_address->setText(url);
    m_code->setText(url);
    setVisible(!url.isEmpty());
}

void BrowserJoinPanel::showLarge()
{
    QDialog dialog(window());
    dialog.setObjectName(QStringLiteral("largeQrDialog"));
    dialog.setWindowTitle(tr("Join from a phone or a browser"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *code = new QrCodeWidget(&dialog);
    code->setText(m_url);
    auto *address = new QLabel(m_url, &dialog);
    address->setTextFormat(Qt::PlainText);
    address->setAlignment(Qt::AlignCenter);
    address->setLayoutDirection(Qt::LeftToRight);
    QFont big = address->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    address->setFont(big);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(code, 1);
    layout->addWidget(address);
    layout->addWidget(buttons);
    // As much of the screen as it can have: scanned from the back of the room.
    if (const QScreen *screen = window()->screen()) {
        const QRect area = screen->availableGeometry();
        const int side = qMin(area.width(), area.height()) * 9 / 10;
        dialog.resize(side, side);
    }
    dialog.exec();
}
