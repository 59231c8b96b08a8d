#pragma once

// participant.h — one person in the room, as the server sees them.

#include <QDateTime>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

struct Participant
{
    enum class Kind { Salon, Text };

    quint64 id = 0;
    QString nick;
    QHostAddress address;
    quint16 port = 0;
    Kind kind = Kind::Text;
    // In the words of the dialect the peer speaks: "Salon", "Text"; "Salon
    // client", "text client"; and a hint for a tooltip, maybe empty.
    QString kindName;
    QString kindDescription;
    QString kindHint;
    QDateTime connectedSince;
    // Speaks to the room through TLS: nobody on the network reads it.
    bool encrypted = false;

    // "192.0.2.4:50312" or "[2001:db8::4]:50312", as a person would type it.
    QString endpoint() const { return endpointOf(address, port); }
    static QString endpointOf(const QHostAddress &address, quint16 port);
};

Q_DECLARE_METATYPE(Participant)
