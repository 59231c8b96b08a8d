#include "dialects/dialectdetector.h"

#include "dialects/salondialect.h"
#include "dialects/textdialect.h"

namespace {
// A TLS record: handshake (22), version 3.x. Nothing typed begins so.
constexpr char TlsRecord[] = {0x16, 0x03};
} // namespace

bool DialectDetector::isTlsRecord(const QByteArray &bytes)
{
    return bytes.size() >= 3 && bytes.at(0) == TlsRecord[0] && bytes.at(1) == TlsRecord[1] &&
           quint8(bytes.at(2)) <= 0x04;
}

bool DialectDetector::isHttpRequestLine(const QByteArray &line)
{
    // RFC 9112: method SP request-target SP HTTP-version. A method is an
    // upper-case token here (every browser's), the version HTTP/1.0 or 1.1.
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(0).size() > 16 ||
        parts.at(1).isEmpty())
        return false;
    for (const char c : parts.at(0)) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    const QByteArray &version = parts.at(2);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

bool DialectDetector::startsLikeRequestLine(const QByteArray &bytes)
{
    const qsizetype space = bytes.indexOf(' ');
    if (space <= 0 || space > 16 || bytes.size() < space + 2 || bytes.at(space + 1) != '/')
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        if (bytes.at(i) < 'A' || bytes.at(i) > 'Z')
            return false;
    }
    return true;
}

DialectDetector::Verdict DialectDetector::detect(const QByteArray &firstBytes) const
{
    const qsizetype known = qMin<qsizetype>(firstBytes.size(), 3);
    if (known > 0 && firstBytes.at(0) == TlsRecord[0]) {
        if (known == 1 || (firstBytes.at(1) == TlsRecord[1] && known == 2))
            return Verdict::NotYet;
        if (isTlsRecord(firstBytes))
            return Verdict::Tls;
    }
    const qsizetype newline = firstBytes.indexOf('\n');
    if (newline < 0) {
        if (firstBytes.size() < peekBytes())
            return Verdict::NotYet;
        // A request line longer than any line may be: still a browser's
        // (or an attack on one), answered as HTTP, never chat.
        return startsLikeRequestLine(firstBytes) ? Verdict::Http : Verdict::Text;
    }
    QByteArray line = firstBytes.left(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    if (isHttpRequestLine(line))
        return Verdict::Http;
    return SalonDialect::isHello(line) ? Verdict::Salon : Verdict::Text;
}

std::unique_ptr<Dialect> DialectDetector::dialectFor(Verdict verdict) const
{
    if (verdict == Verdict::Salon)
        return std::make_unique<SalonDialect>(m_maxFrameBytes);
    return std::make_unique<TextDialect>(m_maxTextLineBytes);
}
