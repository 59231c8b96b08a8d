#include "peoplelistmodel.h"

#include <QFont>

void PeopleListModel::setPeople(const QStringList &people, const QString &own)
{
    QStringList sorted = people;
    sorted.sort(Qt::CaseInsensitive);
    m_own = own;
    setStringList(sorted);
}

QVariant PeopleListModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && !m_own.isEmpty() &&
        QStringListModel::data(index, Qt::DisplayRole).toString() == m_own) {
        // Only the weight: the view's own font (and its zoom) does the rest.
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QStringListModel::data(index, role);
}

Qt::ItemFlags PeopleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}
