#include "rawtextbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

RawTextBar::RawTextBar(QWidget *parent) : QWidget(parent), m_lineEndingBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("rawBar"));
    m_lineEndingBox->setObjectName(QStringLiteral("lineEndingBox"));
    m_lineEndingBox->addItem(tr("None (like the tutorial's client)"),
                             int(ChatClient::LineEnding::None));
    m_lineEndingBox->addItem(tr("LF (\\n)"), int(ChatClient::LineEnding::LF));
    m_lineEndingBox->addItem(tr("CRLF (\\r\\n)"), int(ChatClient::LineEnding::CRLF));
    auto *explanation = new QLabel(
        tr("This server does not speak Salon: what you type is sent as raw text."), this);
    explanation->setWordWrap(true);
    auto *lineEndingLabel = new QLabel(tr("&Line ending:"), this);
    lineEndingLabel->setBuddy(m_lineEndingBox);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation, 1);
    layout->addWidget(lineEndingLabel);
    layout->addWidget(m_lineEndingBox);
    connect(m_lineEndingBox, &QComboBox::currentIndexChanged, this,
            [this] { emit lineEndingChanged(lineEnding()); });
    hide();
}

ChatClient::LineEnding RawTextBar::lineEnding() const
{
    return ChatClient::LineEnding(m_lineEndingBox->currentData().toInt());
}

void RawTextBar::setLineEnding(ChatClient::LineEnding ending)
{
    m_lineEndingBox->setCurrentIndex(qMax(0, m_lineEndingBox->findData(int(ending))));
}
