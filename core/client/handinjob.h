#pragma once

// handinjob.h — work handed in to the teacher: the file's SHA-256 first
// (away from the window), then POST /handin says its name, size and hash
// and learns how much the teacher already has; the rest goes in chunks
// (PATCH, from that offset). After a cut it asks again and goes on from the
// last byte the teacher received. The teacher checks the hash at the end:
// the job is done only when the teacher says the file arrived whole.

#include "client/transferjob.h"

#include <QFile>
#include <QPointer>

class QNetworkReply;

class HandInJob : public TransferJob
{
    Q_OBJECT
public:
    static constexpr qint64 ChunkBytes = 8 * 1024 * 1024;

    // `share`: for the whole room, not the teacher's collection.
    HandInJob(const QString &path, QNetworkAccessManager *network, RoomNow room,
              QObject *parent = nullptr, bool share = false);
    ~HandInJob() override;

    void start() override;
    // The name the teacher saved it under (known once done).
    QString savedAs() const { return m_savedAs; }

private:
    void begin();
    void sendFrom(qint64 offset);
    // An answer from the teacher (POST or PATCH): go on, finish, or fail.
    void answered(QNetworkReply *reply);

    QFile m_file;
    QString m_upload; // the teacher's id for it
    QString m_savedAs;
    qint64 m_chunkStart = 0;
    qint64 m_furthest = 0; // the most the teacher had so far
    QPointer<QNetworkReply> m_reply;
};
