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
    m_members.insert(token, Member{nick, Nickname::skeleton(nick), true, {}});
    return token;
}

const MemberRegistry::Member *MemberRegistry::find(const QString &token) const
{
    if (token.isEmpty())
        return nullptr;
    expire();
    const auto found = m_members.constFind(token);
    if (found == m_members.cend())
        return nullptr;
    return &found.value();
}

void MemberRegistry::rename(const QString &token, const QString &nick)
{
    if (const auto found = m_members.find(token); found != m_members.end()) {
        found->nick = nick;
        found->skeleton = Nickname::skeleton(nick);
    }
}

void MemberRegistry::hold(const QString &token, qint64 ms)
{
    const auto found = m_members.find(token);
    if (found == m_members.end())
        return;
    if (ms <= 0) {
        m_members.erase(found);
        return;
    }
    found->present = false;
    found->heldUntil = QDeadlineTimer(ms);
    expire();
}

void MemberRegistry::returned(const QString &token)
{
    if (const auto found = m_members.find(token); found != m_members.end()) {
        found->present = true;
        found->heldUntil = {};
    }
}

QList<std::pair<QString, QString>> MemberRegistry::entries() const
{
    expire();
    QList<std::pair<QString, QString>> all;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
        all.append({it.key(), it->nick});
    return all;
}

void MemberRegistry::restore(const QString &token, const QString &nick, qint64 ms)
{
    if (token.isEmpty() || m_members.contains(token))
        return;
    m_members.insert(token, Member{nick, Nickname::skeleton(nick), false, QDeadlineTimer(ms)});
    expire();
}

void MemberRegistry::revoke(const QString &token)
{
    m_members.remove(token);
}

const MemberRegistry::Member *MemberRegistry::heldLike(const QString &nick,
                                                       const QString &exceptToken) const
{
    expire();
    const QString skeleton = Nickname::skeleton(nick);
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (!it->present && it.key() != exceptToken && it->skeleton == skeleton)
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
    return int(std::count_if(m_members.cbegin(), m_members.cend(),
                             [](const Member &member) { return !member.present; }));
}

void MemberRegistry::expire() const
{
    m_members.removeIf([](const QHash<QString, Member>::iterator it) {
        return !it->present && it->heldUntil.hasExpired();
    });
    int held = 0;
    for (const Member &member : std::as_const(m_members))
        held += member.present ? 0 : 1;
    while (held > MaxHeld) {
        auto oldest = m_members.end();
        for (auto it = m_members.begin(); it != m_members.end(); ++it) {
            if (!it->present && (oldest == m_members.end() || it->heldUntil < oldest->heldUntil))
                oldest = it;
        }
        m_members.erase(oldest);
        --held;
    }
}
