#include "dialects/encodedevent.h"

const QByteArray &EncodedEvent::bytesFor(const void *key, const Dialect &dialect) const
{
    for (const auto &[encodedBy, bytes] : m_bytes) {
        if (encodedBy == key)
            return bytes;
    }
    m_bytes.append({key, dialect.encode(m_event)});
    return m_bytes.last().second;
}
