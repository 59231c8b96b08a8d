#pragma once

// transcript.h — the room's history file made readable: every lesson with
// its date, who said what and when, the teacher's announcements and
// actions; as plain text or as a web page (everything from the network
// escaped). For the teacher who wants to read or hand on what was said.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Transcript
{
    Q_DECLARE_TR_FUNCTIONS(Transcript)
public:
    struct Entry
    {
        enum class Kind { Lesson, Message, Announcement, Action };
        Kind kind = Kind::Message;
        QDateTime time;
        QString who; // the sender, the teacher
        QString text;
    };

    // Reads the history files, oldest first (FILE.1 before FILE); lines that
    // are not the history's are skipped.
    static Transcript read(const QStringList &paths);
    // The history file `path` and the one before it, if there is one.
    static Transcript readHistory(const QString &path);

    const QList<Entry> &entries() const { return m_entries; }
    QString toText() const;
    QString toHtml() const;
    // Writes it to `path`, as a web page when it ends in .html or .htm,
    // else as text; false and `error` on failure.
    bool save(const QString &path, QString *error) const;

private:
    QList<Entry> m_entries;
};
