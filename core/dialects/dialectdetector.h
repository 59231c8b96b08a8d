#pragma once

// dialectdetector.h — what a new connection speaks, judged from its first
// bytes alone (peeked, never read). Pure, so the fuzzer drives it:
//   - a first line that is a Salon hello: Salon;
//   - any other line, or more bytes than any line may hold: text;
//   - a TLS record (a ClientHello): TLS, which the handshake starts on the
//     same socket before looking again;
//   - a first line that is an HTTP request line ("GET / HTTP/1.1"), or
//     more bytes than any line may hold that begin like one: HTTP, a
//     browser, never chat;
//   - bytes with no newline yet: not known yet (the handshake's pause
//     decides: text).
// IRC (NICK/CAP) comes here next.

#include "dialects/dialect.h"

#include <QByteArray>

#include <memory>

class DialectDetector
{
public:
    enum class Verdict { NotYet, Salon, Text, Tls, Http };

    DialectDetector(qsizetype maxFrameBytes, qsizetype maxTextLineBytes)
        : m_maxFrameBytes(maxFrameBytes), m_maxTextLineBytes(maxTextLineBytes)
    {}

    // How many bytes detect() wants to see at most.
    qsizetype peekBytes() const { return qMax(m_maxFrameBytes, m_maxTextLineBytes) + 1; }
    Verdict detect(const QByteArray &firstBytes) const;
    // NotYet gives a text dialect: what a pause or a close decides. Tls has
    // none: the handshake looks again inside it. Nor has Http.
    std::unique_ptr<Dialect> dialectFor(Verdict verdict) const;

    // A TLS record's first bytes: handshake (22), version 3.x.
    static bool isTlsRecord(const QByteArray &bytes);
    // "METHOD TARGET HTTP/1.x", without its line ending.
    static bool isHttpRequestLine(const QByteArray &line);
    // "METHOD /…": the start of a request line.
    static bool startsLikeRequestLine(const QByteArray &bytes);

private:
    qsizetype m_maxFrameBytes;
    qsizetype m_maxTextLineBytes;
};
