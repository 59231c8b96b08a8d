#include "base/textcodec.h"

#include <QStringDecoder>
#include <QTextBoundaryFinder>

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
    int spaces = 0; // in a row, at the end of `clean`
    const auto appendSpace = [&clean, &spaces](QChar space) {
        if (++spaces <= MaxSpaceRun)
            clean.append(space);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t code = c.unicode();
        const QChar::Category category = c.category();
        if (category == QChar::Separator_Space) { // a no-break space stays one
            appendSpace(c);
            continue;
        }
        if (c == QLatin1Char('\t') || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            appendSpace(QLatin1Char(' '));
            continue;
        }
        if (category != QChar::Other_Control)
            spaces = 0;
        // A surrogate is kept only as half of a pair (JSON's "\ud800" alone
        // is no character): a lone one becomes U+FFFD.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c).append(text.at(++i));
            continue;
        }
        if (c.isSurrogate()) {
            clean.append(QChar::ReplacementCharacter);
            continue;
        }
        const bool bidiControl = (code >= 0x202A && code <= 0x202E)     // embeddings, overrides
                                 || (code >= 0x2066 && code <= 0x2069); // isolates
        if (bidiControl)
            clean.append(
                QStringLiteral("[U+%1]").arg(int(code), 4, 16, QLatin1Char('0')).toUpper());
        else if (c.category() != QChar::Other_Control)
            clean.append(c);
    }
    return clean;
}

qsizetype characterCount(const QString &text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (graphemes.toNextBoundary() >= 0)
        ++count;
    return count;
}

} // namespace TextCodec
