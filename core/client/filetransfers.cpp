#include "client/filetransfers.h"

#include "client/chatclient.h"
#include "client/downloadjob.h"
#include "client/handinjob.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QUrl>

FileTransfers::FileTransfers(ChatClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_network(new QNetworkAccessManager(this))
{
    connect(client, &ChatClient::fileOffered, this, &FileTransfers::offered);
    connect(client, &ChatClient::collectingChanged, this, [this](bool open, const QString &title) {
        m_collecting = open;
        m_collectionTitle = title;
        emit collectingChanged(open, title);
    });
    connect(client, &ChatClient::sharingChanged, this, [this](bool allowed) {
        m_sharing = allowed;
        emit sharingChanged(allowed);
    });
    // Back in the room: what waited for the network goes on at once.
    connect(client, &ChatClient::joined, this, [this] {
        for (TransferJob *job : std::as_const(m_jobs)) {
            if (job->state() == TransferJob::State::Waiting)
                job->start();
        }
    });
    connect(client, &ChatClient::disconnected, this, [this](bool unexpected) {
        if (!unexpected) {
            m_collecting = false;
            m_sharing = false;
            emit collectingChanged(false, {});
            emit sharingChanged(false);
        }
    });
}

FileTransfers::~FileTransfers()
{
    // The transfers' connections (and their TLS state, in the network's
    // own thread) go with it, not with the program.
    m_network->clearConnectionCache();
}

QString FileTransfers::downloadFolder() const
{
    if (!m_downloadFolder.isEmpty())
        return m_downloadFolder;
    QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (downloads.isEmpty())
        downloads = QDir::homePath();
    QString room = QStringLiteral("%1 %2").arg(m_client->host()).arg(m_client->port());
    room.replace(QLatin1Char(':'), QLatin1Char('_')).replace(QLatin1Char('%'), QLatin1Char('_'));
    return QDir(downloads).filePath(QStringLiteral("Salon/") + room);
}

TransferJob::Room FileTransfers::roomNow() const
{
    TransferJob::Room room;
    room.encrypted = m_client->isEncrypted();
    room.host = m_client->host();
    room.port = m_client->port();
    room.pinned = m_client->serverFingerprint();
    room.token = m_client->isInRoom() ? m_client->memberToken() : QString();
    return room;
}

void FileTransfers::offered(const ChatEvent::OfferedFile &file)
{
    const QByteArray sha256 = QByteArray::fromHex(file.sha256.toLatin1());
    const QString path = QUrl(file.url).path(QUrl::FullyEncoded);
    if (sha256.size() != 32 || !path.startsWith(QLatin1String("/files/")))
        return;
    // What we shared ourselves is here already.
    if (!file.from.isEmpty() && file.from == m_client->nick())
        return;
    // Offered again (back in the room after a drop): the job there goes on.
    for (TransferJob *job : std::as_const(m_jobs)) {
        if (job->direction() == TransferJob::Direction::Download && job->sha256() == sha256 &&
            static_cast<DownloadJob *>(job)->urlPath() == path)
            return;
    }
    auto *job = new DownloadJob(
        file.name, file.size, sha256, path, downloadFolder(), m_network,
        [this] { return roomNow(); }, this);
    job->setFrom(file.from);
    add(job);
}

bool FileTransfers::handIn(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!m_collecting) {
        if (error)
            *error = tr("The teacher is not collecting work.");
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = tr("%1 is not a file that can be read.").arg(path);
        return false;
    }
    add(new HandInJob(
        path, m_network, [this] { return roomNow(); }, this));
    return true;
}

bool FileTransfers::share(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!m_sharing) {
        if (error)
            *error = tr("The teacher has not allowed students to share files.");
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = tr("%1 is not a file that can be read.").arg(path);
        return false;
    }
    add(new HandInJob(
        path, m_network, [this] { return roomNow(); }, this, true));
    return true;
}

void FileTransfers::add(TransferJob *job)
{
    m_jobs.append(job);
    connect(job, &TransferJob::changed, this, [this, job] { emit jobChanged(job); });
    emit jobAdded(job);
    job->start();
}
