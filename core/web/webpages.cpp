#include "web/webpages.h"

#include <QFile>

namespace WebPages {

std::optional<Page> find(const QByteArray &path)
{
    struct Known
    {
        const char *path;
        const char *resource;
        const char *contentType;
    };
    static constexpr Known known[] = {
        {"/", ":/web/index.html", "text/html; charset=utf-8"},
        {"/index.html", ":/web/index.html", "text/html; charset=utf-8"},
        {"/app.js", ":/web/app.js", "text/javascript; charset=utf-8"},
        {"/files.js", ":/web/files.js", "text/javascript; charset=utf-8"},
        {"/style.css", ":/web/style.css", "text/css; charset=utf-8"},
        {"/icon.svg", ":/web/icon.svg", "image/svg+xml"},
        {"/favicon.ico", ":/web/icon.svg", "image/svg+xml"},
    };
    for (const Known &page : known) {
        if (path != page.path)
            continue;
        QFile file(QString::fromLatin1(page.resource));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return Page{page.contentType, file.readAll()};
    }
    return std::nullopt;
}

} // namespace WebPages
