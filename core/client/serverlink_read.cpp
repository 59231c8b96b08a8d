// serverlink_read.cpp — ServerLink's part for what comes from the server:
// the greeting (a banner, TLS offered or not), then Salon frames, or raw
// text from a server that is not a Salon one.

#include "base/logging.h"
#include "base/protocol.h"
#include "client/serverlink.h"
#include "dialects/greeting.h"
#include "dialects/salonclientcodec.h"
#include "security/tlswirewatch.h"

#include <QSslSocket>

void ServerLink::readIncoming()
{
    if (m_socket.bytesAvailable() > 0)
        m_heartbeat.heard();
    if (TlsWireWatch *watch = TlsWireWatch::of(&m_socket))
        watch->noteIncoming();
    while (m_socket.bytesAvailable() > 0) {
        const QByteArray bytes = m_socket.read(ReadChunkBytes);
        if (m_tap)
            m_tap->recordBytes(m_connectionCount, peerText(), WireTap::Direction::In, bytes,
                               tapLayer());
        switch (m_state) {
        case State::WaitingForBanner:
            readGreeting(bytes);
            break;
        case State::Joining:
        case State::Connected:
            readFrames(bytes);
            break;
        case State::RawText:
            m_rawText->feed(bytes);
            break;
        default:
            break;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
}

void ServerLink::readGreeting(const QByteArray &bytes)
{
    m_greeting.append(bytes);
    const Greeting::Reading reading = Greeting::read(m_greeting);
    switch (reading.kind) {
    case Greeting::Reading::Kind::NotYet:
        return;
    case Greeting::Reading::Kind::Foreign:
        enterRawMode();
        return;
    case Greeting::Reading::Kind::Refused:
        fail(tr("The server turned us away: %1").arg(reading.reason));
        return;
    case Greeting::Reading::Kind::Banner:
        break;
    }
    if (!m_encrypted) {
        if (reading.offersTls && QSslSocket::supportsSsl()) {
            startTls();
            return;
        }
        if (!m_pinned.isEmpty()) {
            // It spoke TLS before: a server that suddenly doesn't may not be it.
            stopForIdentity({}, true);
            return;
        }
    }
    m_timeout.start(answerWaitMs());
    const QByteArray rest = reading.rest;
    m_greeting.clear();
    setState(State::Joining);
    ChatCommand hello = ChatCommand::of(ChatCommand::Kind::Hello);
    hello.nick = m_nick;
    hello.token = m_token;
    hello.code = m_roomCode;
    send(hello);
    if (!rest.isEmpty())
        readFrames(rest);
}

void ServerLink::enterRawMode()
{
    m_timeout.stop();
    setState(State::RawText);
    emit foreignServerDetected();
    const QByteArray greeting = std::exchange(m_greeting, {});
    if (!greeting.isEmpty())
        m_rawText->feed(greeting);
}

void ServerLink::readFrames(const QByteArray &bytes)
{
    const QList<FrameDecoder::Item> items = m_frames.feed(bytes);
    for (const FrameDecoder::Item &item : items) {
        switch (item.kind) {
        case FrameDecoder::Item::Kind::Frame:
            if (const auto event = SalonClientCodec::decode(item.frame))
                handleEvent(*event);
            break;
        case FrameDecoder::Item::Kind::Malformed:
            qCWarning(lcClient) << "malformed frame from server:" << item.line.left(200);
            break;
        case FrameDecoder::Item::Kind::Oversize:
            fail(tr("The server sent a frame over %1 KiB; the connection was closed.")
                     .arg(Protocol::MaxFrameBytes / 1024));
            return;
        }
        if (m_state != State::Joining && m_state != State::Connected)
            return;
    }
}
