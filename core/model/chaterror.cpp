#include "model/chaterror.h"

#include <QCoreApplication>

namespace {
struct Entry
{
    ErrorCode code;
    const char *wireName;
    const char *sentence; // translated in the "ChatError" context
};

// Several codes share a wire name: the sentence says which field was wrong.
constexpr Entry Table[] = {
    {ErrorCode::AlreadyJoined, "already-joined",
     QT_TRANSLATE_NOOP("ChatError", "You are already in the room.")},
    {ErrorCode::NotJoined, "not-joined",
     QT_TRANSLATE_NOOP("ChatError", "Send a hello with your nickname first.")},
    {ErrorCode::HelloWithoutNick, "bad-frame",
     QT_TRANSLATE_NOOP("ChatError", "A hello needs a \"nick\" string.")},
    {ErrorCode::SayWithoutText, "bad-frame",
     QT_TRANSLATE_NOOP("ChatError", "A say needs a \"text\" string.")},
    {ErrorCode::PrivateWithoutFields, "bad-frame",
     QT_TRANSLATE_NOOP("ChatError", "A msg needs \"to\" and \"text\" strings.")},
    {ErrorCode::NickWithoutNick, "bad-frame",
     QT_TRANSLATE_NOOP("ChatError", "A nick needs a \"nick\" string.")},
    {ErrorCode::BadClientId, "bad-frame",
     QT_TRANSLATE_NOOP("ChatError",
                       "A \"cid\" must be 1 to %1 printable ASCII characters, without spaces.")},
    {ErrorCode::UnknownType, "unknown-type",
     QT_TRANSLATE_NOOP("ChatError", "Unknown frame type \"%1\".")},
    {ErrorCode::Malformed, "malformed",
     QT_TRANSLATE_NOOP("ChatError", "That frame is not a valid JSON object.")},
    {ErrorCode::FrameTooLong, "frame-too-long",
     QT_TRANSLATE_NOOP("ChatError", "A frame was longer than %1 KiB.")},
    {ErrorCode::LineTooLong, "line-too-long",
     QT_TRANSLATE_NOOP("ChatError", "Your line was longer than %1 KiB and was dropped.")},
    {ErrorCode::MessageTooLong, "message-too-long",
     QT_TRANSLATE_NOOP("ChatError",
                       "Your message has %1 characters; the most is %2. It was not sent.")},
    {ErrorCode::NoSuchNick, "no-such-nick",
     QT_TRANSLATE_NOOP("ChatError", "Nobody called \"%1\" is in the room.")},
    {ErrorCode::NoSuchRoom, "no-such-room",
     QT_TRANSLATE_NOOP("ChatError", "There is no room \"%1\" on this server.")},
    {ErrorCode::NickUsage, "usage", QT_TRANSLATE_NOOP("ChatError", "Usage: /nick NAME")},
    {ErrorCode::PrivateUsage, "usage", QT_TRANSLATE_NOOP("ChatError", "Usage: /msg NAME text")},
    {ErrorCode::HistoryUsage, "usage",
     QT_TRANSLATE_NOOP("ChatError", "Usage: /history, or /history N (how many messages)")},
    {ErrorCode::UnknownCommand, "unknown-command",
     QT_TRANSLATE_NOOP("ChatError",
                       "Unknown command /%1: it was not sent. The commands: /msg NAME text, "
                       "/nick NAME, /who, /hand, /help, /quit. To send a line that starts with "
                       "/, type // first.")},
    {ErrorCode::Flood, "flood",
     QT_TRANSLATE_NOOP("ChatError",
                       "You sent more than %1 lines faster than %2 per second: disconnected.")},
    {ErrorCode::HandshakeTimeout, "handshake-timeout",
     QT_TRANSLATE_NOOP("ChatError", "You did not join within %1 s.")},
    {ErrorCode::Kicked, "kicked",
     QT_TRANSLATE_NOOP("ChatError", "You were disconnected by the server: %1")},
    {ErrorCode::MissedTooMuch, "missed-too-much",
     QT_TRANSLATE_NOOP("ChatError",
                       "The room said more while you were coming in than the server keeps for a "
                       "newcomer (%1 KiB): connect again to read on from the latest.")},
    {ErrorCode::UnsupportedVersion, "unsupported-version",
     QT_TRANSLATE_NOOP("ChatError",
                       "This server speaks version %1 of the Salon protocol, not %2: update Salon "
                       "on one side or the other.")},
    {ErrorCode::StoppedReading, "stopped-reading",
     QT_TRANSLATE_NOOP("ChatError",
                       "You stopped reading, and more than %1 KiB waited for you: disconnected "
                       "after what was waiting. Connect again: the room's last messages come "
                       "back.")},
    {ErrorCode::RoomFull, "room-full",
     QT_TRANSLATE_NOOP("ChatError", "The room is full (%1 people). Try again later.")},
    {ErrorCode::RoomLocked, "room-locked",
     QT_TRANSLATE_NOOP("ChatError",
                       "The room is locked: the teacher lets nobody new in just now.")},
    {ErrorCode::CodeRequired, "code-required",
     QT_TRANSLATE_NOOP("ChatError", "This room needs a code: type the code the teacher shows.")},
    {ErrorCode::WrongCode, "wrong-code",
     QT_TRANSLATE_NOOP("ChatError", "Wrong code. Ask the teacher for the room's code.")},
    {ErrorCode::CodeWait, "code-wait",
     QT_TRANSLATE_NOOP("ChatError", "Too many wrong codes from your network: try again in %1 "
                                    "min.")},
    {ErrorCode::TlsRequired, "tls-required",
     QT_TRANSLATE_NOOP("ChatError",
                       "This room only accepts encrypted connections: join with Salon, or "
                       "type openssl s_client -quiet -connect %1")},
    {ErrorCode::Banned, "banned",
     QT_TRANSLATE_NOOP("ChatError",
                       "The teacher removed you from this room for the rest of the lesson.")},
    {ErrorCode::Muted, "muted",
     QT_TRANSLATE_NOOP("ChatError",
                       "The teacher muted you: you can read, but what you send is not delivered.")},
    {ErrorCode::Quiet, "quiet",
     QT_TRANSLATE_NOOP("ChatError",
                       "Only the teacher speaks just now: your message was not delivered.")},
    {ErrorCode::SlowMode, "slow-mode",
     QT_TRANSLATE_NOOP("ChatError",
                       "Slow mode: one message every %1 s. Wait %2 s, then send it again.")},
    {ErrorCode::PrivateOff, "private-off",
     QT_TRANSLATE_NOOP("ChatError", "Private messages are off in this room.")},
    {ErrorCode::PrivateTeacherOnly, "private-off",
     QT_TRANSLATE_NOOP("ChatError", "Private messages go only to and from the teacher just now.")},
    {ErrorCode::Other, "error", "%1"},
};

const Entry &entryOf(ErrorCode code)
{
    for (const Entry &entry : Table) {
        if (entry.code == code)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

QString ChatError::text() const
{
    const QString sentence = QCoreApplication::translate("ChatError", entryOf(code).sentence);
    // All at once: a value from the network that holds "%2" stays as it is.
    switch (args.size()) {
    case 0:
        return sentence;
    case 1:
        return sentence.arg(args.at(0));
    default:
        return sentence.arg(args.at(0), args.at(1));
    }
}

QString ChatError::wireNameOf(ErrorCode code)
{
    return QLatin1String(entryOf(code).wireName);
}

std::optional<ErrorCode> ChatError::fromWireName(const QString &name)
{
    for (const Entry &entry : Table) {
        if (name == QLatin1String(entry.wireName))
            return entry.code;
    }
    return std::nullopt;
}
