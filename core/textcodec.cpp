#include "textcodec.h"

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
        if (c == QLatin1Char('\t'))
            clean.append(QLatin1Char(' '));
        else if (c.category() != QChar::Other_Control)
            clean.append(c);
    }
    return clean;
}

} // namespace TextCodec
