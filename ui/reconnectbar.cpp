#include "reconnectbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ReconnectBar::ReconnectBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(tr("Reconnect &now"), this))
{
    setObjectName(QStringLiteral("reconnectBar"));
    m_label->setObjectName(QStringLiteral("reconnectLabel"));
    m_button->setObjectName(QStringLiteral("reconnectButton"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ReconnectBar::reconnectNowClicked);
    hide();
}

void ReconnectBar::showCountdown(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    updateText();
}

void ReconnectBar::showLastTry(const QString &problem)
{
    m_lastTry = problem;
    updateText();
}

void ReconnectBar::updateText()
{
    QString text = m_secondsLeft > 0
                       ? tr("Connection lost — reconnecting in %n s", nullptr, m_secondsLeft)
                       : tr("Reconnecting…");
    if (!m_lastTry.isEmpty())
        text = tr("%1 (last try: %2)").arg(text, m_lastTry);
    m_label->setText(text);
}
