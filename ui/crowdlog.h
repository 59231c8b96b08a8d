#pragma once

// crowdlog.h — arrivals and departures into a window's log, one line each
// while people come one by one, and a line a second while a crowd does
// (CrowdSummary): a hall of 2,000 arriving is a few lines, not 2,000.

#include "model/crowdsummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class ChatLogView;

class CrowdLog : public QObject
{
    Q_OBJECT
public:
    explicit CrowdLog(ChatLogView *log, QObject *parent = nullptr);

    // `sentence` is what the log says when this one is told on its own.
    void joined(const QString &nick, const QString &sentence);
    void left(const QString &nick, const QString &sentence);
    // Someone took the name `newNick` (a class doing /nick at the start).
    void renamed(const QString &newNick, const QString &sentence);

    // "Ana, Ben and 310 others joined the room." (public for the tests)
    static QString joinedSentence(const QStringList &names, int count);
    static QString leftSentence(const QStringList &names, int count);
    // "New names: élève1, élève2, élève3 and 37 others."
    static QString renamedSentence(const QStringList &names, int count);

private:
    void add(CrowdSummary::Kind kind, const QString &nick, const QString &sentence);
    void summarise();

    ChatLogView *m_log;
    CrowdSummary m_crowd;
    QElapsedTimer m_clock;
    QTimer m_summaries;
};
