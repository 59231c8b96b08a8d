#include "web/httprange.h"

namespace HttpRange {

namespace {

// A run of digits as a number; -1 when it is not one (or too big).
qint64 number(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

Result resolve(const QByteArray &header, qint64 size)
{
    const Result whole{Answer::Whole, 0, size};
    const QByteArray spec = header.trimmed();
    if (!spec.toLower().startsWith("bytes="))
        return whole;
    const QByteArrayView range = QByteArrayView(spec).sliced(6).trimmed();
    if (range.contains(','))
        return whole;
    const qsizetype dash = range.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView from = range.first(dash).trimmed();
    const QByteArrayView to = range.sliced(dash + 1).trimmed();
    if (from.isEmpty()) {
        // The last `suffix` bytes.
        const qint64 suffix = number(to);
        if (suffix < 0)
            return whole;
        if (suffix == 0 || size == 0)
            return {Answer::Unsatisfiable, 0, 0};
        const qint64 length = qMin(suffix, size);
        return {Answer::Partial, size - length, length};
    }
    const qint64 first = number(from);
    if (first < 0)
        return whole;
    qint64 last = size - 1;
    if (!to.isEmpty()) {
        last = number(to);
        if (last < 0 || last < first)
            return whole;
        last = qMin(last, size - 1);
    }
    if (first >= size)
        return {Answer::Unsatisfiable, 0, 0};
    return {Answer::Partial, first, last - first + 1};
}

} // namespace HttpRange
