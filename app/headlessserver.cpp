#include "headlessserver.h"

#include "discovery/discoveryannouncer.h"
#include "server/chatserver.h"
#include "server/participantsmodel.h"
#include "server/serveraddresses.h"
#include "storage/historylog.h"

#include <QDateTime>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>

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
        if (message.isPrivate())
            log(tr("%1 sent a private message to %2").arg(message.from, message.to));
        else
            log(message.from + QStringLiteral(": ") + message.text);
    });
    connect(m_server, &ChatServer::problem, this,
            [this](const QString &text) { log(tr("problem: %1").arg(text)); });
}

bool HeadlessServer::start(quint16 port, const ServerLimits &limits)
{
    m_server->setLimits(limits);
    m_server->setHistoryFolder(HistoryLog::defaultFolder());
    if (!m_server->listen(QHostAddress::Any, port)) {
        QTextStream(stderr) << m_server->errorString() << Qt::endl;
        return false;
    }
    log(tr("Salon server listening on port %1. Stop it with Ctrl+C.").arg(m_server->serverPort()));
    if (!m_server->historyFile().isEmpty())
        log(tr("The room's messages are kept in %1").arg(m_server->historyFile()));
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
