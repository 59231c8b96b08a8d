#pragma once

// protocol.h — the constants and the frame grammar of the Salon wire protocol
// (docs/protocol.md). Every function here is pure: bytes in, values out.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Protocol {

inline constexpr quint16 DefaultPort = 12800;
inline constexpr int Version = 1;

// The first bytes of the server's banner line; a Salon client knows a Salon
// server by them. The rest of the line is free, human-readable text.
inline constexpr char BannerPrefix[] = "SALON/1 ";
// Instead of the banner when the server turns a connection away (room full,
// too many connections from one address); the reason follows, then it closes.
inline constexpr char RefusalPrefix[] = "SALON/1 REFUSED ";
// Right after the prefix when the server speaks TLS on this port: a Salon
// client then starts TLS (its ClientHello as its first bytes), and is
// greeted again inside it. A server that never says it is never sent TLS.
inline constexpr char TlsOffer[] = "TLS ";

// Size bounds, checked before anything is buffered.
inline constexpr qsizetype MaxFrameBytes = 64 * 1024;    // one Salon JSON line
inline constexpr qsizetype MaxTextLineBytes = 16 * 1024; // one text-client line
inline constexpr qsizetype MaxMessageChars = 4000;       // the text of one message
inline constexpr int MaxNickChars = 24;
// A client's own id for a message it sends ("cid"), echoed back with it.
inline constexpr qsizetype MaxClientIdChars = 64;
// A member token, given in a welcome: 32 hex digits.
inline constexpr qsizetype MemberTokenChars = 32;

// Optional features a client asks for in its hello ("features") and the
// server names back in its welcome, for the ones it will use.
namespace Feature {
// The client reads a crowd's frames: a "joined" naming many ("nicks"), and
// a "users" list in parts ("more": true on all but the last).
inline constexpr char Crowd[] = "crowd";
} // namespace Feature
// At most this many features are read from a hello, each this long.
inline constexpr qsizetype MaxFeatures = 16;
inline constexpr qsizetype MaxFeatureChars = 32;
// A crowd's names go in frames of at most about this many bytes of names
// (counted as 3 bytes of UTF-8 for each UTF-16 unit, which no name exceeds),
// so a part is always well under MaxFrameBytes.
inline constexpr qsizetype CrowdPartBytes = 32 * 1024;

// Why a nickname was refused, in "nick-refused": for programs.
namespace NickRefusal {
inline constexpr char Invalid[] = "invalid"; // not a possible nickname
inline constexpr char Taken[] = "taken";     // someone in the room has it, or one like it
inline constexpr char Held[] = "held";       // kept for someone who dropped
inline constexpr char Banned[] = "banned";   // kept out by the teacher
} // namespace NickRefusal

// Frame "type" values.
namespace Type {
inline constexpr char Hello[] = "hello";
inline constexpr char Welcome[] = "welcome";
inline constexpr char NickRefused[] = "nick-refused";
inline constexpr char Say[] = "say";
inline constexpr char Message[] = "message";
inline constexpr char PrivateSend[] = "msg";
inline constexpr char Private[] = "private";
inline constexpr char Nick[] = "nick";
inline constexpr char Users[] = "users";
inline constexpr char Joined[] = "joined";
inline constexpr char Left[] = "left";
inline constexpr char Renamed[] = "renamed";
inline constexpr char Notice[] = "notice";
inline constexpr char Error[] = "error";
inline constexpr char Ping[] = "ping";
inline constexpr char Pong[] = "pong";
inline constexpr char Bye[] = "bye";
inline constexpr char Hand[] = "hand";
inline constexpr char Deleted[] = "deleted";
inline constexpr char File[] = "file";
inline constexpr char Collect[] = "collect";
inline constexpr char Sharing[] = "sharing";
} // namespace Type

// One JSON object as one compact line ending in '\n'.
QByteArray encode(const QJsonObject &frame);

// Parses one line (without its newline) as a frame: a JSON object with a
// non-empty string "type". Anything else gives nothing.
std::optional<QJsonObject> parse(const QByteArray &line);

// The "type" of a frame, or an empty string.
QString typeOf(const QJsonObject &frame);

// A string field, or nothing when absent or not a string.
std::optional<QString> stringField(const QJsonObject &frame, const char *key);

// The "cid" field when it is a valid client id: 1 to MaxClientIdChars
// printable ASCII characters, no space. Nothing when absent or not valid.
std::optional<QString> clientIdField(const QJsonObject &frame);
bool isValidClientId(const QString &clientId);

bool isBanner(const QByteArray &line);

} // namespace Protocol
