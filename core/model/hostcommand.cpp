#include "model/hostcommand.h"

#include "model/roomcode.h"

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
    const auto noArguments = [&rest, &name](Kind bare) {
        return rest.isEmpty() ? commandOf(bare)
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
    if (name == QLatin1String("mute") || name == QLatin1String("unmute")) {
        if (rest.isEmpty() || rest.contains(QLatin1Char(' ')))
            return invalid(tr("Usage: /%1 NICK").arg(name));
        HostCommand mute = commandOf(name == QLatin1String("mute") ? Kind::Mute : Kind::Unmute);
        mute.nick = rest;
        return mute;
    }
    if (name == QLatin1String("quiet")) {
        if (!rest.isEmpty() && rest.toLower() != QLatin1String("off") &&
            rest.toLower() != QLatin1String("on"))
            return invalid(tr("Usage: /quiet, or /quiet off"));
        HostCommand quiet = commandOf(Kind::Quiet);
        quiet.on = rest.toLower() != QLatin1String("off");
        return quiet;
    }
    if (name == QLatin1String("slow")) {
        bool number = false;
        const int seconds = rest.toInt(&number);
        if (!number || seconds < 0 || seconds > 3600)
            return invalid(tr("Usage: /slow SECONDS (0 to 3600; 0 ends slow mode)"));
        HostCommand slow = commandOf(Kind::Slow);
        slow.seconds = seconds;
        return slow;
    }
    if (name == QLatin1String("pm")) {
        const QString mode = rest.toLower();
        if (mode != QLatin1String("all") && mode != QLatin1String("teacher") &&
            mode != QLatin1String("off"))
            return invalid(tr("Usage: /pm all, /pm teacher or /pm off"));
        HostCommand pm = commandOf(Kind::PrivateMessages);
        pm.privateMessages = mode;
        return pm;
    }
    if (name == QLatin1String("ban") || name == QLatin1String("unban")) {
        if (rest.isEmpty() || rest.contains(QLatin1Char(' ')))
            return invalid(tr("Usage: /%1 NICK").arg(name));
        HostCommand ban = commandOf(name == QLatin1String("ban") ? Kind::Ban : Kind::Unban);
        ban.nick = rest;
        ban.on = false;
        return ban;
    }
    if (name == QLatin1String("bans"))
        return noArguments(Kind::Bans);
    if (name == QLatin1String("hands"))
        return noArguments(Kind::Hands);
    if (name == QLatin1String("lower")) {
        if (rest.isEmpty() || rest.contains(QLatin1Char(' ')))
            return invalid(tr("Usage: /lower NICK, or /lower all"));
        HostCommand lower = commandOf(Kind::Lower);
        if (rest.toLower() != QLatin1String("all"))
            lower.nick = rest;
        return lower;
    }
    if (name == QLatin1String("lock"))
        return noArguments(Kind::Lock);
    if (name == QLatin1String("unlock"))
        return noArguments(Kind::Unlock);
    if (name == QLatin1String("code")) {
        HostCommand code = commandOf(Kind::Code);
        if (rest.toLower() == QLatin1String("off"))
            return code;
        const auto parsed = RoomCode::parse(rest);
        if (!parsed)
            return invalid(tr("Usage: /code CODE (1 to %1 letters, digits or '-'), or /code off")
                               .arg(RoomCode::MaxChars));
        code.text = *parsed;
        return code;
    }
    if (name == QLatin1String("msg")) {
        const qsizetype gap = rest.indexOf(QLatin1Char(' '));
        if (gap < 0)
            return invalid(tr("Usage: /msg NICK TEXT"));
        HostCommand tell = commandOf(Kind::Private);
        tell.nick = rest.left(gap);
        tell.text = rest.mid(gap + 1).trimmed();
        return tell;
    }
    if (name == QLatin1String("name")) {
        if (rest.isEmpty() || rest.contains(QLatin1Char(' ')))
            return invalid(tr("Usage: /name NAME (your name in the room)"));
        HostCommand rename = commandOf(Kind::Name);
        rename.nick = rest;
        return rename;
    }
    if (name == QLatin1String("delete")) {
        bool number = false;
        const qint64 id = QString(rest).remove(QLatin1Char('#')).toLongLong(&number);
        if (!number || id <= 0)
            return invalid(tr("Usage: /delete ID (the number before the message in this log)"));
        HostCommand remove = commandOf(Kind::Delete);
        remove.id = id;
        return remove;
    }
    if (name == QLatin1String("lesson")) {
        const QString what = rest.toLower();
        if (what != QLatin1String("new") && what != QLatin1String("end"))
            return invalid(tr("Usage: /lesson new, or /lesson end"));
        HostCommand lesson = commandOf(Kind::Lesson);
        lesson.on = what == QLatin1String("new");
        return lesson;
    }
    if (name == QLatin1String("handout")) {
        if (rest.isEmpty())
            return invalid(tr("Usage: /handout PATH"));
        HostCommand handOut = commandOf(Kind::HandOut);
        handOut.text = rest;
        return handOut;
    }
    if (name == QLatin1String("collect")) {
        HostCommand collect = commandOf(Kind::Collect);
        collect.on = rest.toLower() != QLatin1String("off");
        collect.text = collect.on ? rest : QString();
        return collect;
    }
    if (name == QLatin1String("sharing")) {
        const QString what = rest.toLower();
        if (what != QLatin1String("on") && what != QLatin1String("off"))
            return invalid(tr("Usage: /sharing on, or /sharing off"));
        HostCommand sharing = commandOf(Kind::StudentFiles);
        sharing.on = what == QLatin1String("on");
        return sharing;
    }
    if (name == QLatin1String("handins"))
        return noArguments(Kind::HandIns);
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
        tr("/mute NICK           they stay and read; what they send is not delivered"),
        tr("/unmute NICK         they may speak again"),
        tr("/quiet, /quiet off   only the teacher speaks; students read"),
        tr("/slow SECONDS        one message every SECONDS per student (/slow 0 ends it)"),
        tr("/pm all|teacher|off  private messages between everyone, with the teacher only, or "
           "none"),
        tr("/ban NICK            removes them and keeps them out for the lesson (by address on a "
           "LAN)"),
        tr("/unban NICK, /bans   lets them in again; who is kept out"),
        tr("/hands               the raised hands, in order, with how long each has waited"),
        tr("/lower NICK, /lower all  lowers a hand, or every hand"),
        tr("/kick NICK [REASON]  removes someone, telling them why; they may come back"),
        tr("/lock                nobody new joins; those in stay, and those who drop get back in"),
        tr("/unlock              anyone may join again"),
        tr("/code CODE, /code off  only those who type CODE get in; no code any more"),
        tr("/lesson new, /lesson end  a new lesson starts clean; the end of one, too"),
        tr("/delete ID           removes message #ID from every window and from the history"),
        tr("/handout PATH        hands the file out to everyone, and to those who join later"),
        tr("/collect [TITLE], /collect off  students hand work in to you; no more"),
        tr("/handins             what was handed in, and who has not handed in yet"),
        tr("/sharing on|off      students may share files with the whole room, or not"),
        tr("/msg NICK TEXT       a private message from you"),
        tr("/name NAME           your name in the room (students write to it)"),
        tr("/who                 who is in the room"),
        tr("/help                this list"),
    };
}
