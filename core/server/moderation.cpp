#include "server/moderation.h"

namespace {
// Members slow mode remembers at most; the oldest are forgotten first.
constexpr qsizetype MaxRemembered = 10000;
} // namespace

void Moderation::reset()
{
    m_quiet = false;
    m_slowSeconds = 0;
    m_private = PrivateMessages::All;
    m_muted.clear();
    m_lastSaid.clear();
}

void Moderation::setMuted(const QString &member, bool muted)
{
    if (muted)
        m_muted.insert(member);
    else
        m_muted.remove(member);
}

std::optional<ChatError> Moderation::refusal(const QString &member, bool isPrivate, bool toTeacher)
{
    return refusalAt(member, isPrivate, m_clock.elapsed(), toTeacher);
}

std::optional<ChatError> Moderation::refusalAt(const QString &member, bool isPrivate, qint64 nowMs,
                                               bool toTeacher)
{
    if (m_muted.contains(member))
        return ChatError{ErrorCode::Muted, {}};
    if (m_quiet)
        return ChatError{ErrorCode::Quiet, {}};
    if (isPrivate && m_private == PrivateMessages::Off)
        return ChatError{ErrorCode::PrivateOff, {}};
    if (isPrivate && m_private == PrivateMessages::TeacherOnly && !toTeacher)
        return ChatError{ErrorCode::PrivateTeacherOnly, {}};
    if (m_slowSeconds > 0) {
        const qint64 windowMs = qint64(m_slowSeconds) * 1000;
        const auto last = m_lastSaid.constFind(member);
        if (last != m_lastSaid.cend() && nowMs - *last < windowMs) {
            const qint64 waitMs = windowMs - (nowMs - *last);
            return ChatError{
                ErrorCode::SlowMode,
                {QString::number(m_slowSeconds), QString::number((waitMs + 999) / 1000)}};
        }
        if (m_lastSaid.size() >= MaxRemembered) {
            m_lastSaid.removeIf([nowMs, windowMs](const QHash<QString, qint64>::iterator &it) {
                return nowMs - it.value() >= windowMs;
            });
        }
        m_lastSaid.insert(member, nowMs);
    }
    return std::nullopt;
}
