#include "server/transferexchange.h"

#include "web/httprange.h"
#include "web/httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTcpSocket>

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 MaxQueuedBytes = 1024 * 1024; // written ahead of the network, at most

bool isKey(QByteArrayView text)
{
    return text.size() == 32 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// The part of `path` after `prefix`, up to the next '/'.
QByteArray segmentAfter(const QByteArray &path, QByteArrayView prefix)
{
    QByteArray rest = path.mid(prefix.size());
    const qsizetype slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.left(slash);
}

// A name for a Content-Disposition header: quoted ASCII for old clients,
// the real one (RFC 8187) for the rest.
QByteArray disposition(const QString &name)
{
    QByteArray ascii;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        ascii.append(u >= 0x20 && u < 0x7f && u != '"' && u != '\\' ? char(u) : '_');
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           name.toUtf8().toPercentEncoding();
}

} // namespace

TransferExchange::TransferExchange(QTcpSocket *socket, const HttpRequest &request, quint64 id,
                                   FileDesk *desk, MemberOf memberOf, const Options &options,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_request(request)
    , m_id(id)
    , m_desk(desk)
    , m_memberOf(std::move(memberOf))
    , m_options(options)
{
    m_socket->setParent(this);
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        if (!m_done) {
            m_done = true;
            emit finished(QStringLiteral("a file transfer that stalled"));
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_stall.stop();
        if (!m_done) {
            m_done = true;
            emit finished({});
        }
    });
}

TransferExchange::~TransferExchange()
{
    // A hand-in cut halfway may be resumed by another request.
    if (m_desk && !m_uploadId.isEmpty()) {
        if (FileDesk::Upload *upload = m_desk->upload(m_uploadId, token()))
            upload->busy = false;
    }
}

bool TransferExchange::handles(const QByteArray &path)
{
    return path.startsWith("/files/") || path == "/handin" || path.startsWith("/handin/");
}

void TransferExchange::start()
{
    stillMoving();
    const QByteArray path = m_request.path();
    const QByteArray &method = m_request.method;
    if (!m_desk) {
        reply(HttpResponse::error(503));
        return;
    }
    if (path.startsWith("/files/")) {
        if (method == "GET" || method == "HEAD")
            download();
        else
            reply(HttpResponse::error(405));
    } else if (path == "/handin") {
        if (method == "POST")
            beginUpload();
        else
            reply(HttpResponse::error(405));
    } else if (path.startsWith("/handin/")) {
        if (method == "PATCH")
            receive();
        else
            reply(HttpResponse::error(405));
    } else {
        reply(HttpResponse::error(404));
    }
}

void TransferExchange::stillMoving()
{
    m_stall.start(m_options.stallMs);
}

QString TransferExchange::token() const
{
    const QByteArray authorization = m_request.header("authorization");
    if (!authorization.startsWith("Salon "))
        return {};
    const QByteArray value = authorization.mid(6).trimmed();
    return isKey(value) ? QString::fromLatin1(value) : QString();
}

void TransferExchange::download()
{
    const QByteArray key = segmentAfter(m_request.path(), "/files/");
    const FileDesk::Offered *offered =
        isKey(key) ? m_desk->download(QString::fromLatin1(key)) : nullptr;
    if (!offered) {
        reply(HttpResponse::error(404, "This address does not work (any more): ask the teacher."));
        return;
    }
    m_file.setFileName(offered->path);
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() != offered->size) {
        reply(HttpResponse::error(410, "The teacher's file is gone or changed."));
        return;
    }
    const QByteArray etag = '"' + offered->sha256.toHex() + '"';
    HttpRange::Result range{HttpRange::Answer::Whole, 0, offered->size};
    const QByteArray ifRange = m_request.header("if-range");
    if (ifRange.isEmpty() || ifRange == etag)
        range = HttpRange::resolve(m_request.header("range"), offered->size);
    QByteArray headers = "Accept-Ranges: bytes\r\nETag: " + etag + "\r\n";
    headers += "Content-Disposition: " + disposition(offered->name) + "\r\n";
    headers += "Salon-File-Sha256: " + offered->sha256.toHex() + "\r\n";
    headers += "Repr-Digest: sha-256=:" + offered->sha256.toBase64() + ":\r\n";
    const QByteArray size = QByteArray::number(offered->size);
    int status = 200;
    switch (range.answer) {
    case HttpRange::Answer::Unsatisfiable:
        reply(HttpResponse::make(416, "text/plain; charset=utf-8", "416 Range Not Satisfiable\n",
                                 false, "Content-Range: bytes */" + size + "\r\n"));
        return;
    case HttpRange::Answer::Partial:
        status = 206;
        headers += "Content-Range: bytes " + QByteArray::number(range.first) + '-' +
                   QByteArray::number(range.first + range.length - 1) + '/' + size + "\r\n";
        break;
    case HttpRange::Answer::Whole:
        break;
    }
    m_socket->readAll(); // the request, which has no body
    const QByteArray head =
        HttpResponse::head(status, "application/octet-stream", range.length, headers);
    if (m_request.method == "HEAD") {
        reply(head);
        return;
    }
    m_file.seek(range.first);
    m_left = range.length;
    m_socket->write(head);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TransferExchange::sendMore);
    sendMore();
}

void TransferExchange::sendMore()
{
    if (m_done || !m_socket)
        return;
    stillMoving();
    while (m_left > 0 && m_socket->bytesToWrite() < MaxQueuedBytes) {
        const QByteArray chunk = m_file.read(qMin(ChunkBytes, m_left));
        if (chunk.isEmpty()) {
            // The file shrank under us: the client sees a short body.
            m_socket->abort();
            return;
        }
        m_left -= chunk.size();
        m_socket->write(chunk);
    }
    if (m_left == 0) {
        disconnect(m_socket, &QTcpSocket::bytesWritten, this, &TransferExchange::sendMore);
        m_file.close();
        m_socket->disconnectFromHost(); // once the last bytes are out
    }
}

void TransferExchange::beginUpload()
{
    const QString memberToken = token();
    const QString student = memberToken.isEmpty() ? QString() : m_memberOf(memberToken);
    if (student.isEmpty()) {
        refuse({401, tr("Join the room first: work is handed in by a member.")});
        return;
    }
    bool sizeOk = false;
    const qint64 size = m_request.header("salon-file-size").toLongLong(&sizeOk);
    const QByteArray shaHex = m_request.header("salon-file-sha256").toLower();
    const QByteArray sha256 = QByteArray::fromHex(shaHex);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name =
        utf8.decode(QByteArray::fromPercentEncoding(m_request.header("salon-file-name")));
    if (!sizeOk || size < 0 || shaHex.size() != 64 || sha256.size() != 32 || utf8.hasError()) {
        refuse({400, tr("A hand-in says its name, its size and its SHA-256.")});
        return;
    }
    QHostAddress from = m_socket->peerAddress();
    bool mapped = false;
    const quint32 ipv4 = from.toIPv4Address(&mapped);
    if (mapped)
        from = QHostAddress(ipv4);
    // Salon-Share: room — for everyone (where the teacher allows it).
    const bool share = m_request.header("salon-share").toLower() == "room";
    const auto begun =
        m_desk->beginUpload(memberToken, student, from.toString(), name, size, sha256, share);
    if (const auto *refusal = std::get_if<FileDesk::Refusal>(&begun)) {
        refuse(*refusal);
        return;
    }
    if (const auto *handIn = std::get_if<FileDesk::HandIn>(&begun)) {
        replyDone(*handIn);
        return;
    }
    const FileDesk::Upload *upload = std::get<FileDesk::Upload *>(begun);
    replyJson(upload->received > 0 ? 200 : 201, {{QStringLiteral("upload"), upload->id},
                                                 {QStringLiteral("name"), upload->name},
                                                 {QStringLiteral("offset"), upload->received},
                                                 {QStringLiteral("size"), upload->size}});
}

void TransferExchange::receive()
{
    const QString memberToken = token();
    const QByteArray id = segmentAfter(m_request.path(), "/handin/");
    FileDesk::Upload *upload = isKey(id) && !memberToken.isEmpty()
                                   ? m_desk->upload(QString::fromLatin1(id), memberToken)
                                   : nullptr;
    if (!upload) {
        refuse({404, tr("This hand-in is not known (any more): begin it again.")});
        return;
    }
    if (upload->busy) {
        refuse({409, tr("This file is being handed in already.")});
        return;
    }
    bool offsetOk = false;
    const qint64 offset = m_request.header("salon-offset").toLongLong(&offsetOk);
    // No length and no other framing: no body (RFC 9112 §6.3).
    const QByteArray lengthHeader = m_request.header("content-length");
    bool lengthOk = lengthHeader.isEmpty();
    const qint64 length = lengthOk ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!m_request.header("transfer-encoding").isEmpty() || !lengthOk || length < 0) {
        refuse({411, tr("A hand-in's bytes come with their length.")});
        return;
    }
    if (!offsetOk || offset != upload->received) {
        replyJson(409, {{QStringLiteral("error"),
                         tr("The teacher has %n bytes of this file: go "
                            "on from there.",
                            nullptr, int(qMin<qint64>(upload->received, INT_MAX)))},
                        {QStringLiteral("offset"), upload->received}});
        return;
    }
    if (length > upload->size - upload->received) {
        refuse({413, tr("More bytes than the file has.")});
        return;
    }
    upload->busy = true;
    m_uploadId = upload->id;
    m_bodyLeft = length;
    m_socket->read(m_request.headBytes);
    if (m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    connect(m_socket, &QTcpSocket::readyRead, this, &TransferExchange::receiveMore);
    receiveMore();
}

void TransferExchange::receiveMore()
{
    if (m_done || !m_socket)
        return;
    if (m_drainLeft > 0) {
        // Refused halfway: the rest of the body is read and dropped, so the
        // client, still sending, gets the answer rather than a reset.
        stillMoving();
        m_drainLeft -= m_socket->skip(qMin(m_drainLeft, m_socket->bytesAvailable()));
        if (m_drainLeft == 0)
            m_socket->disconnectFromHost();
        return;
    }
    FileDesk::Upload *upload = m_desk ? m_desk->upload(m_uploadId, token()) : nullptr;
    if (!upload) {
        refuse({410, tr("The collection is over.")});
        return;
    }
    while (m_bodyLeft > 0 && m_socket->bytesAvailable() > 0) {
        stillMoving();
        const QByteArray bytes = m_socket->read(qMin(m_bodyLeft, ChunkBytes));
        if (const std::optional<FileDesk::Refusal> refusal = m_desk->write(upload, bytes)) {
            upload->busy = false;
            m_bodyLeft -= bytes.size();
            refuseWhileReceiving(*refusal);
            return;
        }
        m_bodyLeft -= bytes.size();
    }
    if (m_bodyLeft > 0)
        return;
    disconnect(m_socket, &QTcpSocket::readyRead, this, &TransferExchange::receiveMore);
    if (upload->received < upload->size) {
        upload->busy = false;
        replyJson(200, {{QStringLiteral("upload"), upload->id},
                        {QStringLiteral("offset"), upload->received},
                        {QStringLiteral("size"), upload->size}});
        return;
    }
    complete();
}

void TransferExchange::complete()
{
    const QString id = m_uploadId;
    FileDesk::Upload *upload = m_desk->upload(id, token());
    m_uploadId.clear(); // the desk has it now
    m_stall.stop();     // hashing a big file takes its time
    QPointer<TransferExchange> self(this);
    m_desk->finish(upload, [self](const std::variant<FileDesk::HandIn, FileDesk::Refusal> &result) {
        if (!self)
            return;
        if (const auto *refusal = std::get_if<FileDesk::Refusal>(&result)) {
            self->refuse(*refusal);
            return;
        }
        self->replyDone(std::get<FileDesk::HandIn>(result));
    });
}

void TransferExchange::replyDone(const FileDesk::HandIn &handIn)
{
    replyJson(200, {{QStringLiteral("done"), true},
                    {QStringLiteral("name"), handIn.name},
                    {QStringLiteral("size"), handIn.size},
                    {QStringLiteral("sha256"), QString::fromLatin1(handIn.sha256.toHex())},
                    {QStringLiteral("late"), handIn.late}});
}

void TransferExchange::refuseWhileReceiving(const FileDesk::Refusal &refusal)
{
    m_socket->write(
        HttpResponse::make(refusal.status, "application/json",
                           QJsonDocument(QJsonObject{{QStringLiteral("error"), refusal.reason}})
                               .toJson(QJsonDocument::Compact)));
    // At most this much more is read before the connection closes anyway.
    constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;
    m_drainLeft = qMin(m_bodyLeft, MaxDrainBytes);
    m_uploadId.clear();
    if (m_drainLeft == 0)
        m_socket->disconnectFromHost();
    else
        receiveMore();
}

void TransferExchange::refuse(const FileDesk::Refusal &refusal)
{
    replyJson(refusal.status, {{QStringLiteral("error"), refusal.reason}});
}

void TransferExchange::replyJson(int status, const QJsonObject &object)
{
    reply(HttpResponse::make(status, "application/json",
                             QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void TransferExchange::reply(const QByteArray &bytes)
{
    if (m_done || !m_socket)
        return;
    stillMoving(); // the answer has this long to leave
    m_socket->write(bytes);
    m_socket->disconnectFromHost();
}
