#pragma once

// addresslistwidget.h — the addresses a client could type to reach this
// server, each with a button that copies it.

#include <QWidget>

class QGridLayout;

class AddressListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AddressListWidget(QWidget *parent = nullptr);

    // Reads the machine's addresses again.
    void refresh();
    QStringList addresses() const { return m_addresses; }

signals:
    void copied(const QString &address);

private:
    QGridLayout *m_grid;
    QStringList m_addresses;
};
