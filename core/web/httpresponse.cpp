#include "web/httpresponse.h"

namespace HttpResponse {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    case 507:
        return "Insufficient Storage";
    default:
        return "Error";
    }
}

QByteArray head(int status, const QByteArray &contentType, qint64 contentLength,
                const QByteArray &extraHeaders, bool keepAlive)
{
    QByteArray answer;
    answer.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ');
    answer.append(reasonPhrase(status)).append("\r\n");
    answer.append("Content-Type: ").append(contentType).append("\r\n");
    answer.append("Content-Length: ").append(QByteArray::number(contentLength)).append("\r\n");
    // The page, its script and its style come from here, and nothing else
    // does: no CDN (the LAN may have no internet), no inline script, no
    // frames around it.
    answer.append("Content-Security-Policy: default-src 'none'; script-src 'self'; "
                  "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
                  "X-Content-Type-Options: nosniff\r\n"
                  "X-Frame-Options: DENY\r\n"
                  "Referrer-Policy: no-referrer\r\n"
                  "Cache-Control: no-store\r\n");
    answer.append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    answer.append(extraHeaders).append("\r\n");
    return answer;
}

QByteArray make(int status, const QByteArray &contentType, const QByteArray &body, bool headOnly,
                const QByteArray &extraHeaders, bool keepAlive)
{
    QByteArray answer = head(status, contentType, body.size(), extraHeaders, keepAlive);
    if (!headOnly)
        answer.append(body);
    return answer;
}

QByteArray error(int status, const QByteArray &why)
{
    QByteArray body = QByteArray::number(status);
    body.append(' ').append(reasonPhrase(status)).append('\n');
    if (!why.isEmpty())
        body.append(why).append('\n');
    return make(status, "text/plain; charset=utf-8", body);
}

QByteArray redirect(const QByteArray &location)
{
    QByteArray body("This room is encrypted: ");
    body.append(location).append('\n');
    QByteArray header("Location: ");
    header.append(location).append("\r\n");
    return make(301, "text/plain; charset=utf-8", body, false, header);
}

} // namespace HttpResponse
