#include "outboxview.h"

#include "slant.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

OutboxView::OutboxView(QWidget *parent)
    : QWidget(parent), m_lines(new QLabel(this)), m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("outbox"));
    m_lines->setObjectName(QStringLiteral("outboxLines"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_discard->setToolTip(tr("Give up on the messages still waiting to be sent"));
    m_lines->setTextFormat(Qt::PlainText); // what was typed is never markup
    m_lines->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_discard, 0, Qt::AlignBottom);
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardClicked);
    hide();
}

void OutboxView::show(const Outbox &outbox, const QString &nick, bool linkDown)
{
    setVisible(!outbox.isEmpty());
    if (outbox.isEmpty()) {
        m_lines->clear();
        return;
    }
    QStringList lines;
    const QList<Outbox::Entry> &entries = outbox.entries();
    for (qsizetype i = 0; i < entries.size() && i < MaxShown; ++i) {
        const ChatCommand &message = entries.at(i).command;
        const QString who = message.kind == ChatCommand::Kind::Private
                                ? tr("%1 → %2 (private)").arg(nick, message.to)
                                : nick;
        lines.append(tr("Sending… %1: %2").arg(who, message.text.simplified()));
    }
    if (entries.size() > MaxShown)
        lines.append(tr("and %n more waiting", nullptr, int(entries.size() - MaxShown)));
    // Slanted, as words not yet said, in the scripts that slant.
    QFont font = m_lines->font();
    font.setItalic(Slant::suits(lines.join(QLatin1Char('\n'))));
    m_lines->setFont(font);
    const QFontMetrics metrics(font);
    const int width = qMax(200, m_lines->width());
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    m_lines->setText(lines.join(QLatin1Char('\n')));
    // While the link is up, they are answered in a moment: nothing to decide.
    m_discard->setVisible(linkDown);
}

QString OutboxView::shownText() const
{
    return isVisible() ? m_lines->text() : QString();
}
