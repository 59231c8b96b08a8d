#include "base/textcodec.h"

#include <QStringDecoder>

namespace TextCodec {

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

QString withoutControls(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool bidiControl = (code >= 0x202A && code <= 0x202E)     // embeddings, overrides
                                 || (code >= 0x2066 && code <= 0x2069); // isolates
        if (c == QLatin1Char('\t'))
            clean.append(QLatin1Char(' '));
        else if (bidiControl)
            clean.append(
                QStringLiteral("[U+%1]").arg(int(code), 4, 16, QLatin1Char('0')).toUpper());
        else if (c.category() != QChar::Other_Control)
            clean.append(c);
    }
    return clean;
}

} // namespace TextCodec
