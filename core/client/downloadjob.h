#pragma once

// downloadjob.h — a file the teacher handed out, fetched into a folder of
// this computer. Bytes go to a hidden partial file beside it; after a cut
// the download goes on from its last byte (an HTTP Range). At the end the
// SHA-256 must be the one the teacher's offer said, or the file is thrown
// away and the job fails in words: never a silently broken file. A name
// already taken in the folder is never replaced ("tp (2).pdf").

#include "client/transferjob.h"

#include <QFile>
#include <QPointer>

class QNetworkReply;

class DownloadJob : public TransferJob
{
    Q_OBJECT
public:
    // `path`: where the room serves it ("/files/KEY/name.pdf"); `sha256` raw.
    DownloadJob(const QString &name, qint64 size, const QByteArray &sha256, const QString &path,
                const QString &folder, QNetworkAccessManager *network, RoomNow room,
                QObject *parent = nullptr);
    ~DownloadJob() override;

    void start() override;
    QString urlPath() const { return m_urlPath; }

private:
    void received();
    void ended();
    void check();

    QString m_urlPath;
    QString m_folder;
    QFile m_part;
    QPointer<QNetworkReply> m_reply;
    bool m_firstBytes = true;
    bool m_checkedExisting = false;
    qint64 m_furthest = 0; // the most that had arrived at a cut
};
