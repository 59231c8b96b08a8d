#pragma once

// linesplitter.h — cuts a byte stream into lines ending in "\n" or "\r\n",
// never holding more than a fixed number of bytes of an unfinished line.

#include <QByteArray>
#include <QList>

class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes);

    void setMaxLineBytes(qsizetype maxLineBytes);
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

    // Adds received bytes. Complete lines become available through takeLine().
    // A line that grows past the limit is dropped up to its newline and
    // counted as an overflow; the bytes after that newline are kept.
    void append(const QByteArray &bytes);

    bool hasLine() const { return !m_lines.isEmpty(); }
    qsizetype lineCount() const { return m_lines.size(); }
    QByteArray takeLine();

    // The bytes received after the last newline: a text client's message
    // that was sent with no newline at all.
    bool hasPartial() const { return !m_partial.isEmpty(); }
    QByteArray takePartial();

    // How many over-long lines were dropped since the last call.
    int takeOverflows();

    qsizetype bufferedBytes() const;

private:
    void appendToPartial(const char *data, qsizetype size);

    qsizetype m_maxLineBytes;
    QByteArray m_partial;
    QList<QByteArray> m_lines;
    bool m_discarding = false;
    int m_overflows = 0;
};
