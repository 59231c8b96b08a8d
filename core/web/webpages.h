#pragma once

// webpages.h — the browser page's few files, compiled into the program
// (resources/web/): only these paths are served, from the resources and
// nowhere else, so no request can reach a file on disk.

#include <QByteArray>

#include <optional>

namespace WebPages {

// The path the page opens its WebSocket on.
inline constexpr char WebSocketPath[] = "/ws";

struct Page
{
    QByteArray contentType;
    QByteArray body;
};
// The file at `path` ("/", "/app.js"…), if it is one of the page's.
std::optional<Page> find(const QByteArray &path);

} // namespace WebPages
