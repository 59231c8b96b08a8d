#pragma once

// participantsmodel.h — who is in a server's room, as a table the server
// window shows and sorts, kept up to date from ChatServer's signals; and the
// sentences its log and the headless server's log say about them.

#include "model/participant.h"

#include <QAbstractTableModel>
#include <QList>

class ChatServer;

class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NickColumn, AddressColumn, KindColumn, SinceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the participant's id, in every column
        SortRole,              // what the column sorts by
    };

    explicit ParticipantsModel(ChatServer *server, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Participant> &participants() const { return m_participants; }
    QStringList nicks() const;

    // "alice joined from 192.0.2.4:50312 (Salon client)."
    static QString joinedSentence(const Participant &participant);
    // "alice left: connection closed."
    static QString leftSentence(const Participant &participant, const QString &reason);
    // "bob is now known as robert."
    static QString renamedSentence(const Participant &participant, const QString &oldNick);

private:
    void add(const Participant &participant);
    void remove(const Participant &participant);
    void rename(const Participant &participant);
    void clear();
    int rowOf(quint64 id) const;

    QList<Participant> m_participants; // in the order they came in
    ChatServer *m_server;
};
