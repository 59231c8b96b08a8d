#include "server/peersession.h"

#include "dialects/dialectdetector.h"
#include "dialects/salondialect.h"
#include "server/transport.h"

#include <limits>
#include <utility>

PeerSession::PeerSession(quint64 id, Transport *transport, std::unique_ptr<Dialect> dialect,
                         const ServerLimits &limits, int silenceMs, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_dialect(std::move(dialect))
    , m_limits(limits)
    , m_flood(limits.floodRate, limits.floodBurst)
    , m_heartbeat(limits.heartbeatIntervalMs, limits.heartbeatTimeoutMs)
{
    m_transport->setParent(this);
    m_transport->setMaxUnitBytes(m_dialect->maxUnitBytes());
    m_encodingKey = m_dialect->encodingKey();
    m_participant.id = id;
    m_participant.address = transport->peerAddress();
    m_participant.port = transport->peerPort();
    m_participant.kind = m_dialect->kind();
    m_participant.kindName =
        transport->kindName().isEmpty() ? m_dialect->displayName() : transport->kindName();
    m_participant.kindDescription = transport->kindDescription().isEmpty()
                                        ? m_dialect->description()
                                        : transport->kindDescription();
    m_participant.kindHint = m_dialect->hint();
    m_participant.connectedSince = QDateTime::currentDateTime();
    m_participant.encrypted = transport->isEncrypted();

    m_silence.setInterval(silenceMs);
    for (QTimer *timer : {&m_floodDelay, &m_silence, &m_joinDeadline})
        timer->setSingleShot(true);
    m_heartbeatTick.setInterval(m_heartbeat.checkEveryMs());

    connect(m_transport, &Transport::arrived, this, &PeerSession::handleArrival);
    connect(m_transport, &Transport::closed, this, &PeerSession::handleTransportClosed);
    connect(&m_silence, &QTimer::timeout, this, &PeerSession::takeSilentUnit);
    connect(&m_joinDeadline, &QTimer::timeout, this, &PeerSession::giveUpJoining);
    connect(&m_heartbeatTick, &QTimer::timeout, this, &PeerSession::checkHeartbeat);
    m_lingering.setSingleShot(true);
    connect(&m_lingering, &QTimer::timeout, this, [this] { m_transport->abort(); });
    connect(&m_floodDelay, &QTimer::timeout, this, &PeerSession::processWaitingUnits);
}

QString PeerSession::baseUrl() const
{
    QHostAddress local = m_transport->localAddress();
    bool mapped = false;
    const quint32 ipv4 = local.toIPv4Address(&mapped);
    if (mapped)
        local = QHostAddress(ipv4);
    local.setScopeId({});
    const QString host = local.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + local.toString() + QLatin1Char(']')
                             : local.toString();
    return (m_transport->isEncrypted() ? QStringLiteral("https://") : QStringLiteral("http://")) +
           host + QLatin1Char(':') + QString::number(m_transport->localPort());
}

void PeerSession::start()
{
    // A Salon client must say hello in time, a text client give the room's code.
    if (!m_joined)
        m_joinDeadline.start(m_limits.handshakeTimeoutMs);
    m_transport->begin();
}

void PeerSession::setWireTap(WireTap *tap, bool stateShown)
{
    m_transport->setWireTap(tap, m_participant.id, m_participant.endpoint(), stateShown);
}

QString PeerSession::who() const
{
    return m_participant.nick.isEmpty() ? m_participant.endpoint() : m_participant.nick;
}

void PeerSession::handleArrival()
{
    if (m_closing)
        return;
    m_heartbeat.heard();
    if (const int oversized = m_transport->takeOversized()) {
        const qsizetype kib = m_dialect->maxUnitBytes() / 1024;
        emit problem(tr("%1 sent a line over %2 KiB, which was dropped.").arg(who()).arg(kib));
        if (m_dialect->closesOnOversizedUnit()) {
            m_closeReason = tr("sent a frame over %1 KiB").arg(kib);
            sendError(ErrorCode::FrameTooLong, {QString::number(kib)});
            m_transport->flush(); // the reason leaves before the connection closes
            abort();
            return;
        }
        sendError(ErrorCode::LineTooLong, {QString::number(kib)});
    }
    if (m_limits.floodControl && m_transport->unitsWaiting() > m_limits.floodMaxQueued) {
        refuseFlood();
        return;
    }
    processUnits();
    if (m_dialect->takesUnitsEndedBySilence() && m_transport->hasPartial())
        m_silence.start();
    else
        m_silence.stop();
}

void PeerSession::resumeInput()
{
    m_inputPaused = false;
    processWaitingUnits();
}

bool PeerSession::hasUnreadInput() const
{
    return m_transport->hasUnit() || m_transport->hasPartial();
}

void PeerSession::readLastWords()
{
    // Read as if open: the lines go through the same checks (flood control
    // included), and whatever they bring back goes nowhere.
    m_inputPaused = false;
    m_closing = false;
    processUnits();
    takeSilentUnit(); // `printf hi | nc`: the last bytes had no newline
    stopTimers();
    m_closing = true;
}

void PeerSession::processWaitingUnits()
{
    processUnits();
    if (m_dialect->takesUnitsEndedBySilence() && m_transport->hasPartial() && !m_silence.isActive())
        m_silence.start();
}

void PeerSession::processUnits()
{
    while (m_transport->hasUnit() && !m_closing && !m_inputPaused) {
        if (m_limits.floodControl && !m_flood.tryTake()) {
            // Fake lag: the line waits for its token; nobody else is delayed.
            m_floodDelay.start(m_flood.msUntilNextToken());
            return;
        }
        handleUnit(m_transport->takeUnit());
    }
}

void PeerSession::takeSilentUnit()
{
    if (m_closing || m_inputPaused || !m_transport->hasPartial())
        return; // resumeInput looks again
    // The chunk comes after the lines still waiting, and waits for a token too.
    if (m_transport->hasUnit())
        return; // m_floodDelay takes it after them
    if (m_limits.floodControl && !m_flood.tryTake()) {
        m_silence.start(m_flood.msUntilNextToken());
        return;
    }
    handleUnit(m_transport->takePartial());
}

void PeerSession::handleUnit(const QByteArray &unit)
{
    // A ClientHello, a browser's request or a Salon client's hello that came
    // after the handshake took the peer for a text client (a lossy link
    // delayed it, or a client too busy to answer in time): never chat.
    if (std::exchange(m_firstUnit, false) && !m_dialect->asksToJoin()) {
        const QByteArray line = unit.endsWith('\r') ? unit.chopped(1) : unit;
        QString late;
        if (DialectDetector::isTlsRecord(unit))
            late = tr("TLS that came too late, after the room took it for a text client");
        else if (DialectDetector::isHttpRequestLine(line))
            late = tr("a web browser (HTTP) that came too late, after the room took it "
                      "for a text client");
        else if (SalonDialect::isHello(line))
            late = tr("a Salon client whose hello came too late, after the room took it "
                      "for a text client");
        if (!late.isEmpty()) {
            m_closeReason = late;
            emit problem(tr("%1 was closed: %2.").arg(who(), m_closeReason));
            abort();
            return;
        }
    }
    const ChatCommand command = m_dialect->decode(unit);
    switch (command.kind) {
    case ChatCommand::Kind::Nothing:
    case ChatCommand::Kind::Pong:
        return;
    case ChatCommand::Kind::Ping: {
        ChatEvent pong = ChatEvent::of(ChatEvent::Kind::Pong);
        pong.pingId = command.pingId;
        send(pong);
        return;
    }
    case ChatCommand::Kind::Help:
        send(ChatEvent::of(ChatEvent::Kind::Help));
        return;
    case ChatCommand::Kind::Invalid:
        if (command.error.code == ErrorCode::Malformed)
            emit problem(
                tr("%1 sent a frame that is not valid JSON.").arg(m_participant.endpoint()));
        send(ChatEvent::ofError(command.error.code, command.error.args));
        return;
    case ChatCommand::Kind::Hello:
        if (m_joined) {
            sendError(ErrorCode::AlreadyJoined);
            return;
        }
        // From here on, the frames it said it reads (its welcome says which).
        if (std::unique_ptr<Dialect> spoken = m_dialect->withFeatures(command.features)) {
            m_dialect = std::move(spoken);
            m_encodingKey = m_dialect->encodingKey();
        }
        break;
    case ChatCommand::Kind::Leave:
        break;
    default:
        if (m_answeringCode && command.kind == ChatCommand::Kind::Say)
            break; // the room's code: the server checks it
        if (m_answeringCode) {
            send(ChatEvent::of(ChatEvent::Kind::CodeAsked));
            return;
        }
        if (!m_joined) {
            sendError(ErrorCode::NotJoined, {}, command.clientId);
            return;
        }
        break;
    }
    emit commandReceived(command);
}

void PeerSession::refuseFlood()
{
    m_closeReason = tr("flooding: more than %1 lines waiting").arg(m_limits.floodMaxQueued);
    emit problem(tr("%1 was disconnected for flooding.").arg(who()));
    sendError(ErrorCode::Flood,
              {QString::number(m_limits.floodMaxQueued), QString::number(m_limits.floodRate)});
    closeWithGoodbye(tr("Goodbye."));
}

void PeerSession::giveUpJoining()
{
    if (m_joined || m_closing)
        return;
    const QString seconds = QString::number(m_limits.handshakeTimeoutMs / 1000);
    m_closeReason = tr("did not join within %1 s").arg(seconds);
    sendError(ErrorCode::HandshakeTimeout, {seconds});
    closeWithGoodbye(tr("Goodbye."));
}

void PeerSession::checkHeartbeat()
{
    if (m_closing)
        return;
    switch (m_heartbeat.step()) {
    case Heartbeat::Step::Wait:
        break;
    case Heartbeat::Step::Ping:
        send(ChatEvent::of(ChatEvent::Kind::Ping));
        break;
    case Heartbeat::Step::GiveUp:
        m_closeReason =
            tr("no answer for %1 s: connection lost").arg(m_heartbeat.silentMs() / 1000);
        abort();
        break;
    }
}

void PeerSession::join(const QString &nick)
{
    m_participant.nick = nick;
    m_joined = true;
    m_joinDeadline.stop();
    if (m_dialect->answersPings())
        m_heartbeatTick.start();
}

void PeerSession::send(const EncodedEvent &event)
{
    write(event.bytesFor(m_encodingKey, *m_dialect));
}

void PeerSession::send(const ChatEvent &event)
{
    write(m_dialect->encode(event));
}

void PeerSession::sendError(ErrorCode code, const QStringList &args, const QString &clientId)
{
    send(ChatEvent::ofError(code, args, clientId));
}

void PeerSession::holdOutput()
{
    m_holding = true;
}

void PeerSession::releaseOutput(const std::function<void()> &first)
{
    m_holding = false;
    const QByteArray waited = std::exchange(m_held, {});
    if (first)
        first();
    write(waited);
}

void PeerSession::write(const QByteArray &bytes)
{
    if (m_closing || bytes.isEmpty())
        return;
    if (m_holding) {
        // A few notices at most in practice; one that waits for more than a
        // send queue holds is a reader that stopped.
        if (m_held.size() + bytes.size() > m_limits.maxSendQueueBytes) {
            m_holding = false;
            m_held.clear();
            giveUpOnReader();
            return;
        }
        m_held += bytes;
        return;
    }
    if (m_transport->queue(bytes, m_limits.maxSendQueueBytes) == Transport::Queued::Full)
        giveUpOnReader();
}

void PeerSession::giveUpOnReader()
{
    m_closeReason = tr("send queue exceeded: the client stopped reading");
    emit problem(tr("%1 stopped reading; disconnected.").arg(m_participant.endpoint()));
    // Why, after all that waits for it: a reader that wakes up reads its
    // backlog, then this, then the end (never a connection that just ends).
    const QByteArray why = m_dialect->encode(ChatEvent::ofError(
        ErrorCode::StoppedReading, {QString::number(m_limits.maxSendQueueBytes / 1024)}));
    m_transport->queue(why, std::numeric_limits<qint64>::max());
    m_closing = true;
    stopTimers();
    m_transport->closeAfterWriting();
    // One that never wakes is let go of after the heartbeat's timeout.
    m_lingering.start(m_limits.heartbeatTimeoutMs);
    emit gone();
}

void PeerSession::closeWithGoodbye(const QString &text)
{
    if (m_closing)
        return;
    if (m_holding) // let go before its welcome: what waited leaves first
        releaseOutput({});
    ChatEvent goodbye = ChatEvent::of(ChatEvent::Kind::Goodbye);
    goodbye.text = text;
    send(goodbye);
    m_closing = true;
    stopTimers();
    m_transport->closeAfterWriting();
}

void PeerSession::abort()
{
    m_closing = true;
    stopTimers();
    m_transport->abort();
}

void PeerSession::handleTransportClosed(const QString &reason)
{
    if (!m_closing)
        takeSilentUnit(); // `printf hi | nc`: the last bytes had no newline
    stopTimers();
    m_lingering.stop();
    if (m_closeReason.isEmpty())
        m_closeReason = reason;
    m_closing = true;
    emit closed();
}

void PeerSession::stopTimers()
{
    m_silence.stop();
    m_joinDeadline.stop();
    m_floodDelay.stop();
    m_heartbeatTick.stop();
}
