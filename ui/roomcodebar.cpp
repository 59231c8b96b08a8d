#include "roomcodebar.h"

#include "model/roomcode.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RoomCodeBar::RoomCodeBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_join(new QPushButton(tr("&Join"), this))
{
    setObjectName(QStringLiteral("roomCodeBar"));
    m_field->setObjectName(QStringLiteral("roomCodeField"));
    m_join->setObjectName(QStringLiteral("roomCodeJoin"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_field);
    m_field->setMaxLength(int(RoomCode::MaxChars) + 8);
    m_field->setPlaceholderText(tr("the code the teacher shows"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(m_field->placeholderText()) +
                             m_field->fontMetrics().averageCharWidth() * 6);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_field);
    layout->addWidget(m_join);
    connect(m_join, &QPushButton::clicked, this, &RoomCodeBar::submit);
    connect(m_field, &QLineEdit::returnPressed, this, &RoomCodeBar::submit);
    connect(m_field, &QLineEdit::textChanged, this,
            [this] { m_join->setEnabled(RoomCode::parse(m_field->text()).has_value()); });
    m_join->setEnabled(false);
    hide();
}

void RoomCodeBar::ask(bool wrong)
{
    m_label->setText(wrong ? tr("That was not the room's code. Type the code the teacher "
                                "shows, then Join:")
                           : tr("This room needs a code. Type the code the teacher shows, then "
                                "Join:"));
    m_field->clear();
    show();
    m_field->setFocus();
}

QString RoomCodeBar::code() const
{
    return RoomCode::parse(m_field->text()).value_or(QString());
}

void RoomCodeBar::submit()
{
    const QString typed = code();
    if (typed.isEmpty())
        return;
    hide();
    emit joinClicked(typed);
}
