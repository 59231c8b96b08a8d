#include "dialects/dialectdetector.h"

#include "dialects/salondialect.h"
#include "dialects/textdialect.h"

DialectDetector::Verdict DialectDetector::detect(const QByteArray &firstBytes) const
{
    const qsizetype newline = firstBytes.indexOf('\n');
    if (newline < 0)
        return firstBytes.size() >= peekBytes() ? Verdict::Text : Verdict::NotYet;
    QByteArray line = firstBytes.left(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    return SalonDialect::isHello(line) ? Verdict::Salon : Verdict::Text;
}

std::unique_ptr<Dialect> DialectDetector::dialectFor(Verdict verdict) const
{
    if (verdict == Verdict::Salon)
        return std::make_unique<SalonDialect>(m_maxFrameBytes);
    return std::make_unique<TextDialect>(m_maxTextLineBytes);
}
