#pragma once

// httpresponse.h — what Salon answers a browser: a status, a body, and the
// headers that keep the page to itself (nothing from outside it, no
// framing, no sniffing, nothing cached, no cookies ever). An answer closes
// the connection after it, unless it says keep-alive (the page's files,
// fetched one after the other on one connection).

#include <QByteArray>

namespace HttpResponse {

// "HTTP/1.1 404 Not Found" and the rest; `headOnly` leaves the body out (for
// HEAD) but keeps its length.
QByteArray make(int status, const QByteArray &contentType, const QByteArray &body,
                bool headOnly = false, const QByteArray &extraHeaders = {}, bool keepAlive = false);
// The status line and headers alone, for a body sent after them (a file).
QByteArray head(int status, const QByteArray &contentType, qint64 contentLength,
                const QByteArray &extraHeaders = {}, bool keepAlive = false);
// A short plain-text answer for an error status, saying what went wrong.
QByteArray error(int status, const QByteArray &why = {});
// 301 to `location`.
QByteArray redirect(const QByteArray &location);
QByteArray reasonPhrase(int status);

} // namespace HttpResponse
