#include "headlessserver.h"

#include "discovery/discoveryannouncer.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "server/participantsmodel.h"
#include "server/serveraddresses.h"
#include "storage/historylog.h"

#include "model/hostcommand.h"

#include <QDateTime>
#include <QLocale>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// A line typed at the console, at most.
constexpr qsizetype MaxConsoleLine = 16 * 1024;
} // namespace

HeadlessServer::HeadlessServer(QObject *parent)
    : QObject(parent)
    , m_server(new ChatServer(this))
    , m_announcer(new DiscoveryAnnouncer(this))
    , m_out(stdout)
{
    connect(m_server, &ChatServer::clientJoined, this, [this](const Participant &participant) {
        log(ParticipantsModel::joinedSentence(participant));
    });
    connect(m_server, &ChatServer::clientLeft, this,
            [this](const Participant &participant, const QString &reason) {
                log(ParticipantsModel::leftSentence(participant, reason));
            });
    connect(m_server, &ChatServer::clientRenamed, this,
            [this](const Participant &participant, const QString &oldNick) {
                log(ParticipantsModel::renamedSentence(participant, oldNick));
            });
    connect(m_server, &ChatServer::messageRelayed, this, [this](const ChatMessage &message) {
        const QString teacher = m_server->teacherName();
        if (message.isPrivate() && (message.to == teacher || message.from == teacher))
            log(tr("[private] %1 -> %2: %3").arg(message.from, message.to, message.text));
        else if (message.isPrivate())
            log(tr("%1 sent a private message to %2").arg(message.from, message.to));
        else // the number is what /delete takes
            log(QStringLiteral("#%1 ").arg(message.id) + message.from + QStringLiteral(": ") +
                message.text);
    });
    connect(m_server, &ChatServer::problem, this,
            [this](const QString &text) { log(tr("problem: %1").arg(text)); });
    connect(m_server, &ChatServer::announced, this,
            [this](const QString &text) { log(tr("announcement: %1").arg(text)); });
    connect(m_server, &ChatServer::handsChanged, this, [this](const QString &nick, bool up) {
        if (up)
            log(tr("%1 raised a hand.").arg(nick));
    });
    // Each thing the teacher does, saying who did it (kept in the history too).
    connect(m_server, &ChatServer::teacherActed, this,
            [this](const QString &sentence) { log(sentence); });
    connect(m_server, &ChatServer::handedIn, this,
            [this](const FileDesk::HandIn &handIn) { log(handInSentence(handIn)); });
    connect(m_server, &ChatServer::fileHandedOut, this, [this](const FileDesk::Offered &file) {
        if (!file.from.isEmpty())
            log(tr("%1 shared %2 (%3) with the room.")
                    .arg(file.from, file.name, QLocale().formattedDataSize(file.size)));
    });
    connect(m_server, &ChatServer::lessonChanged, this, [this] {
        const QDateTime started = m_server->lessonStarted();
        log(started.isValid()
                ? tr("Lesson under way since %1: the code, the lock, mutes, bans and hands belong "
                     "to it.")
                      .arg(started.toLocalTime().toString(QStringLiteral("HH:mm")))
                : tr("No lesson under way: the room is clean."));
    });
}

void HeadlessServer::watchConsole()
{
#ifdef Q_OS_UNIX
    // Started in the background of a terminal (salon server --headless &):
    // reading it would stop the server (SIGTTIN). No console then.
    if (isatty(STDIN_FILENO) && tcgetpgrp(STDIN_FILENO) != getpgrp())
        return;
    m_console = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_console, &QSocketNotifier::activated, this, &HeadlessServer::readConsole);
    log(tr("Type /help for the host's commands; any other line is an announcement."));
#endif
}

void HeadlessServer::readConsole()
{
#ifdef Q_OS_UNIX
    char chunk[4096];
    const ssize_t size = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (size <= 0) {
        // No console (standard input closed, or /dev/null): the server runs on.
        m_console->setEnabled(false);
        return;
    }
    m_typed.append(chunk, size);
    for (qsizetype end; (end = m_typed.indexOf('\n')) >= 0;) {
        const QByteArray line = m_typed.left(end);
        m_typed.remove(0, end + 1);
        run(QString::fromUtf8(line));
    }
    if (m_typed.size() > MaxConsoleLine)
        m_typed.clear();
#endif
}

void HeadlessServer::run(const QString &line)
{
    const HostCommand command = HostCommand::parse(line);
    if (command.kind != HostCommand::Kind::Ban)
        m_banAsked.clear();
    switch (command.kind) {
    case HostCommand::Kind::Nothing:
        break;
    case HostCommand::Kind::Announce:
        m_server->announce(command.text);
        break;
    case HostCommand::Kind::Kick:
        if (!m_server->kick(command.nick,
                            command.reason.isEmpty() ? tr("removed by the host") : command.reason))
            log(tr("Nobody called \"%1\" is in the room.").arg(command.nick));
        break;
    case HostCommand::Kind::Mute:
    case HostCommand::Kind::Unmute:
        if (!m_server->setMuted(command.nick, command.kind == HostCommand::Kind::Mute))
            log(tr("Nobody called \"%1\" is in the room.").arg(command.nick));
        break;
    case HostCommand::Kind::Quiet:
        m_server->setQuiet(command.on);
        break;
    case HostCommand::Kind::Slow:
        m_server->setSlowSeconds(command.seconds);
        break;
    case HostCommand::Kind::PrivateMessages:
        m_server->setPrivateMessages(command.privateMessages == QLatin1String("all")
                                         ? Moderation::PrivateMessages::All
                                     : command.privateMessages == QLatin1String("teacher")
                                         ? Moderation::PrivateMessages::TeacherOnly
                                         : Moderation::PrivateMessages::Off);
        break;
    case HostCommand::Kind::Ban: {
        QStringList sharing;
        // Said twice in a row, a ban on a shared address goes ahead.
        const bool again = m_banAsked == command.nick;
        m_banAsked.clear();
        switch (m_server->ban(command.nick, again, &sharing)) {
        case ChatServer::BanResult::Banned:
            log(tr("%1 is kept out for the rest of the lesson.").arg(command.nick));
            break;
        case ChatServer::BanResult::NoSuchNick:
            log(tr("Nobody called \"%1\" is in the room.").arg(command.nick));
            break;
        case ChatServer::BanResult::SharedAddress:
            m_banAsked = command.nick;
            log(tr("%1 shares an address with %2: they would all be kept out. Type /ban %1 "
                   "again to do it anyway.")
                    .arg(command.nick, sharing.join(QStringLiteral(", "))));
            break;
        }
        return;
    }
    case HostCommand::Kind::Unban:
        if (!m_server->unban(command.nick))
            log(tr("%1 is not kept out.").arg(command.nick));
        else
            log(tr("%1 may come in again.").arg(command.nick));
        break;
    case HostCommand::Kind::Bans:
        if (m_server->bans().isEmpty())
            log(tr("Nobody is kept out."));
        for (const BanList::Ban &ban : m_server->bans())
            log(ban.address.isNull()
                    ? tr("%1 (by name, since %2)")
                          .arg(ban.nick, ban.since.toLocalTime().toString(QStringLiteral("HH:mm")))
                    : tr("%1 (address %2, since %3)")
                          .arg(ban.nick, ban.address.toString(),
                               ban.since.toLocalTime().toString(QStringLiteral("HH:mm"))));
        break;
    case HostCommand::Kind::Hands: {
        const QList<Room::RaisedHand> hands = m_server->hands();
        if (hands.isEmpty())
            log(tr("No hand is up."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < hands.size(); ++i)
            log(tr("%1. %2, waiting %3 s")
                    .arg(i + 1)
                    .arg(hands.at(i).nick)
                    .arg(hands.at(i).since.secsTo(now)));
        break;
    }
    case HostCommand::Kind::Lower:
        if (command.nick.isEmpty())
            m_server->lowerAllHands();
        else if (!m_server->lowerHand(command.nick))
            log(tr("%1 has no hand up.").arg(command.nick));
        break;
    case HostCommand::Kind::Lock:
    case HostCommand::Kind::Unlock:
        if (m_server->isLocked() == (command.kind == HostCommand::Kind::Lock))
            log(m_server->isLocked() ? tr("The room is already locked.")
                                     : tr("The room is not locked."));
        m_server->setLocked(command.kind == HostCommand::Kind::Lock);
        break;
    case HostCommand::Kind::Code:
        if (command.text.isEmpty() && m_server->roomCode().isEmpty())
            log(tr("The room needs no code."));
        m_server->setRoomCode(command.text);
        break;
    case HostCommand::Kind::Private:
        if (!m_server->sendPrivate(command.nick, command.text))
            log(tr("Nobody called \"%1\" is in the room.").arg(command.nick));
        break;
    case HostCommand::Kind::Name:
        if (!m_server->setTeacherName(command.nick))
            log(tr("\"%1\" can't be your name in the room: someone has it, or it is not a "
                   "possible nickname.")
                    .arg(command.nick));
        break;
    case HostCommand::Kind::Delete:
        if (!m_server->deleteMessage(command.id))
            log(tr("There is no message #%1 in the room's history.").arg(command.id));
        break;
    case HostCommand::Kind::Lesson:
        if (command.on)
            m_server->startLesson();
        else
            m_server->endLesson();
        break;
    case HostCommand::Kind::HandOut:
        if (const QString error = m_server->handOut(command.text); !error.isEmpty())
            log(error);
        break;
    case HostCommand::Kind::Collect:
        if (command.on) {
            QString error;
            if (m_server->collect(command.text, &error))
                log(tr("Hand-ins go to %1").arg(m_server->collection()->folder));
            else
                log(error);
        } else {
            m_server->stopCollecting();
        }
        break;
    case HostCommand::Kind::StudentFiles:
        m_server->setStudentFiles(command.on);
        break;
    case HostCommand::Kind::HandIns: {
        const auto &collection = m_server->collection();
        if (!collection) {
            log(tr("No work collected in this lesson: /collect [TITLE] begins."));
            break;
        }
        log(tr("%n file(s) handed in, in %1", nullptr, int(collection->handIns.size()))
                .arg(collection->folder));
        for (const FileDesk::HandIn &handIn : collection->handIns)
            log(QStringLiteral("  ") + handInSentence(handIn));
        const QStringList missing = m_server->notHandedIn();
        log(missing.isEmpty() ? tr("Everyone handed something in.")
                              : tr("Not handed in yet (%1): %2")
                                    .arg(missing.size())
                                    .arg(missing.join(QStringLiteral(", "))));
        break;
    }
    case HostCommand::Kind::Who: {
        QStringList names;
        for (const Participant &participant : m_server->participants())
            names.append(participant.nick);
        log(tr("In the room (%1): %2").arg(names.size()).arg(names.join(QStringLiteral(", "))));
        break;
    }
    case HostCommand::Kind::Help:
        for (const QString &help : HostCommand::help())
            log(help);
        break;
    case HostCommand::Kind::Invalid:
        log(command.error);
        break;
    }
}

QString HeadlessServer::handInSentence(const FileDesk::HandIn &handIn)
{
    const QString sentence = handIn.late ? tr("%1 handed in %2 (%3, SHA-256 %4…, from %5), late.")
                                         : tr("%1 handed in %2 (%3, SHA-256 %4…, from %5).");
    return sentence.arg(handIn.student, handIn.name, QLocale().formattedDataSize(handIn.size),
                        QString::fromLatin1(handIn.sha256.toHex().left(16)), handIn.from);
}

bool HeadlessServer::start(quint16 port, const ServerLimits &limits, const QString &roomCode,
                           bool requireTls)
{
    // Who the server is, kept beside the history; a key others can read
    // stops it here.
    QString error;
    const auto identity = ServerIdentity::loadOrCreate(HistoryLog::defaultFolder(), &error);
    if (!identity) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    m_server->setIdentity(identity);
    m_server->setRequireTls(requireTls);
    m_announcer->setIdentity(identity->privateKeyPem(), identity->certificatePem(),
                             ServerIdentity::nextAnnouncementCounter(HistoryLog::defaultFolder()));
    m_server->setLimits(limits);
    m_server->setRoomCode(roomCode);
    m_server->setHistoryFolder(HistoryLog::defaultFolder());
    if (!m_server->listen(QHostAddress::Any, port)) {
        QTextStream(stderr) << m_server->errorString() << Qt::endl;
        return false;
    }
    log(tr("Salon server listening on port %1. Stop it with Ctrl+C.").arg(m_server->serverPort()));
    if (!m_server->historyFile().isEmpty())
        log(tr("The room's messages are kept in %1").arg(m_server->historyFile()));
    if (m_server->offersTls()) {
        log(m_server->requiresTls()
                ? tr("Encrypted connections (TLS) only, on the same port. The server's "
                     "fingerprint, for students to compare:")
                : tr("Encrypted connections (TLS) on the same port, plain ones too. The server's "
                     "fingerprint, for students to compare:"));
        // The form `openssl x509 -noout -fingerprint -sha256` prints.
        log(QStringLiteral("  SHA256 ") + ServerIdentity::colonHex(identity->sha256()));
        log(tr("  in short: %1").arg(ServerIdentity::shortForm(identity->sha256())));
    } else {
        log(tr("Qt has no TLS here: connections are not encrypted."));
    }
    const Discovery::Scope scope = Discovery::currentScope();
    const QString room = tr("Salon on %1").arg(QSysInfo::machineHostName());
    m_announcer->start(scope, m_server->serverPort(), room.left(Discovery::MaxFieldChars));
    if (scope == Discovery::Scope::Lan)
        log(tr("Announced on the network as \"%1\" (UDP port %2).")
                .arg(room)
                .arg(Discovery::DefaultPort));
    else if (scope == Discovery::Scope::Loopback)
        log(tr("Announced to this PC only as \"%1\".").arg(room));
    const QList<ServerAddresses::Address> addresses = ServerAddresses::all();
    for (const ServerAddresses::Address &address : addresses)
        log(tr("  clients can connect to %1 (%2)").arg(address.text, address.description));
    watchConsole();
    return true;
}

void HeadlessServer::stop()
{
    m_announcer->stop();
    m_server->stop();
    log(tr("Server stopped."));
}

void HeadlessServer::log(const QString &text)
{
    m_out << timestamp() << text << '\n';
    if (!m_flushPending) {
        m_flushPending = true;
        QTimer::singleShot(0, this, [this] {
            m_flushPending = false;
            m_out.flush();
        });
    }
}

QString HeadlessServer::timestamp()
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_stampSecond) {
        m_stampSecond = second;
        m_stamp = QDateTime::fromSecsSinceEpoch(second).toString(QStringLiteral("HH:mm:ss "));
    }
    return m_stamp;
}
