// serverwindow_people.cpp — ServerWindow's part for finding someone among
// thousands: a field that keeps the people whose name or address holds
// what is typed, and says how many it shows of how many.

#include "server/participantsmodel.h"
#include "serverwindow.h"
#include "throttle.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

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
