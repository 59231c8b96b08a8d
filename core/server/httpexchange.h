#pragma once

// httpexchange.h — one browser connection on the room's port, once the
// handshake has seen an HTTP request line: the head is read (peeked, with
// a deadline for slow senders and the parser's bounds), then the page's
// files are served, anything else answered with a status, and a WebSocket
// upgrade from the page's own origin handed on unread (upgradeRequested)
// for QtWebSockets to take. The page's files may come one after the other
// on one connection (keep-alive, a few seconds idle at most, a bounded
// count); any refusal closes it.

#include "web/httprequest.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

class HttpExchange : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool encrypted = false;  // the socket speaks TLS
        bool requireTls = false; // plain requests are sent to https://
        int headMs = 10000;      // the most the request head may take
        int idleMs = 5000;       // kept alive this long between requests
        int maxRequests = 50;    // on one connection
    };
    // Takes `socket` over (it becomes a child).
    HttpExchange(QTcpSocket *socket, quint64 id, const Options &options, QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    void start();

signals:
    // A WebSocket upgrade from the page: `socket` (no longer a child) still
    // holds the whole request, unread.
    void upgradeRequested(QTcpSocket *socket, const HttpRequest &request);
    // A file to send or receive (TransferExchange::handles): `socket` (no
    // longer a child) still holds the whole request, unread.
    void transferRequested(QTcpSocket *socket, const HttpRequest &request);
    // Answered (or given up): the exchange is over. `problem` is for the
    // server window when it was no browser's ordinary request.
    void finished(const QString &problem);

private:
    void read();
    void answer(const HttpRequest &request);
    void reply(const QByteArray &bytes, const QString &problem = {});
    // The request was answered with `bytes`, and the connection stays for
    // the next one.
    void replyAndKeep(const HttpRequest &request, const QByteArray &bytes);
    // Hands the socket, request unread, to whoever takes it from here.
    QTcpSocket *handOver();

    QTcpSocket *m_socket;
    quint64 m_id;
    Options m_options;
    QTimer m_deadline;
    bool m_idle = false; // between requests: the deadline closes quietly
    int m_requests = 0;
    bool m_done = false;
};
