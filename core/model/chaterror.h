#pragma once

// chaterror.h — every error the server can tell a peer, as a code. One table
// gives each code its name on the wire and its sentence for a person; the
// dialects put them in their own form.

#include <QString>
#include <QStringList>

#include <optional>

enum class ErrorCode {
    AlreadyJoined,
    NotJoined,
    HelloWithoutNick,
    SayWithoutText,
    PrivateWithoutFields,
    NickWithoutNick,
    BadClientId,
    UnknownType,
    Malformed,
    FrameTooLong,
    LineTooLong,
    MessageTooLong,
    NoSuchNick,
    NoSuchRoom,
    NickUsage,
    PrivateUsage,
    HistoryUsage,
    UnknownCommand,
    Flood,
    HandshakeTimeout,
    Kicked,
    MissedTooMuch,
    UnsupportedVersion,
    StoppedReading,
    RoomFull,
    RoomLocked,
    Muted,
    Banned,
    Quiet,
    SlowMode,
    PrivateOff,
    PrivateTeacherOnly,
    CodeRequired,
    WrongCode,
    CodeWait,
    TlsRequired,
    Other, // a code this program does not know (from a newer server)
};

// One error with the values its sentence names (%1, %2…).
struct ChatError
{
    ErrorCode code = ErrorCode::Malformed;
    QStringList args;

    // "bad-frame", "flood"…: what the Salon protocol carries in "code".
    QString wireName() const { return wireNameOf(code); }
    // The sentence for a person, in the program's language.
    QString text() const;

    static QString wireNameOf(ErrorCode code);
    static std::optional<ErrorCode> fromWireName(const QString &name);
};
