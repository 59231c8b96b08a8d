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
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ReconnectBar::reconnectNowClicked);
    hide();
}

void ReconnectBar::showCountdown(int secondsLeft)
{
    m_label->setText(secondsLeft > 0
                         ? tr("Connection lost — reconnecting in %n s", nullptr, secondsLeft)
                         : tr("Reconnecting…"));
}
