#include "model/roomid.h"

bool RoomId::isValid() const
{
    if (m_id.isEmpty() || m_id.size() > 32)
        return false;
    for (const QChar c : m_id) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!allowed)
            return false;
    }
    return true;
}
