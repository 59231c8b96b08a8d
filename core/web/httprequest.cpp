#include "web/httprequest.h"

namespace {
HttpRequestParser::Result invalid(int status)
{
    HttpRequestParser::Result result;
    result.status = HttpRequestParser::Status::Invalid;
    result.httpStatus = status;
    return result;
}

// RFC 9110 token characters, for methods and header names.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &text)
{
    for (const char c : text) {
        const auto byte = quint8(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return true;
    }
    return false;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArray HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

bool HttpRequest::isWebSocketUpgrade() const
{
    if (header("upgrade").toLower() != "websocket")
        return false;
    for (const QByteArray &option : header("connection").split(',')) {
        if (option.trimmed().toLower() == "upgrade")
            return true;
    }
    return false;
}

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &bytes)
{
    const qsizetype lineEnd = bytes.indexOf("\r\n");
    if (lineEnd < 0)
        return bytes.size() > MaxRequestLineBytes ? invalid(414) : Result{};
    if (lineEnd > MaxRequestLineBytes)
        return invalid(414);
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0 || headEnd + 4 > MaxHeadBytes)
        return bytes.size() >= MaxHeadBytes || headEnd >= 0 ? invalid(431) : Result{};

    Result result;
    HttpRequest &request = result.request;
    const QList<QByteArray> parts = bytes.left(lineEnd).split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        hasControl(parts.at(1)))
        return invalid(400);
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return invalid(request.version.startsWith("HTTP/") ? 505 : 400);

    qsizetype at = lineEnd + 2;
    while (at < headEnd + 2) {
        const qsizetype end = bytes.indexOf("\r\n", at);
        const QByteArray line = bytes.mid(at, end - at);
        at = end + 2;
        if (request.headers.size() >= MaxHeaders)
            return invalid(431);
        // No folded lines (obsolete), a name, a colon, a value.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return invalid(400);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControl(value))
            return invalid(400);
        request.headers.append({line.left(colon).toLower(), value});
    }
    request.headBytes = headEnd + 4;
    // HTTP/1.1 needs one Host, and nothing here takes a body.
    if (request.version == "HTTP/1.1" && request.header("host").isEmpty())
        return invalid(400);
    result.status = Status::Done;
    return result;
}
