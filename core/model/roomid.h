#pragma once

// roomid.h — names one room of a server. Every command and every event
// carries one, so a second room is one more value, not one more code path.

#include <QHashFunctions>
#include <QString>

class RoomId
{
public:
    RoomId() = default;
    explicit RoomId(const QString &id) : m_id(id) {}

    // The room every server has: the one named after the host.
    static RoomId main() { return RoomId(QStringLiteral("main")); }

    // 1 to 32 characters among a–z, 0–9, '-' and '_': safe in a file name,
    // a URL and a log line.
    bool isValid() const;
    bool isEmpty() const { return m_id.isEmpty(); }
    const QString &toString() const { return m_id; }

    friend bool operator==(const RoomId &a, const RoomId &b) { return a.m_id == b.m_id; }
    friend bool operator!=(const RoomId &a, const RoomId &b) { return a.m_id != b.m_id; }
    friend size_t qHash(const RoomId &room, size_t seed = 0) { return qHash(room.m_id, seed); }

private:
    QString m_id;
};
