#include "model/hostcommand.h"

namespace {
HostCommand commandOf(HostCommand::Kind kind)
{
    HostCommand command;
    command.kind = kind;
    return command;
}

HostCommand invalid(const QString &error)
{
    HostCommand command = commandOf(HostCommand::Kind::Invalid);
    command.error = error;
    return command;
}
} // namespace

HostCommand HostCommand::parse(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.startsWith(QLatin1Char('/'))) {
        HostCommand announce = commandOf(Kind::Announce);
        announce.text = trimmed;
        return announce;
    }
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString name = trimmed.mid(1, space < 0 ? -1 : space - 1).toLower();
    const QString rest = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    const auto noArguments = [&rest, &name](Kind kind) {
        return rest.isEmpty() ? commandOf(kind)
                              : invalid(tr("/%1 takes nothing after it.").arg(name));
    };
    if (name == QLatin1String("kick")) {
        if (rest.isEmpty())
            return invalid(tr("Usage: /kick NICK [REASON]"));
        HostCommand kick = commandOf(Kind::Kick);
        const qsizetype gap = rest.indexOf(QLatin1Char(' '));
        kick.nick = rest.left(gap < 0 ? rest.size() : gap);
        kick.reason = gap < 0 ? QString() : rest.mid(gap + 1).trimmed();
        return kick;
    }
    if (name == QLatin1String("lock"))
        return noArguments(Kind::Lock);
    if (name == QLatin1String("unlock"))
        return noArguments(Kind::Unlock);
    if (name == QLatin1String("who"))
        return noArguments(Kind::Who);
    if (name == QLatin1String("help"))
        return noArguments(Kind::Help);
    return invalid(tr("Unknown command /%1. Type /help for the list.").arg(name));
}

QStringList HostCommand::help()
{
    return {
        tr("TEXT                 an announcement to everyone"),
        tr("/kick NICK [REASON]  removes someone, telling them why; they may come back"),
        tr("/lock                nobody new joins; those in stay, and those who drop get back in"),
        tr("/unlock              anyone may join again"),
        tr("/who                 who is in the room"),
        tr("/help                this list"),
    };
}
