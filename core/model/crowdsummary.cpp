#include "model/crowdsummary.h"

bool CrowdSummary::add(Kind kind, const QString &nick, qint64 nowMs)
{
    // Only the window's times are kept: the arrivals of the last 2 s.
    while (!m_recent.empty() && nowMs - m_recent.front() >= WindowMs)
        m_recent.pop_front();
    m_recent.push_back(nowMs);
    if (!m_inCrowd && int(m_recent.size()) <= OnTheirOwn)
        return true;
    m_inCrowd = true;
    QStringList *names = &m_held.renamed;
    int *count = &m_held.renamedCount;
    if (kind == Kind::Joined) {
        names = &m_held.joined;
        count = &m_held.joinedCount;
    } else if (kind == Kind::Left) {
        names = &m_held.left;
        count = &m_held.leftCount;
    }
    if (names->size() < NamesShown)
        names->append(nick);
    ++*count;
    return false;
}

CrowdSummary::Summary CrowdSummary::take(qint64 nowMs)
{
    Summary summary = m_held;
    m_held = {};
    if (summary.isEmpty()) {
        m_inCrowd = false;
        while (!m_recent.empty() && nowMs - m_recent.front() >= WindowMs)
            m_recent.pop_front();
    }
    return summary;
}
