#include "chatlogview.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

ChatLogView::ChatLogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setMaximumBlockCount(MaxLines);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

QTextCharFormat ChatLogView::format(Part part, Style style) const
{
    QTextCharFormat charFormat;
    const QPalette &colors = palette();
    const bool dark = colors.color(QPalette::Base).lightness() < 128;
    switch (part) {
    case Part::Time:
        charFormat.setForeground(colors.color(QPalette::PlaceholderText));
        break;
    case Part::Nick:
        charFormat.setFontWeight(QFont::Bold);
        if (style == Style::Own)
            charFormat.setForeground(dark ? QColor(0x7f, 0xb8, 0xff) : QColor(0x1a, 0x5f, 0xb4));
        else if (style == Style::Private)
            charFormat.setForeground(dark ? QColor(0xd6, 0x9c, 0xff) : QColor(0x7b, 0x2d, 0xa6));
        else if (style == Style::RawSent)
            charFormat.setForeground(colors.color(QPalette::PlaceholderText));
        break;
    case Part::Text:
        if (style == Style::Own)
            charFormat.setForeground(dark ? QColor(0xb8, 0xd8, 0xff) : QColor(0x12, 0x3f, 0x78));
        else if (style == Style::Private)
            charFormat.setFontItalic(true);
        break;
    case Part::Event:
        charFormat.setForeground(colors.color(QPalette::PlaceholderText));
        charFormat.setFontItalic(true);
        break;
    case Part::Error:
        charFormat.setForeground(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e));
        charFormat.setFontWeight(QFont::Bold);
        break;
    }
    return charFormat;
}

QTextCursor ChatLogView::beginLine(const QDateTime &time)
{
    const QScrollBar *bar = verticalScrollBar();
    m_followEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(time.toLocalTime().toString(QStringLiteral("HH:mm:ss ")), format(Part::Time));
    return cursor;
}

void ChatLogView::endLine()
{
    if (m_followEnd)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatLogView::appendMessage(const QDateTime &time, const QString &nick, const QString &text,
                                Style style)
{
    QTextCursor cursor = beginLine(time);
    if (!nick.isEmpty())
        cursor.insertText(nick + QStringLiteral(": "), format(Part::Nick, style));
    cursor.insertText(text, format(Part::Text, style));
    endLine();
}

void ChatLogView::appendEvent(const QString &text, const QDateTime &time)
{
    beginLine(time).insertText(text, format(Part::Event));
    endLine();
}

void ChatLogView::appendError(const QString &text, const QDateTime &time)
{
    beginLine(time).insertText(text, format(Part::Error));
    endLine();
}
