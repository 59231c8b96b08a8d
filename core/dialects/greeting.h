#pragma once

// greeting.h — the first line the server sends on the room's port, before it
// knows what the peer speaks: a banner a person can read and a Salon client
// recognises (SALON/1 …), or the reason the door is closed.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Greeting
{
    Q_DECLARE_TR_FUNCTIONS(Greeting)
public:
    static QByteArray banner();
    static QByteArray refusal(const QString &reason);
};
