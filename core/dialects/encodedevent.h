#pragma once

// encodedevent.h — one event for many receivers: each dialect's bytes are
// made the first time a receiver of that dialect needs them, then shared.
// A broadcast to 500 people costs one encoding per dialect, not 500.

#include "dialects/dialect.h"
#include "model/chatevent.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <utility>

class EncodedEvent
{
public:
    explicit EncodedEvent(ChatEvent event) : m_event(std::move(event)) {}

    const ChatEvent &event() const { return m_event; }
    // Valid until the next call: write it before asking for another.
    const QByteArray &bytesFor(const Dialect &dialect) const
    {
        return bytesFor(dialect.encodingKey(), dialect);
    }
    // The same, with the dialect's encodingKey() already known (a broadcast
    // asks for every receiver).
    const QByteArray &bytesFor(const void *key, const Dialect &dialect) const;

private:
    ChatEvent m_event;
    mutable QVarLengthArray<std::pair<const void *, QByteArray>, 4> m_bytes;
};
