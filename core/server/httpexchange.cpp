#include "server/httpexchange.h"

#include "server/transferexchange.h"
#include "web/httpresponse.h"
#include "web/webpages.h"

#include <QTcpSocket>

HttpExchange::HttpExchange(QTcpSocket *socket, quint64 id, const Options &options, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_options(options)
{
    m_socket->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_idle && m_socket->bytesAvailable() == 0) {
            reply({}); // nothing more asked: closed quietly
            return;
        }
        reply(HttpResponse::error(408), QStringLiteral("an HTTP request that never ended"));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::read);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_done) {
            m_done = true;
            emit finished({});
        }
    });
}

void HttpExchange::start()
{
    m_deadline.start(m_options.headMs);
    read();
}

void HttpExchange::read()
{
    if (m_done)
        return;
    // Peeked: an upgrade leaves the request where QtWebSockets reads it.
    const QByteArray bytes = m_socket->peek(HttpRequestParser::MaxHeadBytes);
    if (bytes.isEmpty())
        return;
    if (m_idle) {
        // A new request has begun: it has the head's time to end.
        m_idle = false;
        m_deadline.start(m_options.headMs);
    }
    const HttpRequestParser::Result result = HttpRequestParser::parse(bytes);
    switch (result.status) {
    case HttpRequestParser::Status::NeedMore:
        return;
    case HttpRequestParser::Status::Invalid:
        reply(HttpResponse::error(result.httpStatus),
              QStringLiteral("an HTTP request refused with %1").arg(result.httpStatus));
        return;
    case HttpRequestParser::Status::Done:
        answer(result.request);
        return;
    }
}

void HttpExchange::answer(const HttpRequest &request)
{
    const QByteArray host = request.header("host");
    // A Host is a name or an address and a port: anything else is not
    // echoed in a redirect or compared with an origin.
    const bool hostIsPlain = !host.isEmpty() && host.size() <= 255 &&
                             std::all_of(host.cbegin(), host.cend(), [](char c) {
                                 return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                        (c >= '0' && c <= '9') ||
                                        QByteArrayView(".-:[]%_").contains(c);
                             });
    if (m_options.requireTls && !m_options.encrypted) {
        if (!hostIsPlain) {
            reply(HttpResponse::error(400));
            return;
        }
        reply(HttpResponse::redirect("https://" + host + "/"));
        return;
    }
    const QByteArray path = request.path();
    if (request.isWebSocketUpgrade()) {
        // Only the page itself may open the room: its origin is this very
        // address (another site open in the same browser is not).
        const QByteArray origin = request.header("origin");
        const QByteArray own = (m_options.encrypted ? "https://" : "http://") + host.toLower();
        if (path != WebPages::WebSocketPath || request.method != "GET") {
            reply(HttpResponse::error(404));
            return;
        }
        if (!hostIsPlain || origin.toLower() != own) {
            reply(HttpResponse::error(403, "Only the room's own page may join it."),
                  QStringLiteral("a WebSocket from another page (origin %1)")
                      .arg(QString::fromLatin1(origin.left(100))));
            return;
        }
        emit upgradeRequested(handOver(), request);
        emit finished({});
        return;
    }
    if (TransferExchange::handles(path)) {
        emit transferRequested(handOver(), request);
        emit finished({});
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        reply(
            HttpResponse::error(405),
            QStringLiteral("an HTTP %1 request").arg(QString::fromLatin1(request.method.left(16))));
        return;
    }
    const std::optional<WebPages::Page> page = WebPages::find(path);
    if (!page) {
        reply(HttpResponse::error(404));
        return;
    }
    const bool keep =
        request.version == "HTTP/1.1" && request.header("connection").toLower() != "close" &&
        request.header("content-length").isEmpty() && m_requests + 1 < m_options.maxRequests;
    const QByteArray bytes =
        HttpResponse::make(200, page->contentType, page->body, request.method == "HEAD", {}, keep);
    if (keep)
        replyAndKeep(request, bytes);
    else
        reply(bytes);
}

QTcpSocket *HttpExchange::handOver()
{
    m_done = true;
    m_deadline.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->setParent(nullptr);
    return std::exchange(m_socket, nullptr);
}

void HttpExchange::replyAndKeep(const HttpRequest &request, const QByteArray &bytes)
{
    ++m_requests;
    m_socket->skip(request.headBytes);
    m_socket->write(bytes);
    m_idle = true;
    m_deadline.start(m_options.idleMs);
    // The next request may be here already.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpExchange::read);
}

void HttpExchange::reply(const QByteArray &bytes, const QString &problem)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    // What the browser sent is read first, so that the close is a clean one
    // and the answer is shown.
    m_socket->readAll();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->setParent(parent()); // outlives the exchange until its bytes are out
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_options.headMs, socket, &QTcpSocket::abort);
    if (!bytes.isEmpty())
        socket->write(bytes);
    socket->disconnectFromHost();
    emit finished(problem);
}
