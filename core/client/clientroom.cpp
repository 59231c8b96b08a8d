#include "client/clientroom.h"

ClientRoom::ClientRoom(const RoomId &id, QObject *parent) : QObject(parent), m_id(id) {}

void ClientRoom::clear()
{
    m_people.clear();
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
        m_people = event.people;
        emit peopleChanged(m_people);
        break;
    case ChatEvent::Kind::Joined:
        if (!m_people.contains(event.nick))
            m_people.append(event.nick);
        emit personJoined(event.nick);
        emit peopleChanged(m_people);
        break;
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
