#include "crowdlog.h"

#include "chatlogview.h"

#include <QLocale>

CrowdLog::CrowdLog(ChatLogView *log, QObject *parent) : QObject(parent), m_log(log)
{
    m_clock.start();
    m_summaries.setInterval(CrowdSummary::SummaryEveryMs);
    connect(&m_summaries, &QTimer::timeout, this, &CrowdLog::summarise);
}

void CrowdLog::joined(const QString &nick, const QString &sentence)
{
    add(CrowdSummary::Kind::Joined, nick, sentence);
}

void CrowdLog::left(const QString &nick, const QString &sentence)
{
    add(CrowdSummary::Kind::Left, nick, sentence);
}

void CrowdLog::renamed(const QString &newNick, const QString &sentence)
{
    add(CrowdSummary::Kind::Renamed, newNick, sentence);
}

void CrowdLog::add(CrowdSummary::Kind kind, const QString &nick, const QString &sentence)
{
    if (m_crowd.add(kind, nick, m_clock.elapsed()))
        m_log->appendEvent(sentence);
    else if (!m_summaries.isActive())
        m_summaries.start();
}

void CrowdLog::summarise()
{
    const CrowdSummary::Summary summary = m_crowd.take(m_clock.elapsed());
    if (summary.isEmpty()) {
        m_summaries.stop(); // the crowd has passed
        return;
    }
    if (summary.joinedCount > 0)
        m_log->appendEvent(joinedSentence(summary.joined, summary.joinedCount));
    if (summary.leftCount > 0)
        m_log->appendEvent(leftSentence(summary.left, summary.leftCount));
    if (summary.renamedCount > 0)
        m_log->appendEvent(renamedSentence(summary.renamed, summary.renamedCount));
}

namespace {
QString listed(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}
} // namespace

QString CrowdLog::joinedSentence(const QStringList &names, int count)
{
    const int others = count - int(names.size());
    if (others <= 0)
        return tr("%1 joined the room.").arg(listed(names));
    return tr("%1 and %n other(s) joined the room.", nullptr, others).arg(names.join(tr(", ")));
}

QString CrowdLog::leftSentence(const QStringList &names, int count)
{
    const int others = count - int(names.size());
    if (others <= 0)
        return tr("%1 left the room.").arg(listed(names));
    return tr("%1 and %n other(s) left the room.", nullptr, others).arg(names.join(tr(", ")));
}

QString CrowdLog::renamedSentence(const QStringList &names, int count)
{
    const int others = count - int(names.size());
    if (others <= 0)
        return tr("New names: %1.").arg(listed(names));
    return tr("New names: %1 and %n other(s).", nullptr, others).arg(names.join(tr(", ")));
}
