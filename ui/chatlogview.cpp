#include "chatlogview.h"

#include "slant.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>

#include <limits>

namespace {

// Italics where the text's script has them (see slant.h).
QTextCharFormat uprightFor(QTextCharFormat format, const QString &text)
{
    if (format.fontItalic() && !Slant::suits(text))
        format.setFontItalic(false);
    return format;
}

} // namespace

ChatLogView::ChatLogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatLogView::flush);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);

    // At the end, the log stays at the end: when lines come, and when its
    // height changes under it (a bar above it comes or goes). Scrolled up,
    // it stays where the person reads, and a button says more came below.
    m_newBelow = new QPushButton(tr("New messages below ↓"), viewport());
    m_newBelow->setObjectName(QStringLiteral("newMessagesBelow"));
    m_newBelow->setCursor(Qt::PointingHandCursor);
    m_newBelow->hide();
    connect(m_newBelow, &QPushButton::clicked, this, &ChatLogView::scrollToEnd);
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        const bool wasAtEnd = bar->value() >= m_lastMaximum - 2;
        m_lastMaximum = maximum;
        if (wasAtEnd)
            bar->setValue(maximum);
    });
    const auto backAtEnd = [this] {
        if (isFollowing())
            m_newBelow->hide();
    };
    connect(bar, &QScrollBar::valueChanged, this, backAtEnd);
    connect(bar, &QScrollBar::actionTriggered, this, backAtEnd, Qt::QueuedConnection);
    followLayoutDirection();
}

void ChatLogView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        followLayoutDirection();
}

void ChatLogView::followLayoutDirection()
{
    // Lines run the way the window does: in Arabic, each starts on the right
    // with its time, whatever script the message is in.
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    // The plain text layout does not mirror alignment by itself.
    option.setAlignment(layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    document()->setDefaultTextOption(option);
}

bool ChatLogView::isFollowing() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void ChatLogView::scrollToEnd()
{
    m_newBelow->hide();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatLogView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeNewBelow();
}

void ChatLogView::placeNewBelow()
{
    m_newBelow->adjustSize();
    const QRect area = viewport()->rect();
    m_newBelow->move(area.center().x() - m_newBelow->width() / 2,
                     area.bottom() - m_newBelow->height() - 6);
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
        else if (style == Style::RawSent || style == Style::History)
            charFormat.setForeground(colors.color(QPalette::PlaceholderText));
        break;
    case Part::Text:
        if (style == Style::Own)
            charFormat.setForeground(dark ? QColor(0xb8, 0xd8, 0xff) : QColor(0x12, 0x3f, 0x78));
        else if (style == Style::Private)
            charFormat.setFontItalic(true);
        else if (style == Style::History)
            charFormat.setForeground(colors.color(QPalette::PlaceholderText));
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

void ChatLogView::appendMessage(const QDateTime &time, const QString &nick, const QString &text,
                                Style style, qint64 id)
{
    enqueue({time, nick, text, Part::Text, style, id});
}

bool ChatLogView::replaceMessage(qint64 id, const QString &note)
{
    if (id <= 0 || id > std::numeric_limits<int>::max())
        return false;
    flush();
    // The newest first: a message to remove is most often a recent one.
    for (QTextBlock block = document()->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.userState() != int(id))
            continue;
        QTextCursor cursor(block);
        // The time stamp stays ("12:04:05 ", or with its date from another day).
        static const QRegularExpression stamped(QStringLiteral("^.*?\\d\\d:\\d\\d:\\d\\d "));
        const QString stamp = stamped.match(block.text()).captured(0);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.beginEditBlock();
        cursor.removeSelectedText();
        cursor.insertText(stamp, format(Part::Time));
        cursor.insertText(note, uprightFor(format(Part::Event), note));
        cursor.endEditBlock();
        block.setUserState(-1);
        return true;
    }
    return false;
}

qint64 ChatLogView::messageIdAt(const QPoint &position) const
{
    const int state = cursorForPosition(position).block().userState();
    return state > 0 ? state : 0;
}

void ChatLogView::appendEvent(const QString &text, const QDateTime &time)
{
    enqueue({time, {}, text, Part::Event, Style::Others});
}

void ChatLogView::appendError(const QString &text, const QDateTime &time)
{
    enqueue({time, {}, text, Part::Error, Style::Others});
    flush();
}

void ChatLogView::enqueue(Line line)
{
    m_pending.push_back(std::move(line));
    // What would scroll away at once need not be drawn at all.
    if (m_pending.size() > size_t(MaxLines))
        m_pending.pop_front();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ChatLogView::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const bool atEnd = isFollowing();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    for (const Line &line : m_pending)
        insert(cursor, line);
    cursor.endEditBlock();
    m_pending.clear();
    trim();
    if (atEnd) {
        scrollToEnd();
    } else if (m_newBelow->isHidden()) {
        placeNewBelow();
        m_newBelow->show();
    }
}

void ChatLogView::insert(QTextCursor &cursor, const Line &line)
{
    if (!document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(timeStamp(line.time), format(Part::Time));
    if (!line.nick.isEmpty())
        cursor.insertText(line.nick + QStringLiteral(": "), format(Part::Nick, line.style));
    cursor.insertText(line.text, uprightFor(format(line.textPart, line.style), line.text));
    // Block states are ints: a room past two billion messages can't remove one.
    cursor.block().setUserState(
        line.id > 0 && line.id <= std::numeric_limits<int>::max() ? int(line.id) : -1);
}

void ChatLogView::trim()
{
    // Old lines go two hundred at a time: removing the first line moves
    // the whole document, so once per line would cost as much as the rest.
    constexpr int Slack = 200;
    const int excess = document()->blockCount() - MaxLines;
    if (excess <= Slack)
        return;
    // Positions, not cursor moves: moving line by line lays each one out.
    QTextCursor cursor(document());
    cursor.setPosition(document()->findBlockByNumber(excess).position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

QString ChatLogView::timeStamp(const QDateTime &time)
{
    // Converting to local time reads the time zone: once a second is enough.
    const qint64 second = time.toSecsSinceEpoch();
    if (second != m_stampSecond) {
        m_stampSecond = second;
        // Replayed from another day: the date too.
        const QDateTime local = time.toLocalTime();
        m_stamp = local.date() == QDate::currentDate()
                      ? local.toString(QStringLiteral("HH:mm:ss "))
                      : QLocale().toString(local.date(), QLocale::ShortFormat) +
                            local.toString(QStringLiteral(" HH:mm:ss "));
    }
    return m_stamp;
}

bool ChatLogView::saveTo(const QString &path, QString *error)
{
    flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(toPlainText().toUtf8());
    file.write("\n");
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ChatLogView::saveWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("salon-%1.txt")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the log as"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save the log as"),
                             tr("The log could not be saved in %1: %2").arg(path, error));
}
