#include "model/commandparser.h"

#include <QCoreApplication>

namespace CommandParser {

namespace {
ChatCommand withText(ChatCommand::Kind kind, const QString &text)
{
    ChatCommand command;
    command.kind = kind;
    command.text = text;
    return command;
}

ChatCommand slashCommand(const QString &trimmed)
{
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString name = trimmed.mid(1, space < 0 ? -1 : space - 1).toLower();
    const QString argument = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    ChatCommand command;
    if (name == QLatin1String("quit") || name == QLatin1String("fin")) {
        command.kind = ChatCommand::Kind::Leave;
    } else if (name == QLatin1String("help")) {
        command.kind = ChatCommand::Kind::Help;
    } else if (name == QLatin1String("who")) {
        command.kind = ChatCommand::Kind::Who;
    } else if (name == QLatin1String("hand")) {
        command.kind = ChatCommand::Kind::Hand; // up, or down if it was up
    } else if (name == QLatin1String("history")) {
        command.kind = ChatCommand::Kind::History;
        if (!argument.isEmpty()) {
            bool number = false;
            command.count = argument.toInt(&number);
            if (!number || command.count < 1)
                return ChatCommand::invalid(ErrorCode::HistoryUsage);
        }
    } else if (name == QLatin1String("nick")) {
        if (argument.isEmpty())
            return ChatCommand::invalid(ErrorCode::NickUsage);
        command.kind = ChatCommand::Kind::Rename;
        command.nick = argument;
    } else if (name == QLatin1String("msg")) {
        const qsizetype gap = argument.indexOf(QLatin1Char(' '));
        if (gap <= 0 || argument.mid(gap + 1).trimmed().isEmpty())
            return ChatCommand::invalid(ErrorCode::PrivateUsage);
        command.kind = ChatCommand::Kind::Private;
        command.to = argument.left(gap);
        command.text = argument.mid(gap + 1).trimmed();
    } else {
        return ChatCommand::invalid(ErrorCode::UnknownCommand, {name});
    }
    return command;
}
} // namespace

ChatCommand parse(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The tutorial's word for leaving.
    if (trimmed == QLatin1String("fin"))
        return withText(ChatCommand::Kind::Leave, {});
    // "//text" says "/text": a line that starts with a slash, on purpose.
    if (trimmed.startsWith(QLatin1String("//"))) {
        QString message = line.trimmed().mid(1);
        return withText(ChatCommand::Kind::Say, message);
    }
    // Anything else after a slash is a command, or an error: never a
    // message to everyone (a mistyped "/mgs alice …" stays private).
    if (trimmed.startsWith(QLatin1Char('/')))
        return slashCommand(trimmed);
    QString message = line;
    while (!message.isEmpty() && message.back().isSpace())
        message.chop(1);
    return withText(ChatCommand::Kind::Say, message);
}

QStringList help()
{
    static const char *const lines[] = {
        QT_TRANSLATE_NOOP("CommandParser", "Commands:"),
        QT_TRANSLATE_NOOP("CommandParser", "  just type      send a message to everyone"),
        QT_TRANSLATE_NOOP("CommandParser", "  /msg NAME text send a private message to NAME"),
        QT_TRANSLATE_NOOP("CommandParser", "  /nick NAME     change your nickname"),
        QT_TRANSLATE_NOOP("CommandParser", "  /who           list the people in the room"),
        QT_TRANSLATE_NOOP("CommandParser", "  /hand          raise your hand, or lower it"),
        QT_TRANSLATE_NOOP("CommandParser", "  /history N     the room's last N messages again"),
        QT_TRANSLATE_NOOP("CommandParser", "  /help          show this help"),
        QT_TRANSLATE_NOOP("CommandParser", "  //text         send a line that starts with /"),
        QT_TRANSLATE_NOOP("CommandParser", "  fin or /quit   leave the room"),
    };
    QStringList help;
    for (const char *line : lines)
        help.append(QCoreApplication::translate("CommandParser", line));
    return help;
}

} // namespace CommandParser
