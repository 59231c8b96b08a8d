#pragma once

// addresslistwidget.h — the addresses a client could type to reach this
// server, each with a button that copies it; and, once the room is open
// with an identity, one that copies its join link (JoinLink), for a Salon
// client to join with no fingerprint to compare.

#include <QWidget>

class QGridLayout;

class AddressListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AddressListWidget(QWidget *parent = nullptr);

    // Reads the machine's addresses again.
    void refresh();
    // The room's port and certificate fingerprint, for the join links
    // (port 0 or no fingerprint: none offered).
    void setJoinLink(quint16 port, const QByteArray &sha256);
    QStringList addresses() const { return m_addresses; }

signals:
    void copied(const QString &address);

private:
    QGridLayout *m_grid;
    QStringList m_addresses;
    quint16 m_port = 0;
    QByteArray m_sha256;
};
