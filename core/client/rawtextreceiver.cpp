#include "client/rawtextreceiver.h"

#include "base/protocol.h"
#include "base/textcodec.h"

RawTextReceiver::RawTextReceiver(QObject *parent)
    : QObject(parent), m_lines(Protocol::MaxTextLineBytes)
{
    m_silence.setSingleShot(true);
    m_silence.setInterval(100);
    connect(&m_silence, &QTimer::timeout, this, &RawTextReceiver::flush);
}

void RawTextReceiver::feed(const QByteArray &bytes)
{
    m_lines.append(bytes);
    if (m_lines.takeOverflows() > 0)
        emit lineTooLong(m_lines.maxLineBytes());
    while (m_lines.hasLine())
        emit textReceived(TextCodec::withoutControls(TextCodec::decode(m_lines.takeLine())));
    if (m_lines.hasPartial())
        m_silence.start();
}

void RawTextReceiver::flush()
{
    m_silence.stop();
    if (m_lines.hasPartial())
        emit textReceived(TextCodec::withoutControls(TextCodec::decode(m_lines.takePartial())));
}

void RawTextReceiver::reset()
{
    m_silence.stop();
    m_lines = LineSplitter(Protocol::MaxTextLineBytes);
}
