#include "dialects/textdialect.h"

#include "base/textcodec.h"
#include "model/commandparser.h"

#include <QLocale>

namespace {
// More people than this joining at once are one line, not a line each.
constexpr qsizetype JoinedLinesAtMost = 5;

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}
} // namespace

ChatCommand TextDialect::decode(const QByteArray &unit) const
{
    return CommandParser::parse(TextCodec::withoutControls(TextCodec::decode(unit)));
}

QByteArray TextDialect::encode(const ChatEvent &event) const
{
    switch (event.kind) {
    case ChatEvent::Kind::Message: {
        const ChatMessage &message = event.message;
        if (message.announcement)
            return line(tr("*** Server: %1").arg(message.text));
        return line(message.isPrivate()
                        ? tr("[private] %1 -> %2: %3").arg(message.from, message.to, message.text)
                        : message.from + QStringLiteral(": ") + message.text);
    }
    case ChatEvent::Kind::History: {
        if (event.messages.isEmpty())
            return {};
        QByteArray lines = line(tr("*** The last %n message(s) said in the room (/history 50 "
                                   "shows more):",
                                   nullptr, int(event.messages.size())));
        for (const ChatMessage &message : event.messages) {
            // From another day, the date too: "yesterday's" words must not pass for today's.
            const QDateTime local = message.time.toLocalTime();
            const QString time = local.toString(local.date() == QDate::currentDate()
                                                    ? QStringLiteral("HH:mm")
                                                    : QStringLiteral("yyyy-MM-dd HH:mm"));
            lines += line(
                message.announcement
                    ? QStringLiteral("[%1] ").arg(time) + tr("*** Server: %1").arg(message.text)
                    : QStringLiteral("[%1] %2: %3").arg(time, message.from, message.text));
        }
        return lines + line(tr("*** End of the earlier messages."));
    }
    case ChatEvent::Kind::Welcome:
        return line(tr("*** You are %1. Type /nick NAME to change it.").arg(event.nick));
    case ChatEvent::Kind::People:
        return line(tr("*** In the room (%1): %2")
                        .arg(event.people.size())
                        .arg(event.people.join(QStringLiteral(", "))));
    case ChatEvent::Kind::Joined: {
        // A few at once: a line each, as always; a crowd: one line.
        if (event.people.size() > JoinedLinesAtMost) {
            const QStringList first = event.people.first(JoinedLinesAtMost);
            return line(tr("*** %n people joined the room, among them %1 (/who lists everyone)",
                           nullptr, int(event.people.size()))
                            .arg(first.join(QStringLiteral(", "))));
        }
        const QStringList nicks = event.people.isEmpty() ? QStringList{event.nick} : event.people;
        QByteArray lines;
        for (const QString &nick : nicks)
            lines += line(tr("*** %1 joined the room").arg(nick));
        return lines;
    }
    case ChatEvent::Kind::Left:
        return line(tr("*** %1 left the room (%2)").arg(event.nick, event.reason));
    case ChatEvent::Kind::Renamed:
        return line(tr("*** %1 is now known as %2").arg(event.from, event.to));
    case ChatEvent::Kind::Notice:
        return line(tr("*** Server: %1").arg(event.text));
    case ChatEvent::Kind::Error:
        return line(tr("!!! %1").arg(event.error.text()));
    case ChatEvent::Kind::NickRefused:
        return line(tr("!!! %1").arg(event.reason));
    case ChatEvent::Kind::Help:
        return line(CommandParser::help().join(QLatin1Char('\n')));
    case ChatEvent::Kind::Goodbye:
        return line(QStringLiteral("*** ") + event.text);
    case ChatEvent::Kind::Hand:
        return line(event.handUp
                        ? tr("*** Your hand is up: you are number %1 in line.").arg(event.position)
                        : tr("*** Your hand is down."));
    case ChatEvent::Kind::Deleted:
        return line(tr("*** The teacher removed a message from %1 (said at %2).")
                        .arg(event.message.from,
                             event.message.time.toLocalTime().toString(QStringLiteral("HH:mm"))));
    case ChatEvent::Kind::CodeAsked:
        return line(tr("*** This room needs a code: type the code the teacher shows, then "
                       "press Enter."));
    case ChatEvent::Kind::File:
        if (!event.file.from.isEmpty())
            return line(tr("*** %1 shares %2 (%3): %4")
                            .arg(event.file.from, event.file.name,
                                 QLocale().formattedDataSize(event.file.size), event.file.url));
        return line(tr("*** The teacher hands out %1 (%2): %3")
                        .arg(event.file.name, QLocale().formattedDataSize(event.file.size),
                             event.file.url));
    case ChatEvent::Kind::Sharing:
        return line(event.open ? tr("*** Students may now share files with the room (from a Salon "
                                    "window or the room's web page).")
                               : tr("*** Students may no longer share files with the room."));
    case ChatEvent::Kind::Collecting:
        if (!event.open)
            return line(tr("*** The teacher no longer collects work."));
        return line(event.text.isEmpty()
                        ? tr("*** The teacher collects work: hand it in from a Salon window or "
                             "the room's web page.")
                        : tr("*** The teacher collects work (%1): hand it in from a Salon window "
                             "or the room's web page.")
                              .arg(event.text));
    case ChatEvent::Kind::Ping:
    case ChatEvent::Kind::Pong:
        // A person at a terminal can't answer; TCP keepalive watches instead.
        return {};
    }
    return {};
}

const void *TextDialect::encodingKey() const
{
    static const char key = 0;
    return &key;
}
