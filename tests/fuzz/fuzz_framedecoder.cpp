// libFuzzer harness for the Salon protocol decoder: whatever the bytes and
// however they are cut, the decoder never crashes, never buffers more than
// its limit, and every frame it returns survives an encode/decode round trip.

#include "base/framedecoder.h"
#include "base/protocol.h"
#include "model/chatmessage.h"

#include <cstdint>
#include <cstdlib>

namespace {
constexpr qsizetype Limit = 1024; // small, so oversize lines are found quickly
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte says how the rest is cut into chunks, as TCP might.
    const size_t chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    FrameDecoder decoder(Limit);
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(chunk)) {
        const QList<FrameDecoder::Item> items = decoder.feed(bytes.mid(at, qsizetype(chunk)));
        if (decoder.bufferedBytes() > Limit)
            abort();
        for (const FrameDecoder::Item &item : items) {
            if (item.kind != FrameDecoder::Item::Kind::Frame)
                continue;
            if (Protocol::typeOf(item.frame).isEmpty())
                abort(); // a frame always has a type
            const QByteArray line = Protocol::encode(item.frame);
            if (line.count('\n') != 1 || !line.endsWith('\n'))
                abort(); // one frame, one line
            const auto again = Protocol::parse(line.chopped(1));
            if (!again || *again != item.frame)
                abort();
            if (const auto message = ChatMessageFrame::decode(item.frame)) {
                // The line written straight to bytes reads back as Qt writes it.
                const QByteArray direct = ChatMessageFrame::encodeLine(*message);
                const auto read = Protocol::parse(direct.chopped(1));
                if (!direct.endsWith('\n') || direct.count('\n') != 1 || !read ||
                    *read != ChatMessageFrame::encode(*message))
                    abort();
            }
        }
    }
    return 0;
}
