#include "addresslistwidget.h"

#include "server/serveraddresses.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QToolButton>

AddressListWidget::AddressListWidget(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    refresh();
}

void AddressListWidget::refresh()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_addresses.clear();

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    const QList<ServerAddresses::Address> all = ServerAddresses::all();
    for (const ServerAddresses::Address &address : all) {
        auto *text = new QLabel(address.text, this);
        text->setTextFormat(Qt::PlainText);
        text->setFont(fixed);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *description = new QLabel(address.description, this);
        description->setTextFormat(Qt::PlainText);
        description->setForegroundRole(QPalette::PlaceholderText);
        auto *copy = new QToolButton(this);
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(address.text));
        copy->setAccessibleName(tr("Copy %1").arg(address.text));
        const QString value = address.text;
        connect(copy, &QToolButton::clicked, this, [this, value] {
            QGuiApplication::clipboard()->setText(value);
            emit copied(value);
        });
        m_grid->addWidget(text, row, 0);
        m_grid->addWidget(description, row, 1);
        m_grid->addWidget(copy, row, 2);
        m_addresses.append(address.text);
        ++row;
    }
}
