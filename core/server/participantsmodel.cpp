#include "server/participantsmodel.h"

#include "server/chatserver.h"

ParticipantsModel::ParticipantsModel(ChatServer *server, QObject *parent)
    : QAbstractTableModel(parent), m_server(server)
{
    connect(server, &ChatServer::clientJoined, this, &ParticipantsModel::add);
    connect(server, &ChatServer::clientLeft, this, &ParticipantsModel::remove);
    connect(server, &ChatServer::clientRenamed, this, &ParticipantsModel::rename);
    connect(server, &ChatServer::stopped, this, &ParticipantsModel::clear);
    connect(server, &ChatServer::identityChanged, this, [this] {
        if (!m_participants.isEmpty())
            emit dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn));
    });
    for (const Participant &participant : server->participants())
        m_participants.append(participant);
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Participant &participant = m_participants.at(index.row());
    if (role == IdRole)
        return participant.id;
    // Where the room speaks TLS, each row says whether the network can read it.
    const bool tls = m_server->offersTls();
    if (role == Qt::ToolTipRole && index.column() == KindColumn) {
        QStringList tip;
        if (tls)
            tip.append(participant.encrypted
                           ? tr("Encrypted (TLS): nobody on the network can read it.")
                           : tr("Not encrypted: anyone on the network can read it."));
        if (!participant.kindHint.isEmpty())
            tip.append(participant.kindHint);
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NickColumn:
        return participant.nick;
    case AddressColumn:
        return participant.endpoint();
    case KindColumn:
        if (!tls)
            return participant.kindName;
        return participant.encrypted ? tr("%1, encrypted").arg(participant.kindName)
                                     : tr("%1, not encrypted").arg(participant.kindName);
    case SinceColumn:
        if (role == SortRole)
            return participant.connectedSince;
        return participant.connectedSince.toString(QStringLiteral("HH:mm:ss"));
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NickColumn:
        return tr("Nickname");
    case AddressColumn:
        return tr("Address");
    case KindColumn:
        return tr("Kind");
    case SinceColumn:
        return tr("Connected since");
    }
    return {};
}

QStringList ParticipantsModel::nicks() const
{
    QStringList nicks;
    for (const Participant &participant : m_participants)
        nicks.append(participant.nick);
    return nicks;
}

QString ParticipantsModel::joinedSentence(const Participant &participant)
{
    // Whether others on the network can read them: the log says it too.
    const QString kind = participant.encrypted
                             ? tr("%1, encrypted").arg(participant.kindDescription)
                             : tr("%1, not encrypted").arg(participant.kindDescription);
    return tr("%1 joined from %2 (%3).").arg(participant.nick, participant.endpoint(), kind);
}

QString ParticipantsModel::leftSentence(const Participant &participant, const QString &reason)
{
    return tr("%1 left: %2.").arg(participant.nick, reason);
}

QString ParticipantsModel::renamedSentence(const Participant &participant, const QString &oldNick)
{
    return tr("%1 is now known as %2.").arg(oldNick, participant.nick);
}

void ParticipantsModel::add(const Participant &participant)
{
    const int row = int(m_participants.size());
    beginInsertRows({}, row, row);
    m_participants.append(participant);
    endInsertRows();
}

void ParticipantsModel::remove(const Participant &participant)
{
    const int row = rowOf(participant.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_participants.removeAt(row);
    endRemoveRows();
}

void ParticipantsModel::rename(const Participant &participant)
{
    const int row = rowOf(participant.id);
    if (row < 0)
        return;
    m_participants[row].nick = participant.nick;
    emit dataChanged(index(row, NickColumn), index(row, NickColumn));
}

void ParticipantsModel::clear()
{
    if (m_participants.isEmpty())
        return;
    beginResetModel();
    m_participants.clear();
    endResetModel();
}

int ParticipantsModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_participants.size(); ++row) {
        if (m_participants.at(row).id == id)
            return row;
    }
    return -1;
}
