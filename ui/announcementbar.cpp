#include "announcementbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

AnnouncementBar::AnnouncementBar(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(tr("Teacher"), this))
    , m_text(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("announcementBar"));
    m_text->setObjectName(QStringLiteral("announcementText"));
    m_dismiss->setObjectName(QStringLiteral("announcementDismiss"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A colour of its own, light or dark: nothing a message in the log has.
    QPalette colors = palette();
    const bool dark = colors.color(QPalette::Base).lightness() < 128;
    colors.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x00) : QColor(0xff, 0xf3, 0xc4));
    colors.setColor(QPalette::WindowText,
                    dark ? QColor(0xff, 0xf0, 0xc0) : QColor(0x3d, 0x2e, 0x00));
    setPalette(colors);

    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setAutoFillBackground(true);
    m_badge->setMargin(4);
    QPalette badgeColors = m_badge->palette();
    badgeColors.setColor(QPalette::Window,
                         dark ? QColor(0xe0, 0xa8, 0x00) : QColor(0x8a, 0x5a, 0x00));
    badgeColors.setColor(QPalette::WindowText, dark ? QColor(0x20, 0x18, 0x00) : Qt::white);
    m_badge->setPalette(badgeColors);
    QFont bold = m_badge->font();
    bold.setBold(true);
    m_badge->setFont(bold);

    m_text->setTextFormat(Qt::PlainText); // the teacher's words, never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_text->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_text->setFont(larger);

    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss this announcement (it stays in the log)"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    hide();
}

void AnnouncementBar::showAnnouncement(const QString &text, const QDateTime &time)
{
    m_text->setText(text);
    m_text->setToolTip(
        tr("Announced at %1").arg(time.toLocalTime().toString(QStringLiteral("HH:mm"))));
    show();
}

QString AnnouncementBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}
