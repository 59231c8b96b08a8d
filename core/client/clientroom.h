#pragma once

// clientroom.h — one room as a client sees it: who is there, under which
// name we are, and what is said, kept up to date from the server's events.
// It knows no socket: the connection hands it the events for its room.

#include "model/chatevent.h"
#include "model/roomid.h"

#include <QObject>
#include <QStringList>

class ClientRoom : public QObject
{
    Q_OBJECT
public:
    explicit ClientRoom(const RoomId &id, QObject *parent = nullptr);

    const RoomId &id() const { return m_id; }
    QStringList people() const { return m_people; }
    // Our own name here: the one asked for, then the one the server gave.
    QString nick() const { return m_nick; }
    void setNick(const QString &nick) { m_nick = nick; }

    // The connection is gone: nobody is known to be here any more.
    void clear();
    // Message, People, Joined, Left, Renamed, Notice, Welcome; others are
    // the connection's business.
    void apply(const ChatEvent &event);

signals:
    void messageReceived(const ChatMessage &message);
    void peopleChanged(const QStringList &people);
    void personJoined(const QString &nick);
    void personLeft(const QString &nick, const QString &reason);
    void personRenamed(const QString &from, const QString &to);
    void noticeReceived(const QString &text);

private:
    // Ten schools on one PC: a server saying more is not believed.
    static constexpr qsizetype MaxPeople = 100'000;

    RoomId m_id;
    QString m_nick;
    QStringList m_people;
    QStringList m_listing; // a list still coming in parts
};
