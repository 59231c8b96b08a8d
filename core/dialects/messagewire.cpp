#include "dialects/messagewire.h"

#include "base/protocol.h"

#include <QJsonObject>

const QByteArray &MessageWire::salonLine() const
{
    if (m_salonLine.isEmpty())
        m_salonLine = Protocol::encode(ChatMessageFrame::encode(m_message));
    return m_salonLine;
}

const QByteArray &MessageWire::textLine() const
{
    if (m_textLine.isEmpty()) {
        const QString line =
            m_message.isPrivate()
                ? tr("[private] %1 -> %2: %3").arg(m_message.from, m_message.to, m_message.text)
                : m_message.from + QStringLiteral(": ") + m_message.text;
        m_textLine = line.toUtf8() + '\n';
    }
    return m_textLine;
}
