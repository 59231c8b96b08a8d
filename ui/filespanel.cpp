#include "filespanel.h"

#include "appsettings.h"
#include "server/chatserver.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
// The start of a SHA-256, in groups of four, as the identity panel shows a
// fingerprint: enough to compare by eye.
QString shortHash(const QByteArray &sha256)
{
    const QString hex = QString::fromLatin1(sha256.toHex().left(16)).toUpper();
    return hex.left(4) + QLatin1Char(' ') + hex.mid(4, 4) + QLatin1Char(' ') + hex.mid(8, 4) +
           QLatin1Char(' ') + hex.mid(12, 4);
}
} // namespace

FilesPanel::FilesPanel(ChatServer *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_handedOut(new QTreeWidget(this))
    , m_handIns(new QTreeWidget(this))
    , m_collection(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_handOutButton(new QPushButton(tr("&Hand out…"), this))
    , m_collectButton(new QPushButton(this))
    , m_folderButton(new QPushButton(tr("Open the &folder"), this))
{
    setObjectName(QStringLiteral("files"));
    m_handedOut->setObjectName(QStringLiteral("handedOut"));
    m_handIns->setObjectName(QStringLiteral("handIns"));
    m_missing->setObjectName(QStringLiteral("notHandedIn"));
    m_collectButton->setObjectName(QStringLiteral("collectButton"));
    m_handOutButton->setObjectName(QStringLiteral("handOutButton"));

    m_handedOut->setHeaderLabels({tr("Handed out"), tr("Size"), tr("SHA-256"), tr("By")});
    m_handedOut->setRootIsDecorated(false);
    m_handedOut->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_handIns->setHeaderLabels(
        {tr("Student"), tr("File"), tr("Size"), tr("Time"), tr("Checked"), tr("From")});
    m_handIns->setRootIsDecorated(false);
    m_handIns->setSortingEnabled(true);
    m_handIns->sortByColumn(3, Qt::AscendingOrder);
    for (QTreeWidget *tree : {m_handedOut, m_handIns})
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QLabel *label : {m_collection, m_missing}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_handOutButton);
    buttons->addWidget(m_collectButton);
    buttons->addStretch();
    // The folder's button beside where the work goes: the panel stays
    // narrow enough for the demo's server pane.
    auto *collection = new QHBoxLayout;
    collection->addWidget(m_collection, 1);
    collection->addWidget(m_folderButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_handedOut);
    layout->addLayout(collection);
    layout->addWidget(m_handIns, 1);
    layout->addWidget(m_missing);

    connect(m_handOutButton, &QPushButton::clicked, this, &FilesPanel::chooseFilesToHandOut);
    connect(m_collectButton, &QPushButton::clicked, this, &FilesPanel::toggleCollecting);
    connect(m_folderButton, &QPushButton::clicked, this, &FilesPanel::openHandInFolder);
    connect(m_handIns, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(0, Qt::UserRole).toString()));
    });
    connect(m_server, &ChatServer::collectionChanged, this, &FilesPanel::refresh);
    connect(m_server, &ChatServer::lessonChanged, this, &FilesPanel::refresh);
    connect(m_server, &ChatServer::clientJoined, this, &FilesPanel::refresh);
    connect(m_server, &ChatServer::fileHandedOut, this, &FilesPanel::refresh);
    connect(m_server, &ChatServer::handedIn, this, &FilesPanel::refresh);
    connect(m_server, &ChatServer::clientRenamed, this, &FilesPanel::refresh);
    // The limits and the folder the teacher chose last time.
    const QSettings settings;
    const QString folder = settings.value(QLatin1String(AppSettings::HandInFolder)).toString();
    if (!folder.isEmpty())
        m_server->setHandInFolder(folder);
    FileDesk::Limits limits = m_server->fileLimits();
    if (settings.contains(QLatin1String(AppSettings::HandInTypes)))
        limits.allowedSuffixes =
            settings.value(QLatin1String(AppSettings::HandInTypes)).toStringList();
    if (const qint64 mb =
            settings.value(QLatin1String(AppSettings::HandInMaxMegabytes)).toLongLong();
        mb > 0)
        limits.maxFileBytes = mb * 1000000;
    if (const qint64 mb =
            settings.value(QLatin1String(AppSettings::HandInStudentMegabytes)).toLongLong();
        mb > 0)
        limits.maxStudentBytes = mb * 1000000;
    m_server->setFileLimits(limits);
    refresh();
}

void FilesPanel::chooseFilesToHandOut()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Hand out to the room"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    handOut(paths);
}

void FilesPanel::handOut(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (const QString error = m_server->handOut(path); !error.isEmpty())
            emit problem(error);
    }
}

void FilesPanel::toggleCollecting()
{
    if (m_server->collection() && m_server->collection()->open) {
        m_server->stopCollecting();
        return;
    }
    // The title, and the limits the teacher sets (kept for next time).
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Collect work"));
    auto *intro = new QLabel(tr("Students hand their work in to you, from their Salon window, "
                                "the web page or `salon hand-in`."),
                             &dialog);
    intro->setWordWrap(true);
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("collectTitle"));
    title->setPlaceholderText(tr("optional: \"Exercise 3\""));
    FileDesk::Limits limits = m_server->fileLimits();
    auto *types = new QLineEdit(limits.allowedSuffixes.join(QStringLiteral(", ")), &dialog);
    types->setObjectName(QStringLiteral("collectTypes"));
    types->setPlaceholderText(tr("any kind; or e.g. pdf, odt, py"));
    const auto megabytes = [&dialog](qint64 bytes) {
        auto *box = new QSpinBox(&dialog);
        box->setRange(1, 1000000);
        box->setSuffix(tr(" MB"));
        box->setValue(int(qBound(qint64(1), bytes / 1000000, qint64(1000000))));
        return box;
    };
    QSpinBox *largest = megabytes(limits.maxFileBytes);
    QSpinBox *perStudent = megabytes(limits.maxStudentBytes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Collect"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(intro);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kinds of file:"), types);
    form->addRow(tr("&Largest file:"), largest);
    form->addRow(tr("&Per student, in all:"), perStudent);
    // Where the work goes: a folder for this collection, and one in it per
    // student.
    auto *folder = new QLineEdit(QDir::toNativeSeparators(m_server->handInFolder()), &dialog);
    folder->setObjectName(QStringLiteral("collectFolder"));
    auto *chooseFolder = new QPushButton(tr("C&hoose…"), &dialog);
    connect(chooseFolder, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(
            &dialog, tr("Where work handed in goes"), QDir::fromNativeSeparators(folder->text()));
        if (!chosen.isEmpty())
            folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(chooseFolder);
    form->addRow(tr("&Into:"), folderRow);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList suffixes;
    for (QString type : types->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")))) {
        type = type.trimmed().toLower();
        if (type.startsWith(QLatin1Char('.')))
            type.remove(0, 1);
        if (!type.isEmpty())
            suffixes.append(type);
    }
    limits.allowedSuffixes = suffixes;
    limits.maxFileBytes = qint64(largest->value()) * 1000000;
    limits.maxStudentBytes = qint64(perStudent->value()) * 1000000;
    m_server->setFileLimits(limits);
    const QString chosenFolder = QDir::fromNativeSeparators(folder->text().trimmed());
    if (!chosenFolder.isEmpty())
        m_server->setHandInFolder(chosenFolder);
    QSettings settings;
    settings.setValue(QLatin1String(AppSettings::HandInFolder), m_server->handInFolder());
    settings.setValue(QLatin1String(AppSettings::HandInTypes), suffixes);
    settings.setValue(QLatin1String(AppSettings::HandInMaxMegabytes), largest->value());
    settings.setValue(QLatin1String(AppSettings::HandInStudentMegabytes), perStudent->value());
    QString error;
    if (!m_server->collect(title->text(), &error))
        emit problem(error);
}

void FilesPanel::openHandInFolder()
{
    const QString folder =
        m_server->collection() ? m_server->collection()->folder : m_server->handInFolder();
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString FilesPanel::summary() const
{
    const auto &collection = m_server->collection();
    if (collection)
        return tr("Files (%n handed in)", nullptr, int(collection->handIns.size()));
    if (!m_server->handedOut().isEmpty())
        return tr("Files (%n handed out)", nullptr, int(m_server->handedOut().size()));
    return tr("Files");
}

void FilesPanel::refresh()
{
    const QLocale locale;
    m_handedOut->clear();
    for (const FileDesk::Offered &file : m_server->handedOut()) {
        auto *item = new QTreeWidgetItem(
            m_handedOut, {file.name, locale.formattedDataSize(file.size), shortHash(file.sha256),
                          file.from.isEmpty() ? tr("you") : file.from});
        item->setToolTip(2, QString::fromLatin1(file.sha256.toHex()));
        item->setToolTip(0, file.path);
    }
    m_handedOut->setVisible(!m_server->handedOut().isEmpty());

    const auto &collection = m_server->collection();
    const bool open = collection && collection->open;
    m_collectButton->setText(open ? tr("&Stop collecting") : tr("&Collect work…"));
    m_handIns->clear();
    if (!collection) {
        m_collection->setText(tr("Hand out a file (or drop it on this window), or collect work: "
                                 "students then hand it in to you alone."));
        m_handIns->hide();
        m_missing->hide();
        emit summaryChanged();
        return;
    }
    const QString title =
        collection->title.isEmpty() ? QString() : collection->title + QStringLiteral(" — ");
    m_collection->setText(
        open ? tr("%1Collecting since %2, into %3")
                   .arg(title, collection->opened.toLocalTime().toString(QStringLiteral("HH:mm")),
                        QDir::toNativeSeparators(collection->folder))
             : tr("%1Collected from %2 to %3, in %4")
                   .arg(title, collection->opened.toLocalTime().toString(QStringLiteral("HH:mm")),
                        collection->closed.toLocalTime().toString(QStringLiteral("HH:mm")),
                        QDir::toNativeSeparators(collection->folder)));
    m_handIns->setSortingEnabled(false);
    for (const FileDesk::HandIn &handIn : collection->handIns) {
        auto *item = new QTreeWidgetItem(
            m_handIns, {handIn.student, handIn.name, locale.formattedDataSize(handIn.size),
                        handIn.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) +
                            (handIn.late ? tr(" (late)") : QString()),
                        tr("✓ %1").arg(shortHash(handIn.sha256)), handIn.from});
        item->setData(0, Qt::UserRole, handIn.path);
        item->setToolTip(1, QDir::toNativeSeparators(handIn.path));
        item->setToolTip(
            4,
            tr("SHA-256 %1, checked on arrival").arg(QString::fromLatin1(handIn.sha256.toHex())));
        if (handIn.late) {
            for (int column = 0; column < m_handIns->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        }
    }
    m_handIns->setSortingEnabled(true);
    m_handIns->show();
    const QStringList missing = m_server->notHandedIn();
    m_missing->setText(missing.isEmpty()
                           ? tr("Everyone in the room this lesson has handed something in.")
                           : tr("Not handed in yet (%1): %2")
                                 .arg(missing.size())
                                 .arg(missing.join(QStringLiteral(", "))));
    m_missing->show();
    emit summaryChanged();
}
