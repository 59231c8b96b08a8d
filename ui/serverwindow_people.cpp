// serverwindow_people.cpp — ServerWindow's left pane: where to connect,
// who is here (with a field that finds someone among thousands: it keeps
// the people whose name or address holds what is typed, and says how many
// it shows of how many), and the hands raised.

#include "addresslistwidget.h"
#include "handspanel.h"
#include "moderationactions.h"
#include "server/participantsmodel.h"
#include "serverwindow.h"
#include "throttle.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

QWidget *ServerWindow::buildPeoplePane()
{
    // Where to connect.
    m_addressHint->setTextFormat(Qt::PlainText);
    m_addressHint->setWordWrap(true);
    auto *addressBox = new QGroupBox(tr("Clients can connect to"), this);
    auto *addressLayout = new QVBoxLayout(addressBox);
    addressLayout->addWidget(m_addressHint);
    addressLayout->addWidget(m_addresses);
    m_discoveryLabel->setTextFormat(Qt::PlainText);
    m_discoveryLabel->setWordWrap(true);
    addressLayout->addWidget(m_discoveryLabel);

    // Who is here.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_participants);
    sorted->setSortRole(ParticipantsModel::SortRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_clients->setModel(sorted);
    m_clients->setRootIsDecorated(false);
    m_clients->setUniformRowHeights(true);
    m_clients->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_clients->setSortingEnabled(true);
    m_clients->sortByColumn(ParticipantsModel::SinceColumn, Qt::AscendingOrder);
    m_clients->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clients->setContextMenuPolicy(Qt::ActionsContextMenu);
    ModerationActions::addToPeople(m_clients, m_server, this);
    auto *disconnectAction = new QAction(tr("Disconnect this client"), m_clients);
    m_clients->addAction(disconnectAction);
    connect(disconnectAction, &QAction::triggered, this, &ServerWindow::disconnectSelected);
    m_disconnectButton->setEnabled(false);
    auto *clientsBox = new QGroupBox(tr("In the room"), this);
    auto *clientsLayout = new QVBoxLayout(clientsBox);
    clientsLayout->addWidget(peopleFinder(sorted));
    clientsLayout->addWidget(m_clients);
    auto *clientButtons = new QHBoxLayout;
    clientButtons->addStretch();
    clientButtons->addWidget(m_disconnectButton);
    clientsLayout->addLayout(clientButtons);

    auto *leftPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(addressBox);
    leftLayout->addWidget(clientsBox, 1);
    leftLayout->addWidget(new HandsPanel(m_server, this));
    return leftPane;
}

QWidget *ServerWindow::peopleFinder(QSortFilterProxyModel *people)
{
    people->setFilterKeyColumn(-1); // the name, the address, the kind
    people->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *finder = new QWidget(this);
    auto *layout = new QVBoxLayout(finder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new QLineEdit(finder);
    field->setObjectName(QStringLiteral("peopleFilter"));
    field->setPlaceholderText(tr("Find a name or an address"));
    field->setClearButtonEnabled(true);
    auto *shown = new QLabel(finder);
    shown->setObjectName(QStringLiteral("peopleShown"));
    shown->setTextFormat(Qt::PlainText);
    shown->hide();
    layout->addWidget(field);
    layout->addWidget(shown);

    // Counted again at most ten times a second while a crowd comes in.
    auto *count = new Throttle(
        100,
        [people, field, shown, this] {
            shown->setVisible(!field->text().isEmpty());
            shown->setText(tr("%1 of %2 shown")
                               .arg(QLocale().toString(people->rowCount()),
                                    QLocale().toString(m_participants->rowCount())));
        },
        finder);
    connect(field, &QLineEdit::textChanged, people, [people, count](const QString &text) {
        people->setFilterFixedString(text.trimmed());
        count->request();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(people, signal, count, &Throttle::request);
    connect(people, &QAbstractItemModel::modelReset, count, &Throttle::request);
    return finder;
}
