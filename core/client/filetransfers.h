#pragma once

// filetransfers.h — the files moving between this client and the room:
// each file the teacher hands out is fetched at once into the room's
// download folder (Downloads/Salon/HOST PORT); work is handed in while the
// teacher collects it. Each is a TransferJob on a connection of its own,
// held to the chat's trust (the pinned certificate) and its member token.

#include "client/transferjob.h"
#include "model/chatevent.h"

#include <QList>
#include <QObject>

class ChatClient;
class QNetworkAccessManager;

class FileTransfers : public QObject
{
    Q_OBJECT
public:
    explicit FileTransfers(ChatClient *client, QObject *parent = nullptr);
    ~FileTransfers() override;

    // Where handed-out files go; empty: Downloads/Salon/HOST PORT.
    void setDownloadFolder(const QString &folder) { m_downloadFolder = folder; }
    QString downloadFolder() const;

    const QList<TransferJob *> &jobs() const { return m_jobs; }
    // Hands in the file at `path`; false (and `error` says why) when it
    // can't be now: nobody collects, or it is no file.
    bool handIn(const QString &path, QString *error = nullptr);
    bool isCollecting() const { return m_collecting; }
    // Shares the file at `path` with the whole room, where the teacher
    // allows it; false (and `error` says why) when it can't be now.
    bool share(const QString &path, QString *error = nullptr);
    bool isSharingAllowed() const { return m_sharing; }
    QString collectionTitle() const { return m_collectionTitle; }

signals:
    void jobAdded(TransferJob *job);
    void jobChanged(TransferJob *job);
    void collectingChanged(bool open, const QString &title);
    void sharingChanged(bool allowed);

private:
    void offered(const ChatEvent::OfferedFile &file);
    void add(TransferJob *job);
    TransferJob::Room roomNow() const;

    ChatClient *m_client;
    QNetworkAccessManager *m_network;
    QString m_downloadFolder;
    QList<TransferJob *> m_jobs; // children
    bool m_collecting = false;
    bool m_sharing = false;
    QString m_collectionTitle;
};
