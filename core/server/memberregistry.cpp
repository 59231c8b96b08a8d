#include "server/memberregistry.h"

#include "model/nickname.h"

#include <QRandomGenerator>

#include <algorithm>

QString MemberRegistry::issue(const QString &nick)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString token;
    for (const quint32 word : words)
        token += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    m_present.insert(token, Member{nick, Nickname::skeleton(nick), true, {}});
    return token;
}

const MemberRegistry::Member *MemberRegistry::find(const QString &token) const
{
    if (token.isEmpty())
        return nullptr;
    if (const auto found = m_present.constFind(token); found != m_present.cend())
        return &found.value();
    expire();
    const auto found = m_away.constFind(token);
    return found == m_away.cend() ? nullptr : &found.value();
}

void MemberRegistry::rename(const QString &token, const QString &nick)
{
    for (QHash<QString, Member> *members : {&m_present, &m_away}) {
        if (const auto found = members->find(token); found != members->end()) {
            found->nick = nick;
            found->skeleton = Nickname::skeleton(nick);
        }
    }
}

void MemberRegistry::hold(const QString &token, qint64 ms)
{
    const auto found = m_present.constFind(token);
    if (found == m_present.cend())
        return;
    Member member = found.value();
    m_present.erase(found);
    if (ms <= 0)
        return;
    member.present = false;
    member.heldUntil = QDeadlineTimer(ms);
    m_away.insert(token, member);
    expire();
}

void MemberRegistry::returned(const QString &token)
{
    const auto found = m_away.constFind(token);
    if (found == m_away.cend())
        return;
    Member member = found.value();
    m_away.erase(found);
    member.present = true;
    member.heldUntil = {};
    m_present.insert(token, member);
}

QList<std::pair<QString, QString>> MemberRegistry::entries() const
{
    expire();
    QList<std::pair<QString, QString>> all;
    for (const QHash<QString, Member> *members :
         {&std::as_const(m_present), &std::as_const(m_away)}) {
        for (auto it = members->cbegin(); it != members->cend(); ++it)
            all.append({it.key(), it->nick});
    }
    return all;
}

void MemberRegistry::restore(const QString &token, const QString &nick, qint64 ms)
{
    if (token.isEmpty() || m_present.contains(token) || m_away.contains(token))
        return;
    m_away.insert(token, Member{nick, Nickname::skeleton(nick), false, QDeadlineTimer(ms)});
    expire();
}

void MemberRegistry::revoke(const QString &token)
{
    m_present.remove(token);
    m_away.remove(token);
}

const MemberRegistry::Member *MemberRegistry::heldLike(const QString &nick,
                                                       const QString &exceptToken) const
{
    expire();
    if (m_away.isEmpty()) // a class arriving: nobody away, nothing to compare
        return nullptr;
    const QString skeleton = Nickname::skeleton(nick);
    for (auto it = m_away.cbegin(); it != m_away.cend(); ++it) {
        if (it.key() != exceptToken && it->skeleton == skeleton)
            return &it.value();
    }
    return nullptr;
}

QString MemberRegistry::heldLookAlike(const QString &nick, const QString &exceptToken) const
{
    const Member *member = heldLike(nick, exceptToken);
    return member ? member->nick : QString();
}

int MemberRegistry::minutesHeld(const QString &nick) const
{
    const Member *member = heldLike(nick, {});
    if (!member)
        return 0;
    return int((member->heldUntil.remainingTime() + 59999) / 60000);
}

int MemberRegistry::heldCount() const
{
    expire();
    return int(m_away.size());
}

void MemberRegistry::expire() const
{
    m_away.removeIf(
        [](const QHash<QString, Member>::iterator it) { return it->heldUntil.hasExpired(); });
    while (m_away.size() > MaxHeld) {
        auto oldest = m_away.begin();
        for (auto it = m_away.begin(); it != m_away.end(); ++it) {
            if (it->heldUntil < oldest->heldUntil)
                oldest = it;
        }
        m_away.erase(oldest);
    }
}
