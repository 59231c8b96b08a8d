#pragma once

// lessonfile.h — what the teacher decided for this lesson, on disk, so a
// server started again (after a crash or `kill -9` too) goes on with the
// same lesson: the room code, the lock, the quiet room, slow mode, private
// messages, who is muted, who is kept out, the raised hands, and the
// members' tokens (so those who were in get back in, and their mutes and
// hands follow them). One JSON object in lesson-PORT.json beside the
// history, written whole to a new file then renamed (QSaveFile), mode 0600:
// it holds the room code and the tokens, which are secrets.
//
// Plain data: it knows no session and no server.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Lesson
{
    struct Member
    {
        QString token;
        QString nick;
    };
    struct Ban
    {
        QString nick;
        QString address; // empty: by name only
        QDateTime since;
    };
    struct Hand
    {
        QString member; // Room::memberKeyOf
        QString nick;
        QDateTime since;
    };

    QDateTime started; // invalid: no lesson under way
    QString code;
    bool locked = false;
    bool quiet = false;
    int slowSeconds = 0;
    QString privateMessages = QStringLiteral("all"); // "all", "teacher" or "off"
    bool studentFiles = false;                       // students may share files with the room
    QStringList muted;                               // member keys
    QList<Ban> bans;
    QList<Hand> hands; // first first
    QList<Member> members;
    // The lesson's files (FileDesk::exportState): what was handed out and
    // its addresses, the collection and what came in. Kept as it is.
    QJsonObject files;
};

class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(LessonFile)
public:
    // The most members, bans, hands and mutes a file may hold: a file
    // edited by hand or damaged can't make the server swallow anything.
    static constexpr int MaxEntries = 20000;

    // Nothing when there is no file; a file that can't be read is
    // reported in `error` and ignored (the lesson starts clean).
    static std::optional<Lesson> read(const QString &path, QString *error = nullptr);
    // False, with `error`, when it can't be written.
    static bool write(const QString &path, const Lesson &lesson, QString *error = nullptr);
    static bool remove(const QString &path);
};
