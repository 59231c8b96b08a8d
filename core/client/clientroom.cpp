#include "client/clientroom.h"

#include <QSet>

#include <utility>

ClientRoom::ClientRoom(const RoomId &id, QObject *parent) : QObject(parent), m_id(id) {}

void ClientRoom::clear()
{
    m_people.clear();
    m_listing.clear();
    emit peopleChanged(m_people);
}

void ClientRoom::apply(const ChatEvent &event)
{
    switch (event.kind) {
    case ChatEvent::Kind::Welcome:
        if (!event.nick.isEmpty())
            m_nick = event.nick;
        break;
    case ChatEvent::Kind::Message:
        emit messageReceived(event.message);
        break;
    case ChatEvent::Kind::People:
        // A crowd's list comes in parts: shown whole, once.
        m_listing += event.people.first(qMin(event.people.size(), MaxPeople - m_listing.size()));
        if (event.more)
            break;
        m_people = std::exchange(m_listing, {});
        emit peopleChanged(m_people);
        break;
    case ChatEvent::Kind::Joined: {
        // Several at once (a class at the bell): the list changes once.
        const QStringList nicks = event.people.isEmpty() ? QStringList{event.nick} : event.people;
        QSet<QString> known(m_people.cbegin(), m_people.cend());
        for (const QString &nick : nicks) {
            if (!known.contains(nick) && m_people.size() < MaxPeople) {
                m_people.append(nick);
                known.insert(nick);
            }
            emit personJoined(nick);
        }
        emit peopleChanged(m_people);
        break;
    }
    case ChatEvent::Kind::Left:
        m_people.removeAll(event.nick);
        emit personLeft(event.nick, event.reason);
        emit peopleChanged(m_people);
        break;
    case ChatEvent::Kind::Renamed: {
        const qsizetype index = m_people.indexOf(event.from);
        if (index >= 0)
            m_people[index] = event.to;
        if (event.from == m_nick)
            m_nick = event.to;
        emit personRenamed(event.from, event.to);
        emit peopleChanged(m_people);
        break;
    }
    case ChatEvent::Kind::Notice:
        emit noticeReceived(event.text);
        break;
    default:
        break;
    }
}
