#pragma once

// appsettings.h — the keys of what Salon remembers between runs (QSettings),
// and the defaults used the first time.

#include <QString>

namespace AppSettings {

inline constexpr char ClientHost[] = "client/host";
inline constexpr char ClientPort[] = "client/port";
inline constexpr char ClientNick[] = "client/nick";
inline constexpr char ClientGeometry[] = "client/geometry";
inline constexpr char ClientSplitter[] = "client/splitter";
inline constexpr char ClientLineEnding[] = "client/lineEnding";
// Room codes that let us in, by "host:port".
inline constexpr char ClientRoomCodes[] = "client/roomCodes";
// The certificate fingerprints (SHA-256, hex) people accepted, by "host:port".
inline constexpr char ClientPins[] = "client/pins";
inline constexpr char ServerPort[] = "server/port";
inline constexpr char ServerRoom[] = "server/room";
// The limits of the last collection (Room ▸ Collect work…).
inline constexpr char HandInTypes[] = "server/handInTypes";
inline constexpr char HandInFolder[] = "server/handInFolder";
inline constexpr char HandInMaxMegabytes[] = "server/handInMaxMB";
inline constexpr char HandInStudentMegabytes[] = "server/handInStudentMB";
// The teacher's name in the room, once they chose one (else the language's).
inline constexpr char ServerTeacherName[] = "server/teacherName";
inline constexpr char ServerGeometry[] = "server/geometry";
inline constexpr char ServerSplitter[] = "server/splitter";
inline constexpr char StartChoice[] = "start/choice";

// The login name, made into a valid nickname; "guest" when there is none.
QString defaultNick();

} // namespace AppSettings
