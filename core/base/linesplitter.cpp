#include "base/linesplitter.h"

LineSplitter::LineSplitter(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

void LineSplitter::setMaxLineBytes(qsizetype maxLineBytes)
{
    m_maxLineBytes = maxLineBytes;
    if (m_partial.size() > m_maxLineBytes) {
        m_partial.clear();
        m_discarding = true;
        ++m_overflows;
    }
}

void LineSplitter::append(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype remaining = bytes.size();
    while (remaining > 0) {
        const auto *newline = static_cast<const char *>(memchr(data, '\n', size_t(remaining)));
        const qsizetype chunk = newline ? newline - data : remaining;
        if (m_discarding) {
            if (newline)
                m_discarding = false;
        } else {
            appendToPartial(data, chunk);
            if (newline && !m_discarding) {
                if (m_partial.endsWith('\r'))
                    m_partial.chop(1);
                m_lines.append(m_partial);
                m_partial.clear();
            } else if (newline) {
                m_discarding = false;
            }
        }
        if (!newline)
            break;
        data = newline + 1;
        remaining -= chunk + 1;
    }
}

void LineSplitter::appendToPartial(const char *data, qsizetype size)
{
    // The check comes before the copy, so an endless line costs at most the limit.
    if (m_partial.size() + size > m_maxLineBytes) {
        m_partial.clear();
        m_discarding = true;
        ++m_overflows;
        return;
    }
    m_partial.append(data, size);
}

QByteArray LineSplitter::takeLine()
{
    return m_lines.isEmpty() ? QByteArray() : m_lines.takeFirst();
}

QByteArray LineSplitter::takePartial()
{
    QByteArray partial;
    partial.swap(m_partial);
    return partial;
}

int LineSplitter::takeOverflows()
{
    const int overflows = m_overflows;
    m_overflows = 0;
    return overflows;
}

qsizetype LineSplitter::bufferedBytes() const
{
    qsizetype total = m_partial.size();
    for (const QByteArray &line : m_lines)
        total += line.size();
    return total;
}
