#include "addresslistwidget.h"

#include "model/joinlink.h"
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

void AddressListWidget::setJoinLink(quint16 port, const QByteArray &sha256)
{
    if (port == m_port && sha256 == m_sha256)
        return;
    m_port = port;
    m_sha256 = sha256;
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
        if (m_port != 0 && !m_sha256.isEmpty()) {
            JoinLink link;
            link.host = address.text;
            link.port = m_port;
            link.sha256 = m_sha256;
            const QString url = link.toString();
            auto *copyLink = new QToolButton(this);
            copyLink->setObjectName(QStringLiteral("copyJoinLink"));
            copyLink->setText(tr("Copy link"));
            copyLink->setToolTip(tr("Copy the join link %1: a Salon client that joins by it "
                                    "knows the server's fingerprint, with nothing to compare")
                                     .arg(url));
            copyLink->setAccessibleName(tr("Copy the join link for %1").arg(address.text));
            connect(copyLink, &QToolButton::clicked, this, [this, url] {
                QGuiApplication::clipboard()->setText(url);
                emit copied(url);
            });
            m_grid->addWidget(copyLink, row, 3);
        }
        m_addresses.append(address.text);
        ++row;
    }
}
