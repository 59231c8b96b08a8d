#pragma once

// historylineedit.h — a one-line field that recalls what was sent before
// with Up and Down, like a shell.

#include <QLineEdit>
#include <QStringList>

class HistoryLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit HistoryLineEdit(QWidget *parent = nullptr);

    // Remembers a sent line and empties the field.
    void commit();

    static constexpr int MaxHistory = 200;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_history;
    qsizetype m_position = 0; // == m_history.size() when editing a new line
    QString m_draft;          // the new line being typed, kept while browsing
};
