// libFuzzer harness for the server's whole decode path, from raw bytes to
// what the room sends back: the handshake's choice of dialect
// (DialectDetector, on every prefix as the bytes come), the transport's line
// cutting (LineSplitter at the dialect's bound), the dialect's decoding, and
// the encoding of the events a command makes. Whatever the bytes:
//   - nothing crashes and no buffer grows past its bound;
//   - a command's text, nick and name hold no control character;
//   - what goes back to a peer is whole lines: one Salon frame per line, and
//     one text line per message, so nobody's words can pose as another line.

#include "base/linesplitter.h"
#include "base/protocol.h"
#include "dialects/dialectdetector.h"
#include "dialects/encodedevent.h"

#include <cstdint>
#include <cstdlib>

namespace {
constexpr qsizetype MaxFrame = 2048; // small, so oversize lines are found quickly
constexpr qsizetype MaxTextLine = 512;

bool hasControls(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar(0x202e))
            return true;
    }
    return false;
}

// What the room would send back for a command, in the peer's own dialect.
QList<ChatEvent> answersTo(const ChatCommand &command)
{
    QList<ChatEvent> events;
    ChatEvent event;
    switch (command.kind) {
    case ChatCommand::Kind::Say:
    case ChatCommand::Kind::Private:
        event = ChatEvent::of(ChatEvent::Kind::Message);
        event.message.id = 1;
        event.message.time = QDateTime::currentDateTimeUtc();
        event.message.from = QStringLiteral("guest-1");
        event.message.to = command.to;
        event.message.text = command.text;
        if (command.kind == ChatCommand::Kind::Private)
            event.message.kind = ChatMessage::Kind::Private;
        events.append(event);
        event = ChatEvent::of(ChatEvent::Kind::History);
        event.messages = {events.constFirst().message};
        events.append(event);
        break;
    case ChatCommand::Kind::Hello:
    case ChatCommand::Kind::Rename:
        event = ChatEvent::of(ChatEvent::Kind::Renamed);
        event.from = command.nick;
        event.to = command.nick;
        events.append(event);
        event = ChatEvent::of(ChatEvent::Kind::NickRefused);
        event.nick = command.nick;
        event.reason = command.nick;
        events.append(event);
        break;
    case ChatCommand::Kind::Invalid:
        events.append(ChatEvent::ofError(command.error.code, command.error.args));
        break;
    default:
        events.append(ChatEvent::of(ChatEvent::Kind::Help));
        break;
    }
    return events;
}

void checkLines(const Dialect &dialect, const ChatEvent &event)
{
    const QByteArray bytes = EncodedEvent(event).bytesFor(dialect);
    if (bytes.isEmpty())
        return;
    if (!bytes.endsWith('\n'))
        abort();
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    if (dialect.kind() == Participant::Kind::Salon) {
        for (const QByteArray &line : lines) {
            if (!Protocol::parse(line))
                abort(); // every line a frame
        }
    } else if (event.kind == ChatEvent::Kind::Message && lines.size() != 1) {
        abort(); // one message, one line
    }
}

void handle(const Dialect &dialect, const QByteArray &unit)
{
    const ChatCommand command = dialect.decode(unit);
    if (hasControls(command.text) || hasControls(command.to))
        abort();
    for (const ChatEvent &event : answersTo(command))
        checkLines(dialect, event);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte: how the rest is cut into chunks, as TCP might. The
    // second: let the handshake decide, or force one dialect.
    const size_t chunk = 1 + data[0] % 64;
    const int choice = data[1] % 3;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const DialectDetector detector(MaxFrame, MaxTextLine);
    std::unique_ptr<Dialect> dialect;
    if (choice == 1)
        dialect = detector.dialectFor(DialectDetector::Verdict::Salon);
    else if (choice == 2)
        dialect = detector.dialectFor(DialectDetector::Verdict::Text);

    LineSplitter lines(dialect ? dialect->maxUnitBytes() : MaxTextLine);
    QByteArray seen; // what the handshake has peeked at so far
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(chunk)) {
        const QByteArray piece = bytes.mid(at, qsizetype(chunk));
        if (!dialect) {
            seen += piece;
            const auto verdict = detector.detect(seen.left(detector.peekBytes()));
            if (verdict == DialectDetector::Verdict::NotYet)
                continue;
            if (verdict == DialectDetector::Verdict::Tls) {
                // TLS takes every byte from here: none reaches the room as
                // chat, and more bytes never make it something else.
                if (detector.detect(bytes.left(detector.peekBytes())) !=
                    DialectDetector::Verdict::Tls)
                    abort();
                return 0;
            }
            if (verdict == DialectDetector::Verdict::Http) {
                // Answered and closed: nothing reaches the room. Only a
                // whole request line is taken for one.
                QByteArray line = seen.left(seen.indexOf('\n'));
                if (line.endsWith('\r'))
                    line.chop(1);
                if (!DialectDetector::isHttpRequestLine(line) &&
                    !DialectDetector::startsLikeRequestLine(seen))
                    abort();
                return 0;
            }
            dialect = detector.dialectFor(verdict);
            lines.setMaxLineBytes(dialect->maxUnitBytes());
            lines.append(seen);
        } else {
            lines.append(piece);
        }
        if (lines.bufferedBytes() > dialect->maxUnitBytes() * 2 + qsizetype(chunk))
            abort();
        (void)lines.takeOverflows();
        while (lines.hasLine())
            handle(*dialect, lines.takeLine());
    }
    // The pause after the last bytes: what waits is a text unit.
    if (!dialect) {
        dialect = detector.dialectFor(DialectDetector::Verdict::NotYet);
        lines.setMaxLineBytes(dialect->maxUnitBytes());
        lines.append(seen);
        while (lines.hasLine())
            handle(*dialect, lines.takeLine());
    }
    if (dialect->takesUnitsEndedBySilence() && lines.hasPartial())
        handle(*dialect, lines.takePartial());
    return 0;
}
