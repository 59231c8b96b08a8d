#pragma once

// httprequest.h — a browser's request head, read from the first bytes a
// connection sent (peeked: a WebSocket upgrade hands them on unread). Pure
// and bounded: a request line, headers and their count each have a limit,
// and whatever breaks one is a status to answer with, never a crash or a
// buffer that grows.

#include <QByteArray>
#include <QList>
#include <QPair>

struct HttpRequest
{
    QByteArray method;                            // "GET"
    QByteArray target;                            // "/app.js", as sent
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    qsizetype headBytes = 0; // the request line and headers, blank line included

    // The first header of that (lower-case) name, trimmed; empty if none.
    QByteArray header(const QByteArray &name) const;
    // The path of the target, without its query: "/" for "/?x=1".
    QByteArray path() const;
    // Upgrade: websocket, with Connection: upgrade.
    bool isWebSocketUpgrade() const;
};

class HttpRequestParser
{
public:
    static constexpr qsizetype MaxRequestLineBytes = 8 * 1024;
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    static constexpr int MaxHeaders = 64;

    enum class Status { NeedMore, Done, Invalid };
    struct Result
    {
        Status status = Status::NeedMore;
        HttpRequest request;  // when Done
        int httpStatus = 400; // when Invalid: 400, 414, 431 or 505
    };
    // Reads the head at the start of `bytes`: NeedMore until its blank line
    // has come (and no limit is broken yet).
    static Result parse(const QByteArray &bytes);
};
