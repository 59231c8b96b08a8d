#include "handspanel.h"

#include "server/chatserver.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

HandsPanel::HandsPanel(ChatServer *server, QWidget *parent)
    : QGroupBox(parent)
    , m_server(server)
    , m_list(new QListWidget(this))
    , m_lower(new QPushButton(tr("&Lower"), this))
    , m_lowerAll(new QPushButton(tr("Lower &all"), this))
{
    setObjectName(QStringLiteral("hands"));
    m_list->setObjectName(QStringLiteral("handsList"));
    m_lower->setObjectName(QStringLiteral("lowerHand"));
    m_lowerAll->setObjectName(QStringLiteral("lowerAllHands"));
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_lower);
    buttons->addWidget(m_lowerAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_server, &ChatServer::handsChanged, this, &HandsPanel::refresh);
    connect(m_server, &ChatServer::stopped, this, &HandsPanel::refresh);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_lower->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_lower, &QPushButton::clicked, this, [this] {
        for (const QListWidgetItem *item : m_list->selectedItems())
            m_server->lowerHand(item->data(Qt::UserRole).toString());
    });
    connect(m_lowerAll, &QPushButton::clicked, m_server, &ChatServer::lowerAllHands);
    m_tick.setInterval(10 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &HandsPanel::refresh);
    m_tick.start();
    refresh();
}

void HandsPanel::refresh()
{
    const QList<Room::RaisedHand> hands = m_server->hands();
    setTitle(tr("Raised hands (%1)").arg(hands.size()));
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < hands.size(); ++i) {
        const qint64 seconds = hands.at(i).since.secsTo(now);
        const QString waited = seconds < 60 ? tr("%n s", nullptr, int(seconds))
                                            : tr("%n min", nullptr, int(seconds / 60));
        auto *item = new QListWidgetItem(
            tr("%1. %2 — waiting %3").arg(i + 1).arg(hands.at(i).nick, waited), m_list);
        item->setData(Qt::UserRole, hands.at(i).nick);
        if (hands.at(i).nick == selected)
            m_list->setCurrentItem(item);
    }
    m_lower->setEnabled(!m_list->selectedItems().isEmpty());
    m_lowerAll->setEnabled(!hands.isEmpty());
    // It appears when a hand goes up: the list of people keeps its room.
    setVisible(!hands.isEmpty());
}

QStringList HandsPanel::shown() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines.append(m_list->item(row)->text());
    return lines;
}
