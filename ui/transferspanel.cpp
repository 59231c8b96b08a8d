#include "transferspanel.h"

#include "client/filetransfers.h"
#include "client/transferjob.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ProgressColumn, StateColumn };
constexpr int JobRole = Qt::UserRole + 1;

QString timeLeft(int seconds)
{
    if (seconds < 60)
        return TransfersPanel::tr("%n s left", nullptr, seconds);
    return TransfersPanel::tr("%n min left", nullptr, (seconds + 59) / 60);
}
} // namespace

TransfersPanel::TransfersPanel(FileTransfers *transfers, QWidget *parent)
    : QGroupBox(tr("Files"), parent)
    , m_transfers(transfers)
    , m_list(new QTreeWidget(this))
    , m_collecting(new QLabel(this))
    , m_handIn(new QPushButton(tr("&Hand in…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_showInFolder(new QPushButton(tr("Show in &folder"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_share(new QPushButton(tr("Sh&are…"), this))
{
    m_share->setObjectName(QStringLiteral("shareButton"));
    m_share->setToolTip(tr("Share a file with everyone in the room (the teacher allows it)"));
    setObjectName(QStringLiteral("transfers"));
    m_list->setObjectName(QStringLiteral("transferList"));
    m_handIn->setObjectName(QStringLiteral("handInButton"));
    m_open->setObjectName(QStringLiteral("openFile"));
    m_showInFolder->setObjectName(QStringLiteral("showInFolder"));
    m_collecting->setObjectName(QStringLiteral("collecting"));
    m_list->setHeaderLabels({tr("File"), tr("Progress"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(ProgressColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_collecting->setTextFormat(Qt::PlainText);
    m_collecting->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_collecting, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_open);
    buttons->addWidget(m_showInFolder);
    buttons->addWidget(m_share);
    buttons->addWidget(m_handIn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_transfers, &FileTransfers::jobAdded, this, &TransfersPanel::add);
    connect(m_transfers, &FileTransfers::jobChanged, this, &TransfersPanel::update);
    connect(m_transfers, &FileTransfers::collectingChanged, this,
            [this](bool open, const QString &title) {
                m_collecting->setText(
                    !open ? QString()
                    : title.isEmpty()
                        ? tr("The teacher collects work: hand it in, or drop it on this window.")
                        : tr("The teacher collects work (%1): hand it in, or drop it on this "
                             "window.")
                              .arg(title));
                updateButtons();
                refreshVisibility();
            });
    connect(m_transfers, &FileTransfers::sharingChanged, this, [this] {
        updateButtons();
        refreshVisibility();
    });
    connect(m_share, &QPushButton::clicked, this, &TransfersPanel::chooseFilesToShare);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TransfersPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_open->click(); });
    connect(m_handIn, &QPushButton::clicked, this, &TransfersPanel::chooseFilesToHandIn);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (TransferJob *job = selectedJob(); job && !job->path().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(job->path()));
    });
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        if (TransferJob *job = selectedJob(); job && !job->path().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(job->path()).path()));
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (TransferJob *job = selectedJob())
            job->retry();
    });
    for (TransferJob *job : m_transfers->jobs())
        add(job);
    updateButtons();
    refreshVisibility();
}

void TransfersPanel::chooseFilesToHandIn()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Hand in to the teacher"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    handIn(paths);
}

bool TransfersPanel::handIn(const QStringList &paths)
{
    bool all = true;
    for (const QString &path : paths) {
        QString error;
        if (!m_transfers->handIn(path, &error)) {
            m_collecting->setText(error);
            show();
            all = false;
        }
    }
    return all;
}

void TransfersPanel::chooseFilesToShare()
{
    share(QFileDialog::getOpenFileNames(
        this, tr("Share with the room"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
}

bool TransfersPanel::share(const QStringList &paths)
{
    bool all = true;
    for (const QString &path : paths) {
        QString error;
        if (!m_transfers->share(path, &error)) {
            m_collecting->setText(error);
            show();
            all = false;
        }
    }
    return all;
}

QTreeWidgetItem *TransfersPanel::itemOf(TransferJob *job) const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, JobRole).value<QObject *>() == job)
            return item;
    }
    return nullptr;
}

TransferJob *TransfersPanel::selectedJob() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty()
               ? nullptr
               : qobject_cast<TransferJob *>(
                     selected.constFirst()->data(NameColumn, JobRole).value<QObject *>());
}

void TransfersPanel::add(TransferJob *job)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(NameColumn, JobRole, QVariant::fromValue<QObject *>(job));
    auto *bar = new QProgressBar(m_list);
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    m_list->setItemWidget(item, ProgressColumn, bar);
    update(job);
    refreshVisibility();
}

void TransfersPanel::update(TransferJob *job)
{
    QTreeWidgetItem *item = itemOf(job);
    if (!item)
        return;
    const QLocale locale;
    const bool download = job->direction() == TransferJob::Direction::Download;
    item->setText(NameColumn, download ? tr("⬇ %1").arg(job->name()) : tr("⬆ %1").arg(job->name()));
    item->setToolTip(NameColumn, download
                                     ? (job->from().isEmpty() ? tr("Handed out by the teacher")
                                                              : tr("Shared by %1").arg(job->from()))
                                 : job->isSharing() ? tr("Shared with the room by you")
                                                    : tr("Handed in by you"));
    auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn));
    if (bar) {
        bar->setValue(job->size() > 0 ? int(job->done() * 1000 / job->size()) : 0);
        bar->setFormat(job->state() == TransferJob::State::Done
                           ? locale.formattedDataSize(job->size())
                           : tr("%1 of %2")
                                 .arg(locale.formattedDataSize(job->done()),
                                      locale.formattedDataSize(job->size())));
    }
    QString state;
    switch (job->state()) {
    case TransferJob::State::Waiting:
        state = job->error().isEmpty() ? tr("Waiting") : job->error();
        break;
    case TransferJob::State::Hashing:
        state = tr("Working out its SHA-256…");
        break;
    case TransferJob::State::Moving: {
        state = job->rate() > 0 ? tr("%1/s").arg(locale.formattedDataSize(qint64(job->rate())))
                                : tr("Starting…");
        if (job->secondsLeft() >= 0)
            state += QStringLiteral(", ") + timeLeft(job->secondsLeft());
        break;
    }
    case TransferJob::State::Checking:
        state = tr("Checking its SHA-256…");
        break;
    case TransferJob::State::Done:
        state = download ? tr("Saved, checked: %1").arg(QDir::toNativeSeparators(job->path()))
                : job->isSharing() ? tr("Shared with the room, checked")
                : job->isLate()    ? tr("Handed in (late), checked by the teacher")
                                   : tr("Handed in, checked by the teacher");
        break;
    case TransferJob::State::Failed:
        state = job->error();
        break;
    }
    item->setText(StateColumn, state);
    item->setToolTip(StateColumn, state + (job->sha256().isEmpty()
                                               ? QString()
                                               : QStringLiteral("\nSHA-256 ") +
                                                     QString::fromLatin1(job->sha256().toHex())));
    updateButtons();
}

void TransfersPanel::updateButtons()
{
    TransferJob *job = selectedJob();
    const bool saved = job && job->state() == TransferJob::State::Done && !job->path().isEmpty();
    m_open->setEnabled(saved);
    m_showInFolder->setEnabled(saved);
    m_retry->setVisible(job && job->state() == TransferJob::State::Failed);
    m_handIn->setVisible(m_transfers->isCollecting());
    m_share->setVisible(m_transfers->isSharingAllowed());
}

void TransfersPanel::refreshVisibility()
{
    setVisible(m_list->topLevelItemCount() > 0 || m_transfers->isCollecting() ||
               m_transfers->isSharingAllowed());
}

QStringList TransfersPanel::rows() const
{
    QStringList rows;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        rows.append(item->text(NameColumn) + QStringLiteral(" | ") + item->text(StateColumn));
    }
    return rows;
}
