#include "historylineedit.h"

#include <QKeyEvent>

HistoryLineEdit::HistoryLineEdit(QWidget *parent) : QLineEdit(parent) {}

void HistoryLineEdit::commit()
{
    const QString line = text();
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.last() != line)) {
        m_history.append(line);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_position = m_history.size();
    m_draft.clear();
    clear();
}

void HistoryLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up && m_position > 0) {
        if (m_position == m_history.size())
            m_draft = text();
        setText(m_history.at(--m_position));
        return;
    }
    if (event->key() == Qt::Key_Down && m_position < m_history.size()) {
        ++m_position;
        setText(m_position == m_history.size() ? m_draft : m_history.at(m_position));
        return;
    }
    QLineEdit::keyPressEvent(event);
}
