#pragma once

// transferrequest.h — an HTTP request for a file on the room's port, on a
// connection of its own (QNetworkAccessManager), held to the same trust as
// the chat: over TLS, the server must show the very certificate pinned for
// the room (its SHA-256), or the request is aborted before a byte of the
// file is read or sent.

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace TransferRequest {

// "https://HOST:PORT" + `path`, as the chat reaches the server.
QUrl url(bool encrypted, const QString &host, quint16 port, const QString &path);
QNetworkRequest make(const QUrl &url, const QString &memberToken = {});
// Watches `reply`: a certificate other than `pinned` ends it.
void pin(QNetworkReply *reply, const QByteArray &pinned);
// A sentence for what went wrong with `reply` (a JSON {"error"} answer from
// the server, or the network's own words).
QString problemOf(QNetworkReply *reply, const QByteArray &body);

} // namespace TransferRequest
