#pragma once

// httprange.h — which bytes of a file a request's Range header asks for
// (RFC 9110 §14): "bytes=100-", "bytes=100-199", "bytes=-500". One range
// only; several, or a header that is not understood, get the whole file,
// as the RFC allows. Pure: a download resumed with `curl -C -` comes here.

#include <QByteArray>

namespace HttpRange {

enum class Answer {
    Whole,         // 200, every byte
    Partial,       // 206, `length` bytes from `first`
    Unsatisfiable, // 416: the range starts past the end
};

struct Result
{
    Answer answer = Answer::Whole;
    qint64 first = 0;
    qint64 length = 0;
};

Result resolve(const QByteArray &header, qint64 size);

} // namespace HttpRange
