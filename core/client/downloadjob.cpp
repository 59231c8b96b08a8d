#include "client/downloadjob.h"

#include "client/transferrequest.h"
#include "files/filehasher.h"
#include "files/safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

DownloadJob::DownloadJob(const QString &name, qint64 size, const QByteArray &sha256,
                         const QString &path, const QString &folder, QNetworkAccessManager *network,
                         RoomNow room, QObject *parent)
    : TransferJob(Direction::Download, network, std::move(room), parent)
    , m_urlPath(path)
    , m_folder(folder)
{
    const SafeFileName::Result clean = SafeFileName::clean(name);
    m_name = clean.ok() ? clean.name : QStringLiteral("file");
    m_size = size;
    m_sha256 = sha256;
    m_part.setFileName(QDir(folder).filePath(QStringLiteral(".%1-%2.salon-part")
                                                 .arg(QString::fromLatin1(sha256.toHex().left(32)))
                                                 .arg(size)));
}

DownloadJob::~DownloadJob()
{
    if (m_reply)
        m_reply->abort();
}

void DownloadJob::start()
{
    if (m_reply || state() == State::Checking || state() == State::Done)
        return;
    // The very file is there already (fetched before, or by another window
    // of this PC): nothing to fetch.
    const QString existing = QDir(m_folder).filePath(m_name);
    if (!m_checkedExisting && QFileInfo(existing).size() == m_size) {
        m_checkedExisting = true;
        setState(State::Checking);
        FileHasher::start(existing, this, [this, existing](const FileHasher::Result &hashed) {
            if (hashed.error.isEmpty() && hashed.sha256 == m_sha256) {
                m_path = existing;
                setDone(m_size);
                setState(State::Done);
                return;
            }
            setState(State::Waiting);
            start();
        });
        return;
    }
    if (!QDir().mkpath(m_folder)) {
        setState(State::Failed, tr("The folder %1 can't be made.").arg(m_folder));
        return;
    }
    if (!m_part.open(QIODevice::ReadWrite)) {
        setState(State::Failed,
                 tr("%1 can't be written: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    const qint64 have = qMin(m_part.size(), m_size);
    m_part.resize(have);
    m_part.seek(have);
    setDone(have);
    if (have == m_size) {
        m_part.close();
        check();
        return;
    }
    const Room now = room();
    QNetworkRequest request =
        TransferRequest::make(TransferRequest::url(now.encrypted, now.host, now.port, m_urlPath));
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    m_reply = m_network->get(request);
    if (now.encrypted)
        TransferRequest::pin(m_reply, now.pinned);
    m_firstBytes = true;
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::received);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::ended);
    setState(State::Moving);
}

void DownloadJob::received()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // an error: its words come with finished()
    if (m_firstBytes) {
        m_firstBytes = false;
        // The whole file again (the server did not take the range): from 0.
        if (status == 200 && m_part.pos() > 0) {
            m_part.resize(0);
            m_part.seek(0);
        }
    }
    const QByteArray bytes = m_reply->readAll();
    if (m_part.pos() + bytes.size() > m_size || m_part.write(bytes) != bytes.size()) {
        const QString why =
            m_part.pos() + bytes.size() > m_size
                ? tr("The server sent more than the file holds.")
                : tr("%1 can't be written: %2").arg(m_part.fileName(), m_part.errorString());
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        m_part.close();
        setState(State::Failed, why);
        return;
    }
    setDone(m_part.pos());
}

void DownloadJob::ended()
{
    received(); // the last bytes
    if (!m_reply)
        return; // they could not be kept: failed already
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_part.close();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled)
        return;
    if (reply->error() == QNetworkReply::NoError && done() == m_size) {
        check();
        return;
    }
    if (status == 404 || status == 410) {
        setState(State::Failed, tr("The teacher's file can't be fetched any more (the lesson "
                                   "ended, or the address no longer works)."));
        return;
    }
    if (reply->property("salonWrongServer").toBool()) {
        setState(State::Failed, TransferRequest::problemOf(reply, {}));
        return;
    }
    if (status == 0 || reply->error() != QNetworkReply::NoError || done() < m_size) {
        // The network: from the last byte, in a moment.
        if (done() > m_furthest) {
            // It moved: a cable pulled again and again still gets there.
            m_furthest = done();
            resetTries();
        }
        tryAgainLater(status == 0 ? reply->errorString() : tr("The download was cut."));
        return;
    }
    setState(State::Failed, TransferRequest::problemOf(reply, {}));
}

void DownloadJob::check()
{
    setState(State::Checking);
    const QString part = m_part.fileName();
    FileHasher::start(part, this, [this, part](const FileHasher::Result &hashed) {
        if (!hashed.error.isEmpty()) {
            setState(State::Failed, hashed.error);
            return;
        }
        if (hashed.sha256 != m_sha256) {
            QFile::remove(part);
            setDone(0);
            setState(State::Failed, tr("%1 arrived damaged (its SHA-256 is not the teacher's): "
                                       "it was thrown away; try again.")
                                        .arg(m_name));
            return;
        }
        const QString path = SafeFileName::unusedPath(QDir(m_folder), m_name);
        if (!QFile::rename(part, path)) {
            setState(State::Failed, tr("%1 can't be saved in %2.").arg(m_name, m_folder));
            return;
        }
        m_path = path;
        setState(State::Done);
    });
}
