#include "wireinspector.h"

#include "base/wiretap.h"
#include "wirelogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// One connection or all; heartbeats shown or not; everything, or only
// what the network carries.
class WireFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowHeartbeats(bool show)
    {
        m_showHeartbeats = show;
        invalidateFilter();
    }
    void setNetworkOnly(bool networkOnly)
    {
        m_networkOnly = networkOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex content = sourceModel()->index(row, WireLogModel::ContentColumn, parent);
        if (!m_showHeartbeats && content.data(WireLogModel::HeartbeatRole).toBool())
            return false;
        if (m_networkOnly && content.data(WireLogModel::DecryptedRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_showHeartbeats = false;
    bool m_networkOnly = false;
};
} // namespace

WireInspector::WireInspector(QWidget *parent)
    : QDockWidget(tr("Wire inspector"), parent)
    , m_tap(new WireTap(this))
    , m_model(new WireLogModel(this))
    , m_filter(new WireFilter(this))
    , m_table(new QTableView(this))
    , m_hex(new QPlainTextEdit(this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_connections(new QComboBox(this))
    , m_waiting(new QLabel(this))
    , m_heartbeats(new QCheckBox(tr("&Heartbeats"), this))
    , m_networkOnly(new QCheckBox(tr("&Only what the network sees"), this))
{
    m_networkOnly->setObjectName(QStringLiteral("wireNetworkOnly"));
    m_networkOnly->setToolTip(tr("Leave out the decrypted lines: what is left is all an "
                                 "eavesdropper on the network gets"));
    m_heartbeats->setObjectName(QStringLiteral("wireHeartbeats"));
    m_heartbeats->setToolTip(tr("Show the ping and pong lines that keep a quiet connection "
                                "alive"));
    setObjectName(QStringLiteral("wireInspector"));
    m_table->setObjectName(QStringLiteral("wireTable"));
    // The wire's bytes read left to right in every language, with the digits
    // of the hex dump: JSON laid out right to left would be scrambled.
    m_table->setLocale(QLocale::c());
    m_table->setLayoutDirection(Qt::LeftToRight);
    m_hex->setLayoutDirection(Qt::LeftToRight);
    m_hex->setObjectName(QStringLiteral("wireHex"));
    m_pauseButton->setObjectName(QStringLiteral("wirePause"));
    m_clearButton->setObjectName(QStringLiteral("wireClear"));
    m_connections->setObjectName(QStringLiteral("wireConnections"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(WireLogModel::ConnectionRole);
    m_filter->setFilterKeyColumn(WireLogModel::ConnectionColumn);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(WireLogModel::TimeColumn, charWidth * 14);
    m_table->setColumnWidth(WireLogModel::ConnectionColumn, charWidth * 24);
    // As wide as the longest direction in this language, or its header.
    int directionWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
        m_model->headerData(WireLogModel::DirectionColumn, Qt::Horizontal).toString());
    for (const QString &text :
         {WireLogModel::tr("state"), WireLogModel::tr("← in"), WireLogModel::tr("→ out")})
        directionWidth = qMax(directionWidth, m_table->fontMetrics().horizontalAdvance(text));
    m_table->setColumnWidth(WireLogModel::DirectionColumn, directionWidth + charWidth * 3);
    int layerWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
        m_model->headerData(WireLogModel::LayerColumn, Qt::Horizontal).toString());
    for (const QString &text : WireLogModel::layerNames())
        layerWidth = qMax(layerWidth, m_table->fontMetrics().horizontalAdvance(text));
    m_table->setColumnWidth(WireLogModel::LayerColumn, layerWidth + charWidth * 3);
    m_table->setColumnWidth(WireLogModel::SizeColumn, charWidth * 7);

    m_hex->setReadOnly(true);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setPlaceholderText(tr("Select a line to see its bytes."));
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_pauseButton->setCheckable(true);
    m_connections->addItem(tr("All connections"), QString());
    m_waiting->setTextFormat(Qt::PlainText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_connections, 1);
    bar->addWidget(m_heartbeats);
    bar->addWidget(m_networkOnly);
    bar->addWidget(m_waiting);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_hex);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_tap, &WireTap::stateChanged, m_model, &WireLogModel::recordState);
    connect(m_tap, &WireTap::bytesPassed, m_model, &WireLogModel::recordBytes);
    connect(m_tap, &WireTap::tlsPassed, m_model, &WireLogModel::recordTls);
    connect(m_model, &WireLogModel::connectionSeen, this,
            [this](quint64 connection, const QString &peer) {
                if (m_connections->count() > 200)
                    return; // a flood of connections: "All" still shows them
                m_connections->addItem(QStringLiteral("#%1 %2").arg(connection).arg(peer),
                                       QString::number(connection));
            });
    connect(m_model, &WireLogModel::waitingChanged, this, &WireInspector::updateWaiting);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->selectionModel()->hasSelection())
            m_table->scrollToBottom();
    });
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_model->clear();
        m_hex->clear();
    });
    connect(m_heartbeats, &QCheckBox::toggled, this,
            [this](bool show) { static_cast<WireFilter *>(m_filter)->setShowHeartbeats(show); });
    connect(m_networkOnly, &QCheckBox::toggled, this, [this](bool networkOnly) {
        static_cast<WireFilter *>(m_filter)->setNetworkOnly(networkOnly);
    });
    connect(m_connections, &QComboBox::currentIndexChanged, this, [this] {
        const QString connection = m_connections->currentData().toString();
        m_filter->setFilterRegularExpression(
            connection.isEmpty() ? QString() : QStringLiteral("^%1$").arg(connection));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WireInspector::showSelected);
    connect(this, &QDockWidget::visibilityChanged, this,
            [this](bool visible) { emit tapChanged(visible ? m_tap : nullptr); });
}

void WireInspector::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_hex->setPlainText(current.isValid() ? m_model->hexDump(current.row()) : QString());
}

void WireInspector::updateWaiting(int waiting)
{
    m_waiting->setText(waiting > 0 ? tr("Paused: %n line(s) waiting", nullptr, waiting)
                                   : QString());
}
