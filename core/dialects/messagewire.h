#pragma once

// messagewire.h — one accepted message as the bytes each kind of peer gets:
// a Salon frame or a text line. A broadcast makes each form once, however
// many people receive it; fan-out is then a copy per receiver.

#include "model/chatmessage.h"

#include <QByteArray>
#include <QCoreApplication>

class MessageWire
{
    Q_DECLARE_TR_FUNCTIONS(MessageWire)
public:
    explicit MessageWire(const ChatMessage &message) : m_message(message) {}

    const ChatMessage &message() const { return m_message; }
    // {"type":"message",…}\n for Salon clients.
    const QByteArray &salonLine() const;
    // "alice: hello\n" (or "[private] …") for text clients.
    const QByteArray &textLine() const;

private:
    ChatMessage m_message;
    mutable QByteArray m_salonLine;
    mutable QByteArray m_textLine;
};
