#pragma once

// framedecoder.h — the incremental decoder of the Salon protocol: bytes in,
// complete and valid JSON frames out, with every line size-checked before it
// is buffered.

#include "base/linesplitter.h"

#include <QJsonObject>
#include <QList>

class FrameDecoder
{
public:
    struct Item
    {
        enum class Kind { Frame, Malformed, Oversize };
        Kind kind = Kind::Frame;
        QJsonObject frame; // for Frame
        QByteArray line;   // for Malformed: what was received
    };

    explicit FrameDecoder(qsizetype maxFrameBytes);

    // Everything that the new bytes complete, in order. Empty lines are skipped.
    QList<Item> feed(const QByteArray &bytes);

    qsizetype bufferedBytes() const { return m_lines.bufferedBytes(); }

private:
    LineSplitter m_lines;
};
