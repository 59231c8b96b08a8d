#pragma once

// transferexchange.h — one file request on the room's port, on its own
// connection, so that a gigabyte never waits behind a chat line nor a chat
// line behind it (docs/protocol.md §9):
//   GET|HEAD /files/KEY/NAME   a handed-out file; Range resumes it
//   POST /handin               begins (or finds again) a hand-in:
//                              Authorization: Salon TOKEN, Salon-File-Name,
//                              Salon-File-Size, Salon-File-Sha256
//   PATCH /handin/ID           bytes of it from Salon-Offset on
// Answers to POST and PATCH are JSON: {"upload", "offset", "size"}, then
// {"done", "name", "sha256", "late"} at the end, or {"error": a sentence}.
// A download is sent as the socket drains (never the whole file at once);
// an upload is written as it arrives. One request, then the connection
// closes; one that stalls is closed.

#include "files/filedesk.h"
#include "web/httprequest.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QJsonObject;

class QTcpSocket;

class TransferExchange : public QObject
{
    Q_OBJECT
public:
    // The member a token proves, by name (present, or away with its name
    // held); empty when it proves nobody.
    using MemberOf = std::function<QString(const QString &token)>;

    struct Options
    {
        int stallMs = 30000; // no byte in either direction this long: closed
    };

    // Takes `socket` over; it still holds the whole request, unread.
    TransferExchange(QTcpSocket *socket, const HttpRequest &request, quint64 id, FileDesk *desk,
                     MemberOf memberOf, const Options &options, QObject *parent = nullptr);
    ~TransferExchange() override;

    quint64 id() const { return m_id; }
    void start();

    // Whether a request is for this exchange rather than the page.
    static bool handles(const QByteArray &path);

signals:
    // Done (or given up). `problem` is for the server's log.
    void finished(const QString &problem);

private:
    void download();
    void sendMore();
    void beginUpload();
    void receive();
    void receiveMore();
    void complete();
    // Answers, and closes once the answer is out.
    void reply(const QByteArray &bytes);
    void replyJson(int status, const QJsonObject &object);
    void refuse(const FileDesk::Refusal &refusal);
    // A refusal in the middle of a hand-in's bytes: answered at once, and
    // the rest of them read (and dropped) before the connection closes.
    void refuseWhileReceiving(const FileDesk::Refusal &refusal);
    void replyDone(const FileDesk::HandIn &handIn);
    QString token() const;
    void stillMoving();

    QPointer<QTcpSocket> m_socket;
    HttpRequest m_request;
    quint64 m_id;
    QPointer<FileDesk> m_desk;
    MemberOf m_memberOf;
    Options m_options;
    QTimer m_stall;
    bool m_done = false;
    // Downloads.
    QFile m_file;
    qint64 m_left = 0;
    // Uploads.
    QString m_uploadId;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0; // after a refusal halfway
};
