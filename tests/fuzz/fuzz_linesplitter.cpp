// libFuzzer harness for the text-line splitter and the text decoding behind
// it: no crash, no line with a newline in it, never more buffered than the
// limit, and nothing shown with a control character in it.

#include "base/linesplitter.h"
#include "base/textcodec.h"

#include <cstdint>
#include <cstdlib>

namespace {
constexpr qsizetype Limit = 512;

void check(const QByteArray &line)
{
    if (line.contains('\n'))
        abort();
    const QString shown = TextCodec::withoutControls(TextCodec::decode(line));
    for (const QChar c : shown) {
        if (c.category() == QChar::Other_Control)
            abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    LineSplitter splitter(Limit);
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(chunk)) {
        splitter.append(bytes.mid(at, qsizetype(chunk)));
        if (splitter.hasPartial() && splitter.bufferedBytes() > Limit + qsizetype(chunk))
            abort();
        while (splitter.hasLine()) {
            const QByteArray line = splitter.takeLine();
            if (line.size() > Limit)
                abort();
            check(line);
        }
        // Every few chunks, the silence flush a text client's pause causes.
        if ((at / qsizetype(chunk)) % 3 == 2 && splitter.hasPartial())
            check(splitter.takePartial());
    }
    (void)splitter.takeOverflows();
    return 0;
}
