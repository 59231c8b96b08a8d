#include "commandline.h"

#include "openfileslimit.h"
#include "translation.h"

#include "base/protocol.h"
#include "files/filedesk.h"
#include "model/joinlink.h"
#include "model/nickname.h"
#include "model/roomcode.h"
#include "server/limitstable.h"

#include <QCoreApplication>

CommandLine::CommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")},
                   QCoreApplication::translate("CommandLine", "Show this help and quit."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")},
                      QCoreApplication::translate("CommandLine", "Show the version and quit."))
    , m_portOption(QStringLiteral("port"),
                   QCoreApplication::translate(
                       "CommandLine", "TCP port (default %1). With server, 0 picks a free port.")
                       .arg(Protocol::DefaultPort),
                   QStringLiteral("N"))
    , m_headlessOption(QStringLiteral("headless"),
                       QCoreApplication::translate(
                           "CommandLine", "server: run with no window, logging to standard output; "
                                          "Ctrl+C stops it."))
    , m_hostOption(QStringLiteral("host"),
                   QCoreApplication::translate("CommandLine", "client: the server's address."),
                   QStringLiteral("H"))
    , m_nickOption(QStringLiteral("nick"),
                   QCoreApplication::translate("CommandLine", "client: your nickname."),
                   QStringLiteral("NAME"))
    , m_connectOption(QStringLiteral("connect"),
                      QCoreApplication::translate("CommandLine", "client: connect at once."))
    , m_langOption(QStringLiteral("lang"),
                   QCoreApplication::translate("CommandLine",
                                               "Language of the interface: %1 (default: the "
                                               "system's).")
                       .arg(Translation::languages().join(QLatin1String(", "))),
                   QStringLiteral("LANG"))
    , m_clientsOption(
          QStringLiteral("clients"),
          QCoreApplication::translate("CommandLine", "demo: how many client windows (default 2)."),
          QStringLiteral("N"))
    , m_roomCodeOption(QStringList{QStringLiteral("room-code"), QStringLiteral("code")},
                       QCoreApplication::translate(
                           "CommandLine", "server: only those who type CODE get in (letters, "
                                          "digits and '-'). client: the code to give."),
                       QStringLiteral("CODE"))
    , m_requireTlsOption(QStringLiteral("require-tls"),
                         QCoreApplication::translate(
                             "CommandLine", "server: only encrypted connections get in (Salon, "
                                            "openssl s_client, ncat --ssl); plain ones are told "
                                            "how, then closed."))
    , m_discoveryOption(QStringLiteral("discovery"),
                        QCoreApplication::translate(
                            "CommandLine", "Finding servers: lan (the default), loopback (this PC "
                                           "only) or off. SALON_DISCOVERY, when set, wins."),
                        QStringLiteral("SCOPE"))
    , m_handInFolderOption(QStringLiteral("hand-in-folder"),
                           QCoreApplication::translate(
                               "CommandLine", "server: where work handed in goes, a folder per "
                                              "collection and per student (default: %1).")
                               .arg(FileDesk::defaultHandInFolder()),
                           QStringLiteral("DIR"))
    , m_handInMaxOption(QStringLiteral("hand-in-max-mb"),
                        QCoreApplication::translate(
                            "CommandLine", "server: the largest file a student may hand in, in MB "
                                           "(default %1).")
                            .arg(FileDesk::Limits().maxFileBytes / 1000000),
                        QStringLiteral("N"))
    , m_handInPerStudentOption(
          QStringLiteral("hand-in-student-mb"),
          QCoreApplication::translate("CommandLine",
                                      "server: what one student may hand in in all, per "
                                      "collection, in MB (default %1).")
              .arg(FileDesk::Limits().maxStudentBytes / 1000000),
          QStringLiteral("N"))
    , m_handInTypesOption(QStringLiteral("hand-in-types"),
                          QCoreApplication::translate(
                              "CommandLine", "server: the only kinds of file taken, by suffix "
                                             "(pdf,odt,py); default: any."),
                          QStringLiteral("LIST"))
    , m_handInKeepFreeOption(QStringLiteral("hand-in-keep-free-mb"),
                             QCoreApplication::translate(
                                 "CommandLine", "server: the room a hand-in must leave free on "
                                                "the disk, in MB (default %1).")
                                 .arg(FileDesk::Limits().keepFreeBytes / 1000000),
                             QStringLiteral("N"))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Salon — a chat for a room full of people.\n\n"
                       "Commands:\n"
                       "  (none)  open the start window: host a room or join one\n"
                       "  server  host a room (add --headless for no window)\n"
                       "  client  join a room\n"
                       "  demo    a room and client windows side by side on this PC\n"
                       "  hand-in FILE  hand work in to the teacher (--host, --nick; run it\n"
                       "                again after an interruption and it goes on)"));
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "server, client, demo or hand-in (optional)."),
        QStringLiteral("[server|client|demo|hand-in]"));
    m_parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("CommandLine", "client: a join link the server window copies "
                                                   "(salon://HOST:PORT/#sha256=…): joins at once."),
        QStringLiteral("[link]"));
    m_parser.addOptions({m_helpOption, m_versionOption, m_portOption, m_headlessOption,
                         m_hostOption, m_nickOption, m_connectOption, m_clientsOption,
                         m_roomCodeOption, m_requireTlsOption, m_discoveryOption,
                         m_handInFolderOption, m_handInMaxOption, m_handInPerStudentOption,
                         m_handInTypesOption, m_handInKeepFreeOption, m_langOption});

    // The server's limits, from the one table (docs/limits.md), with the
    // defaults this machine gets.
    const ServerLimits defaults = ServerLimits::fittedToOpenFiles(OpenFilesLimit::raise());
    for (const LimitSpec &spec : LimitsTable::all()) {
        const QString flag = QLatin1String(spec.flag);
        const QString help = spec.helpText(defaults);
        m_limitOptions.append(spec.unit == LimitSpec::Unit::Switch
                                  ? QCommandLineOption(flag, help)
                                  : QCommandLineOption(flag, help, spec.valueName()));
    }
    m_parser.addOptions(m_limitOptions);
}

QString CommandLine::languageIn(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

bool CommandLine::parse(const QStringList &arguments)
{
    const auto fail = [this](const QString &text) {
        m_error = text;
        return false;
    };
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());

    m_help = m_parser.isSet(m_helpOption);
    m_version = m_parser.isSet(m_versionOption);
    if (m_help || m_version)
        return true;

    QStringList positional = m_parser.positionalArguments();
    // A join link, alone or after `client` (how the system opens a salon://
    // link someone clicked): a client that joins by it at once.
    QString link;
    if (!positional.isEmpty() && JoinLink::looksLikeLink(positional.constLast()) &&
        (positional.size() == 1 || positional.constFirst() == QLatin1String("client"))) {
        link = positional.takeLast();
        QString error;
        if (!JoinLink::parse(link, &error))
            return fail(error);
        if (positional.isEmpty())
            positional.append(QStringLiteral("client"));
    }
    if (positional.value(0) == QLatin1String("hand-in")) {
        if (positional.size() != 2)
            return fail(QCoreApplication::translate(
                "CommandLine", "Usage: salon hand-in --host H [--port P] --nick NAME [--code "
                               "CODE] FILE"));
        m_file = positional.takeLast();
    }
    if (positional.size() > 1)
        return fail(QCoreApplication::translate("CommandLine", "Too many commands: %1.")
                        .arg(positional.join(QLatin1Char(' '))));
    const QString command = positional.value(0);
    if (command.isEmpty())
        m_command = Command::Start;
    else if (command == QLatin1String("server"))
        m_command = Command::Server;
    else if (command == QLatin1String("client"))
        m_command = Command::Client;
    else if (command == QLatin1String("demo"))
        m_command = Command::Demo;
    else if (command == QLatin1String("hand-in"))
        m_command = Command::HandIn;
    else
        return fail(QCoreApplication::translate("CommandLine",
                                                "Unknown command \"%1\": use server, client, "
                                                "demo or hand-in.")
                        .arg(command));

    m_headless = m_parser.isSet(m_headlessOption);
    m_connect = m_parser.isSet(m_connectOption);
    m_host = m_parser.value(m_hostOption).trimmed();
    if (!link.isEmpty()) {
        if (m_parser.isSet(m_hostOption) || m_parser.isSet(m_portOption))
            return fail(QCoreApplication::translate(
                "CommandLine",
                "A join link names the host and port: leave out --host and --port."));
        m_host = link;
        m_connect = true;
    }
    m_nick = m_parser.value(m_nickOption).trimmed();
    m_language = m_parser.value(m_langOption).trimmed();

    if (m_headless && m_command != Command::Server)
        return fail(
            QCoreApplication::translate("CommandLine", "--headless goes with the server command."));
    const bool clientOption =
        m_parser.isSet(m_hostOption) || m_parser.isSet(m_nickOption) || m_connect;
    if (clientOption && m_command != Command::Client &&
        !(m_command == Command::HandIn && !m_connect))
        return fail(QCoreApplication::translate(
            "CommandLine", "--host, --nick and --connect go with the client command."));
    if (m_command == Command::HandIn && (m_host.isEmpty() || m_nick.isEmpty()))
        return fail(QCoreApplication::translate(
            "CommandLine", "salon hand-in needs the room (--host) and your name (--nick)."));
    if (m_parser.isSet(m_clientsOption)) {
        if (m_command != Command::Demo)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--clients goes with the demo command."));
        bool ok = false;
        m_demoClients = m_parser.value(m_clientsOption).toInt(&ok);
        if (!ok || m_demoClients < 0 || m_demoClients > 8)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--clients must be from 0 to 8, not \"%1\".")
                            .arg(m_parser.value(m_clientsOption)));
    }
    if (m_parser.isSet(m_roomCodeOption)) {
        if (m_command != Command::Server && m_command != Command::Client &&
            m_command != Command::HandIn)
            return fail(QCoreApplication::translate(
                "CommandLine", "--room-code goes with the server, client or hand-in command."));
        const auto code = RoomCode::parse(m_parser.value(m_roomCodeOption));
        if (!code)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "A room code is 1 to %1 letters, digits or "
                                                    "'-'.")
                            .arg(RoomCode::MaxChars));
        m_roomCode = *code;
    }
    for (const auto &[option, bytes] :
         {std::pair{&m_handInMaxOption, &m_handInMaxBytes},
          std::pair{&m_handInPerStudentOption, &m_handInStudentBytes}}) {
        if (!m_parser.isSet(*option))
            continue;
        if (m_command != Command::Server)
            return fail(
                QCoreApplication::translate("CommandLine", "--%1 goes with the server command.")
                    .arg(option->names().constFirst()));
        bool ok = false;
        const qint64 megabytes = m_parser.value(*option).toLongLong(&ok);
        if (!ok || megabytes < 1 || megabytes > 1000000)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--%1 needs a number of MB from 1 to "
                                                    "1000000, not \"%2\".")
                            .arg(option->names().constFirst(), m_parser.value(*option)));
        *bytes = megabytes * 1000000;
    }
    if (m_parser.isSet(m_handInKeepFreeOption)) {
        bool ok = false;
        const qint64 megabytes = m_parser.value(m_handInKeepFreeOption).toLongLong(&ok);
        if (m_command != Command::Server)
            return fail(
                QCoreApplication::translate("CommandLine", "--%1 goes with the server command.")
                    .arg(m_handInKeepFreeOption.names().constFirst()));
        if (!ok || megabytes < 0 || megabytes > 1000000)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--%1 needs a number of MB from 0 to "
                                                    "1000000, not \"%2\".")
                            .arg(m_handInKeepFreeOption.names().constFirst(),
                                 m_parser.value(m_handInKeepFreeOption)));
        m_handInKeepFreeBytes = megabytes * 1000000;
    }
    if (m_parser.isSet(m_handInTypesOption)) {
        if (m_command != Command::Server)
            return fail(QCoreApplication::translate(
                "CommandLine", "--hand-in-types goes with the server command."));
        QStringList types;
        for (const QString &type : m_parser.value(m_handInTypesOption).split(QLatin1Char(','))) {
            const QString suffix =
                type.trimmed()
                    .remove(0, type.trimmed().startsWith(QLatin1Char('.')) ? 1 : 0)
                    .toLower();
            if (!suffix.isEmpty())
                types.append(suffix);
        }
        m_handInTypes = types;
    }
    if (m_parser.isSet(m_handInFolderOption)) {
        if (m_command != Command::Server)
            return fail(QCoreApplication::translate(
                "CommandLine", "--hand-in-folder goes with the server command."));
        m_handInFolder = m_parser.value(m_handInFolderOption);
    }
    if (m_parser.isSet(m_requireTlsOption)) {
        if (m_command != Command::Server)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--require-tls goes with the server command."));
        m_requireTls = true;
    }
    if (m_parser.isSet(m_discoveryOption)) {
        m_discovery = Discovery::scopeFromName(m_parser.value(m_discoveryOption));
        if (!m_discovery)
            return fail(QCoreApplication::translate(
                            "CommandLine", "Unknown discovery \"%1\": use lan, loopback or off.")
                            .arg(m_parser.value(m_discoveryOption)));
    }
    if (m_parser.isSet(m_portOption)) {
        bool ok = false;
        const uint value = m_parser.value(m_portOption).toUInt(&ok);
        const uint lowest = m_command == Command::Server || m_command == Command::Demo ? 0 : 1;
        if (!ok || value < lowest || value > 65535)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "The port must be a number from %1 to "
                                                    "65535, not \"%2\".")
                            .arg(lowest)
                            .arg(m_parser.value(m_portOption)));
        m_portGiven = true;
        m_port = quint16(value);
    }
    bool serverOption = false;
    for (const QCommandLineOption &option : std::as_const(m_limitOptions)) {
        if (!m_parser.isSet(option))
            continue;
        serverOption = true;
        const QString flag = option.names().constFirst();
        const LimitSpec *spec = LimitsTable::find(flag);
        if (spec->unit == LimitSpec::Unit::Switch) {
            m_limitValues.insert(flag, 0); // --no-…: off
            continue;
        }
        bool ok = false;
        const double value = m_parser.value(option).toDouble(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--%1 needs a positive number, not \"%2\".")
                            .arg(flag, m_parser.value(option)));
        if (const QString problem = spec->problemWith(value); !problem.isEmpty())
            return fail(problem);
        m_limitValues.insert(flag, value);
    }
    if (serverOption && m_command != Command::Server)
        return fail(
            QCoreApplication::translate("CommandLine", "The limits go with the server command."));
    if (!m_nick.isEmpty()) {
        if (const QString problem = Nickname::problem(m_nick); !problem.isEmpty())
            return fail(problem);
    }
    if (!m_language.isEmpty() && !Translation::languages().contains(m_language))
        return fail(QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use %2.")
                        .arg(m_language, Translation::languages().join(QLatin1String(", "))));
    return true;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

bool CommandLine::wantsWindow() const
{
    return !m_help && !m_version && m_error.isEmpty() && !m_headless &&
           m_command != Command::HandIn;
}

void CommandLine::applyTo(FileDesk::Limits &limits) const
{
    if (m_handInMaxBytes > 0)
        limits.maxFileBytes = m_handInMaxBytes;
    if (m_handInStudentBytes > 0)
        limits.maxStudentBytes = m_handInStudentBytes;
    if (m_handInTypes)
        limits.allowedSuffixes = *m_handInTypes;
    if (m_handInKeepFreeBytes)
        limits.keepFreeBytes = *m_handInKeepFreeBytes;
}

void CommandLine::applyTo(ServerLimits &limits) const
{
    for (auto it = m_limitValues.cbegin(); it != m_limitValues.cend(); ++it)
        LimitsTable::find(it.key())->set(limits, it.value());
}
