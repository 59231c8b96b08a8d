// libFuzzer harness for the HTTP request-head parser: no crash; while it
// waits for more, the bytes are within its bounds; a head it accepts ends
// with its blank line inside the bytes and within the head limit, and has
// a method, a target and at most the allowed headers; a refusal is one of
// the statuses it may give. Its Range header never asks for bytes outside
// the file.

#include "web/httprange.h"
#include "web/httprequest.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HttpRequestParser::Result result = HttpRequestParser::parse(bytes);
    switch (result.status) {
    case HttpRequestParser::Status::NeedMore:
        if (bytes.size() > HttpRequestParser::MaxHeadBytes || bytes.contains("\r\n\r\n"))
            abort();
        break;
    case HttpRequestParser::Status::Done: {
        const HttpRequest &request = result.request;
        if (request.headBytes > HttpRequestParser::MaxHeadBytes ||
            request.headBytes > bytes.size() ||
            !bytes.left(request.headBytes).endsWith("\r\n\r\n") || request.method.isEmpty() ||
            request.target.isEmpty() || request.headers.size() > HttpRequestParser::MaxHeaders)
            abort();
        for (const auto &[name, value] : request.headers) {
            if (name != name.toLower() || value.contains('\n') || value.contains('\r'))
                abort();
        }
        (void)request.isWebSocketUpgrade();
        (void)request.path();
        // Its Range header, against files of a few sizes: a part asked for
        // lies inside the file, and is never empty.
        for (const qint64 fileSize : {qint64(0), qint64(1), qint64(1000), qint64(1) << 40}) {
            const HttpRange::Result range = HttpRange::resolve(request.header("range"), fileSize);
            if (range.answer == HttpRange::Answer::Partial &&
                (range.first < 0 || range.length <= 0 || range.first + range.length > fileSize))
                abort();
            if (range.answer == HttpRange::Answer::Whole &&
                (range.first != 0 || range.length != fileSize))
                abort();
        }
        break;
    }
    case HttpRequestParser::Status::Invalid:
        if (result.httpStatus != 400 && result.httpStatus != 414 && result.httpStatus != 431 &&
            result.httpStatus != 505)
            abort();
        break;
    }
    return 0;
}
