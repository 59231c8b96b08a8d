#include "client/handinjob.h"

#include "client/transferrequest.h"
#include "files/filehasher.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

HandInJob::HandInJob(const QString &path, QNetworkAccessManager *network, RoomNow room,
                     QObject *parent, bool share)
    : TransferJob(Direction::HandIn, network, std::move(room), parent), m_file(path)
{
    m_sharing = share;
    m_path = QFileInfo(path).absoluteFilePath();
    m_name = QFileInfo(path).fileName();
    m_size = QFileInfo(path).size();
}

HandInJob::~HandInJob()
{
    if (m_reply)
        m_reply->abort();
}

void HandInJob::start()
{
    if (m_reply || state() == State::Hashing || state() == State::Done)
        return;
    if (!m_sha256.isEmpty()) {
        begin();
        return;
    }
    setState(State::Hashing);
    FileHasher::start(m_path, this, [this](const FileHasher::Result &hashed) {
        if (!hashed.error.isEmpty()) {
            setState(State::Failed, hashed.error);
            return;
        }
        m_sha256 = hashed.sha256;
        m_size = hashed.size;
        begin();
    });
}

void HandInJob::begin()
{
    if (m_cancelled)
        return;
    const Room now = room();
    if (now.token.isEmpty()) {
        tryAgainLater(tr("Not in the room."));
        return;
    }
    QNetworkRequest request = TransferRequest::make(
        TransferRequest::url(now.encrypted, now.host, now.port, QStringLiteral("/handin")),
        now.token);
    request.setRawHeader("Salon-File-Name", m_name.toUtf8().toPercentEncoding());
    request.setRawHeader("Salon-File-Size", QByteArray::number(m_size));
    request.setRawHeader("Salon-File-Sha256", m_sha256.toHex());
    if (m_sharing)
        request.setRawHeader("Salon-Share", "room");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_network->post(request, QByteArray());
    if (now.encrypted)
        TransferRequest::pin(m_reply, now.pinned);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { answered(reply); });
    setState(State::Moving);
}

void HandInJob::sendFrom(qint64 offset)
{
    if (m_cancelled)
        return;
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly)) {
        setState(State::Failed, tr("%1 can't be read: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_file.seek(offset);
    const QByteArray chunk = m_file.read(qMin(ChunkBytes, m_size - offset));
    if (chunk.size() != qMin(ChunkBytes, m_size - offset)) {
        setState(State::Failed, tr("%1 changed while it was handed in.").arg(m_path));
        return;
    }
    const Room now = room();
    QNetworkRequest request =
        TransferRequest::make(TransferRequest::url(now.encrypted, now.host, now.port,
                                                   QStringLiteral("/handin/") + m_upload),
                              now.token);
    request.setRawHeader("Salon-Offset", QByteArray::number(offset));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    m_chunkStart = offset;
    m_reply = m_network->sendCustomRequest(request, "PATCH", chunk);
    if (now.encrypted)
        TransferRequest::pin(m_reply, now.pinned);
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this, reply = m_reply.data()](qint64 sent, qint64) {
                if (reply == m_reply && m_chunkStart + sent > done())
                    setDone(m_chunkStart + sent);
            });
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { answered(reply); });
}

void HandInJob::answered(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (m_cancelled)
        return;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (reply->property("salonWrongServer").toBool()) {
        setState(State::Failed, TransferRequest::problemOf(reply, body));
        return;
    }
    if (status == 0) {
        // The network: ask the teacher again how far it got.
        tryAgainLater(reply->errorString());
        return;
    }
    if (answer.value(QLatin1String("done")).toBool()) {
        if (answer.value(QLatin1String("sha256")).toString().toLatin1() != m_sha256.toHex()) {
            setState(State::Failed, tr("The teacher saved another file than this one."));
            return;
        }
        m_savedAs = answer.value(QLatin1String("name")).toString();
        m_late = answer.value(QLatin1String("late")).toBool();
        m_file.close();
        setDone(m_size);
        setState(State::Done);
        return;
    }
    if ((status == 200 || status == 201 || status == 409) &&
        answer.contains(QLatin1String("offset"))) {
        if (answer.contains(QLatin1String("upload")))
            m_upload = answer.value(QLatin1String("upload")).toString();
        const qint64 offset = answer.value(QLatin1String("offset")).toInteger();
        if (m_upload.isEmpty() || offset < 0 || offset > m_size) {
            setState(State::Failed, tr("The teacher's answer made no sense."));
            return;
        }
        // Tries start over only when the teacher got further than before:
        // a refusal that looks like a cut must not loop for ever.
        if (offset > m_furthest) {
            m_furthest = offset;
            resetTries();
        }
        setDone(offset);
        if (state() != State::Moving)
            setState(State::Moving);
        sendFrom(offset);
        return;
    }
    if (status == 404 && !m_upload.isEmpty()) {
        // The teacher forgot it (a new collection, a restart): begin again.
        m_upload.clear();
        tryAgainLater(TransferRequest::problemOf(reply, body));
        return;
    }
    if (status == 409 || status == 503) {
        tryAgainLater(TransferRequest::problemOf(reply, body));
        return;
    }
    setState(State::Failed, TransferRequest::problemOf(reply, body));
}
