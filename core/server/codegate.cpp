#include "server/codegate.h"

#include "model/roomcode.h"

namespace {
// At most this many addresses are remembered: a storm of fresh addresses
// (a spoofing LAN) can't grow the table without end.
constexpr int MaxSources = 4096;
constexpr qint64 MinuteMs = 60 * 1000;

void dropBefore(QList<qint64> &times, qint64 since)
{
    while (!times.isEmpty() && times.constFirst() <= since)
        times.removeFirst();
}
} // namespace

void CodeGate::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    m_sources.clear();
    m_roomWrong.clear();
    m_budgetWarned = false;
}

QString CodeGate::keyOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

CodeGate::Check CodeGate::check(const QHostAddress &address, const QString &answer)
{
    return checkAt(address, answer, now());
}

CodeGate::Check CodeGate::checkAt(const QHostAddress &address, const QString &answer, qint64 nowMs)
{
    Check result;
    if (!isRequired()) {
        result.verdict = Verdict::Accepted;
        return result;
    }
    // A waiting address is not even looked at: else guessing would go on.
    if (const qint64 wait = waitMsAt(address, nowMs); wait > 0) {
        result.verdict = Verdict::Blocked;
        result.waitMs = wait;
        return result;
    }
    if (RoomCode::matches(m_code, answer)) {
        result.verdict = Verdict::Accepted;
        return result;
    }
    dropBefore(m_roomWrong, nowMs - RoomWindowMs);
    m_roomWrong.append(nowMs);
    if (m_roomWrong.size() >= RoomBudget && !m_budgetWarned) {
        m_budgetWarned = true;
        result.budgetSpent = true;
    } else if (m_roomWrong.size() < RoomBudget / 2) {
        m_budgetWarned = false; // quiet again: the next storm warns again
    }
    // The teacher's own PC is never kept out (see the header).
    if (address.isLoopback())
        return result;
    const QString key = keyOf(address);
    if (!m_sources.contains(key) && m_sources.size() >= MaxSources) {
        // Forget someone who is not waiting; if all are, the oldest wait.
        auto victim = m_sources.begin();
        for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
            if (it->blockedUntil <= nowMs) {
                victim = it;
                break;
            }
        }
        m_sources.erase(victim);
    }
    Source &source = m_sources[key];
    dropBefore(source.wrong, nowMs - MinuteMs);
    source.wrong.append(nowMs);
    const int allowed = qMin(MaxWrongPerMinute, WrongPerMinute * (1 + source.members));
    if (source.wrong.size() >= allowed) {
        result.waitMs = qMin(MaxBlockMs, FirstBlockMs << qMin(source.blocks, 10));
        source.blockedUntil = nowMs + result.waitMs;
        ++source.blocks;
        source.wrong.clear();
        result.verdict = Verdict::WrongAndBlocked;
    }
    return result;
}

qint64 CodeGate::waitMsAt(const QHostAddress &address, qint64 nowMs) const
{
    if (address.isLoopback())
        return 0;
    const auto it = m_sources.constFind(keyOf(address));
    return it == m_sources.cend() ? 0 : qMax<qint64>(0, it->blockedUntil - nowMs);
}

void CodeGate::admitted(const QHostAddress &address)
{
    if (address.isLoopback() || !isRequired())
        return;
    if (!m_sources.contains(keyOf(address)) && m_sources.size() >= MaxSources)
        return;
    ++m_sources[keyOf(address)].members;
}

int CodeGate::wrongRecentlyAt(qint64 nowMs) const
{
    return int(std::count_if(m_roomWrong.cbegin(), m_roomWrong.cend(),
                             [nowMs](qint64 at) { return at > nowMs - RoomWindowMs; }));
}

int CodeGate::blockedNow() const
{
    const qint64 at = now();
    return int(std::count_if(m_sources.cbegin(), m_sources.cend(),
                             [at](const Source &source) { return source.blockedUntil > at; }));
}
