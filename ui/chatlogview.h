#pragma once

// chatlogview.h — the message log of both windows. Everything is inserted as
// plain text with a character format: nothing from the network is ever
// interpreted as HTML or rich text.

#include <QDateTime>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>

#include <deque>

class ChatLogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class Style { Others, Own, Private, Raw, RawSent, History };

    explicit ChatLogView(QWidget *parent = nullptr);

    // `id`: the room's number for the message (0: none), so it can be
    // removed later.
    void appendMessage(const QDateTime &time, const QString &nick, const QString &text,
                       Style style = Style::Others, qint64 id = 0);
    // Message `id` is replaced by `note`, in the style of an event: its
    // words are gone from the screen (and from a saved log). False when it
    // is not shown (any more).
    bool replaceMessage(qint64 id, const QString &note);
    // The id of the message at `position` in the viewport (0: none).
    qint64 messageIdAt(const QPoint &position) const;
    void appendEvent(const QString &text, const QDateTime &time = QDateTime::currentDateTime());
    void appendError(const QString &text, const QDateTime &time = QDateTime::currentDateTime());

    // Lines kept in memory; older ones scroll away.
    static constexpr int MaxLines = 20000;

    // Writes the log as plain text (UTF-8); false and `error` on failure.
    bool saveTo(const QString &path, QString *error);
    // Asks where, then saves, and says so if it could not.
    void saveWithDialog();

    // Shows at once the messages still waiting for the next pass of the
    // event loop.
    void flush();

    // Whether the newest line is in view: then it stays in view as lines
    // come, and when a bar above the log comes or goes and changes its
    // height. Scrolled up, the log stays put and a "new messages below"
    // button takes the person back down.
    bool isFollowing() const;
    void scrollToEnd();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Part { Time, Nick, Text, Event, Error };
    struct Line
    {
        QDateTime time;
        QString nick;
        QString text;
        Part textPart;
        Style style;
        qint64 id = 0;
    };
    QTextCharFormat format(Part part, Style style = Style::Others) const;
    void enqueue(Line line);
    void insert(QTextCursor &cursor, const Line &line);
    void trim();
    QString timeStamp(const QDateTime &time);

    // Messages are shown in batches, once per pass of the event loop: at
    // thousands a second, one edit of the document per line would stall
    // the window. Errors show at once, after what waits.
    std::deque<Line> m_pending;
    int m_lastMaximum = 0;         // of the scroll bar, to know whether it was at the end
    class QPushButton *m_newBelow; // "new messages below", while scrolled up
    void placeNewBelow();
    void followLayoutDirection();
    QTimer m_flushTimer;
    qint64 m_stampSecond = -1;
    QString m_stamp;
};
