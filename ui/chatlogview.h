#pragma once

// chatlogview.h — the message log of both windows. Everything is inserted as
// plain text with a character format: nothing from the network is ever
// interpreted as HTML or rich text.

#include <QDateTime>
#include <QPlainTextEdit>
#include <QTextCursor>

class ChatLogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class Style { Others, Own, Private, Raw, RawSent };

    explicit ChatLogView(QWidget *parent = nullptr);

    void appendMessage(const QDateTime &time, const QString &nick, const QString &text,
                       Style style = Style::Others);
    void appendEvent(const QString &text, const QDateTime &time = QDateTime::currentDateTime());
    void appendError(const QString &text, const QDateTime &time = QDateTime::currentDateTime());

    // Lines kept in memory; older ones scroll away.
    static constexpr int MaxLines = 20000;

private:
    enum class Part { Time, Nick, Text, Event, Error };
    QTextCharFormat format(Part part, Style style = Style::Others) const;
    // Starts a new line with its time stamp; the cursor writes the rest.
    QTextCursor beginLine(const QDateTime &time);
    void endLine();

    bool m_followEnd = true;
};
