#pragma once

// roomcodebar.h — shown in the client window when the room asks for a
// code, or the one given was wrong: a field for the code the teacher
// shows, and a button to join with it.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

class RoomCodeBar : public QWidget
{
    Q_OBJECT
public:
    explicit RoomCodeBar(QWidget *parent = nullptr);

    // Asks for the code; `wrong`: the last one given was not it.
    void ask(bool wrong);
    QString code() const;

signals:
    // The person typed a code and wants in with it.
    void joinClicked(const QString &code);

private:
    void submit();

    QLabel *m_label;
    QLineEdit *m_field;
    QPushButton *m_join;
};
