#pragma once

// dialect.h — one wire language the server speaks with a kind of peer:
// units of bytes in (a line, later a WebSocket message), commands out;
// events in, bytes out. Nothing outside a dialect knows a wire format.
// A dialect keeps no state about its peer, so one broadcast is encoded once
// per dialect and the bytes shared by every receiver (see EncodedEvent).

#include "model/chatcommand.h"
#include "model/chatevent.h"
#include "model/participant.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class Dialect
{
public:
    virtual ~Dialect() = default;

    // For the people list: which kind of client this is.
    virtual Participant::Kind kind() const = 0;
    // "Salon", "Text": a word for the people list.
    virtual QString displayName() const = 0;
    // "Salon client", "text client": for a sentence in the server's log.
    virtual QString description() const = 0;
    // A hint beside the word, where one helps ("nc, telnet, a Python script…").
    virtual QString hint() const = 0;

    // The largest unit a peer may send; a longer one is dropped.
    virtual qsizetype maxUnitBytes() const = 0;
    // Whether a longer unit ends the connection (a broken program) or only
    // that line (a person who pasted too much).
    virtual bool closesOnOversizedUnit() const = 0;
    // Whether bytes with no line end, followed by a pause, are a unit too
    // (the tutorial's client sends input() without a newline).
    virtual bool takesUnitsEndedBySilence() const = 0;
    // Whether the peer answers pings, so silence means a lost connection.
    virtual bool answersPings() const = 0;
    // Whether the peer asks to join (a hello), or is let in as a guest.
    virtual bool asksToJoin() const = 0;

    // One unit (without its line end) as a command.
    virtual ChatCommand decode(const QByteArray &unit) const = 0;
    // One event as the bytes this peer gets (empty: nothing to send).
    virtual QByteArray encode(const ChatEvent &event) const = 0;
    // Dialects that encode alike share a key, and so the bytes of a broadcast.
    virtual const void *encodingKey() const = 0;

    // This dialect with the optional features a hello asks for, where it
    // has any of them (docs/protocol.md, "Features"); nothing otherwise.
    virtual std::unique_ptr<Dialect> withFeatures(const QStringList &features) const
    {
        Q_UNUSED(features);
        return nullptr;
    }
};
