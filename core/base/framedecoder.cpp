#include "base/framedecoder.h"

#include "base/protocol.h"

FrameDecoder::FrameDecoder(qsizetype maxFrameBytes) : m_lines(maxFrameBytes) {}

QList<FrameDecoder::Item> FrameDecoder::feed(const QByteArray &bytes)
{
    QList<Item> items;
    m_lines.append(bytes);
    for (int i = m_lines.takeOverflows(); i > 0; --i)
        items.append({Item::Kind::Oversize, {}, {}});
    while (m_lines.hasLine()) {
        const QByteArray line = m_lines.takeLine();
        if (line.trimmed().isEmpty())
            continue;
        if (const auto frame = Protocol::parse(line))
            items.append({Item::Kind::Frame, *frame, {}});
        else
            items.append({Item::Kind::Malformed, {}, line});
    }
    return items;
}
