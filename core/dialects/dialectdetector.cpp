#include "dialects/dialectdetector.h"

#include "dialects/salondialect.h"
#include "dialects/textdialect.h"

DialectDetector::Verdict DialectDetector::detect(const QByteArray &firstBytes) const
{
    // A TLS record: handshake (22), version 3.x. Nothing typed begins so.
    static constexpr char TlsRecord[] = {0x16, 0x03};
    const qsizetype known = qMin<qsizetype>(firstBytes.size(), 3);
    if (known > 0 && firstBytes.at(0) == TlsRecord[0]) {
        if (known == 1 || (firstBytes.at(1) == TlsRecord[1] && known == 2))
            return Verdict::NotYet;
        if (firstBytes.at(1) == TlsRecord[1] && quint8(firstBytes.at(2)) <= 0x04)
            return Verdict::Tls;
    }
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
