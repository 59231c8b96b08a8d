// chatserver_files.cpp — ChatServer's part for files: what the teacher
// hands out (offered to each member with an address of its own), the
// collection of work, and the HTTP requests that move them, each on a
// connection of its own (TransferExchange) so the chat never waits.

#include "server/chatserver.h"
#include "server/peersession.h"
#include "server/transferexchange.h"

#include <QFileInfo>
#include <QLocale>
#include <QTcpSocket>
#include <QUrl>

QString ChatServer::handOut(const QString &path)
{
    return m_files.handOut(path);
}

bool ChatServer::collect(const QString &title, QString *error)
{
    if (!m_files.collect(title, error))
        return false;
    for (PeerSession *session : m_room.members())
        m_files.sawStudent(session->nick());
    record(QStringLiteral("collect"),
           title.trimmed().isEmpty()
               ? tr("%1 began collecting work.").arg(teacherName())
               : tr("%1 began collecting work: %2.").arg(teacherName(), title.simplified()));
    return true;
}

void ChatServer::stopCollecting()
{
    if (!m_files.isCollecting())
        return;
    m_files.stopCollecting();
    record(QStringLiteral("collect-off"), tr("%1 stopped collecting work.").arg(teacherName()));
}

void ChatServer::setStudentFiles(bool allowed)
{
    if (allowed == m_files.isSharingAllowed())
        return;
    m_files.setSharingAllowed(allowed);
    record(QStringLiteral("student-files"),
           allowed ? tr("%1 let students share files with the room.").arg(teacherName())
                   : tr("%1 stopped students sharing files.").arg(teacherName()));
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Sharing);
    event.room = m_room.id();
    event.open = allowed;
    for (PeerSession *session : m_room.members())
        session->send(event);
    emit studentFilesChanged(allowed);
    saveLessonSoon();
}

ChatEvent ChatServer::collectingEvent() const
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Collecting);
    event.room = m_room.id();
    event.open = m_files.isCollecting();
    event.text = event.open ? m_files.collection()->title : QString();
    return event;
}

void ChatServer::offer(PeerSession *session, const FileDesk::Offered &file)
{
    const QString key = m_files.keyFor(file.number, m_room.memberKeyOf(session));
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::File);
    event.room = m_room.id();
    event.file.name = file.name;
    event.file.size = file.size;
    event.file.sha256 = QString::fromLatin1(file.sha256.toHex());
    event.file.from = file.from;
    event.file.url = session->baseUrl() + QStringLiteral("/files/") + key + QLatin1Char('/') +
                     QString::fromLatin1(QUrl::toPercentEncoding(file.name));
    session->send(event);
}

void ChatServer::offerFiles(PeerSession *session)
{
    m_files.sawStudent(session->nick());
    for (const FileDesk::Offered &file : m_files.offered())
        offer(session, file);
    if (m_files.isCollecting())
        session->send(collectingEvent());
    if (m_files.isSharingAllowed()) {
        ChatEvent sharing = ChatEvent::of(ChatEvent::Kind::Sharing);
        sharing.room = m_room.id();
        sharing.open = true;
        session->send(sharing);
    }
}

void ChatServer::startTransfer(QTcpSocket *socket, const HttpRequest &request, quint64 id)
{
    const QString endpoint = Participant::endpointOf(socket->peerAddress(), socket->peerPort());
    TransferExchange::Options options;
    auto *transfer = new TransferExchange(
        socket, request, id, &m_files,
        [this](const QString &token) { return m_room.memberNick(token); }, options, this);
    m_transfers.append(transfer);
    connect(transfer, &TransferExchange::finished, this,
            [this, transfer, id, endpoint](const QString &problem) {
                m_transfers.removeOne(transfer);
                transfer->deleteLater();
                if (!problem.isEmpty())
                    emit this->problem(tr("%1: %2").arg(endpoint, problem));
                release(id);
            });
    transfer->start();
}

void ChatServer::stopTransfers()
{
    for (TransferExchange *transfer : std::exchange(m_transfers, {})) {
        disconnect(transfer, nullptr, this, nullptr);
        release(transfer->id());
        transfer->deleteLater();
    }
}

void ChatServer::connectFiles()
{
    connect(&m_files, &FileDesk::offeredReady, this, [this](const FileDesk::Offered &file) {
        for (PeerSession *session : m_room.members())
            offer(session, file);
        // The teacher's own: one of the teacher's actions, in the record.
        if (file.from.isEmpty())
            record(QStringLiteral("handout"),
                   tr("%1 handed out %2 (%3).")
                       .arg(teacherName(), file.name, QLocale().formattedDataSize(file.size)));
        emit fileHandedOut(file);
    });
    connect(&m_files, &FileDesk::handOutFailed, this,
            [this](const QString &path, const QString &error) {
                emit problem(
                    tr("%1 can't be handed out: %2").arg(QFileInfo(path).fileName(), error));
            });
    connect(&m_files, &FileDesk::collectionChanged, this, [this] {
        const ChatEvent event = collectingEvent();
        for (PeerSession *session : m_room.members())
            session->send(event);
        emit collectionChanged();
    });
    connect(&m_files, &FileDesk::handedIn, this, &ChatServer::handedIn);
    // Kept in the lesson file, for a server started again.
    connect(&m_files, &FileDesk::stateChanged, this, &ChatServer::saveLessonSoon);
}
