#pragma once

// hostcommand.h — what the room's host (the teacher) types at the headless
// server's console, one command a line: "/mute NICK", "/unmute NICK",
// "/quiet [off]", "/slow SECONDS", "/pm all|teacher|off", "/kick NICK
// [REASON]", "/lock", "/unlock", "/code CODE|off", "/lesson new|end", "/delete ID", "/handout
// PATH", "/collect [TITLE]|off",
// "/handins", "/msg NICK
// TEXT", "/name NAME", "/who", "/help";
// anything not starting
// with "/" is an announcement. A pure reader, like CommandParser: the console and its
// tests share it. (The server window offers the same actions in menus.)

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct HostCommand
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
public:
    enum class Kind {
        Nothing,  // an empty line
        Announce, // `text` for everyone
        Kick,     // remove `nick`, telling them `reason`
        Mute,     // `nick` reads, and what they send is not delivered
        Unmute,
        Quiet,           // only the teacher speaks (`on`)
        Slow,            // one message every `seconds` per student (0: no limit)
        PrivateMessages, // `privateMessages`: "all", "teacher" or "off"
        Ban,             // keep `nick` out for the lesson (`on`: even if others share the address)
        Unban,           // let `nick` in again
        Bans,            // who is kept out
        Hands,           // the raised hands, in order
        Lower,           // lower `nick`'s hand, or every hand when `nick` is empty
        Lock,            // nobody new joins
        Unlock,
        Code,         // the room's code becomes `text` (empty: none)
        Lesson,       // a new lesson (`on`), or the end of this one
        Delete,       // remove message `id` from every window and the history
        HandOut,      // hand the file at `text` out to everyone
        Collect,      // collect work (`on`), titled `text`; or stop
        HandIns,      // what was handed in, and who has not
        StudentFiles, // students may share files with the room (`on`), or not
        Private,      // `text` for `nick` only, from the teacher
        Name,         // the teacher's name in the room becomes `nick`
        Who,          // who is in the room
        Help,         // the commands
        Invalid,      // `error` says why, for the host
    };

    Kind kind = Kind::Nothing;
    QString nick;
    QString reason;
    QString text;
    QString error;
    bool on = true;
    int seconds = 0;
    qint64 id = 0;
    QString privateMessages;

    static HostCommand parse(const QString &line);
    // What /help says, a line each.
    static QStringList help();
};
