#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Theme {

namespace {
constexpr char Key[] = "view/theme";

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    dark.setColor(QPalette::Link, QColor(0x7f, 0xb8, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

// The style and palette the program started with: "System" goes back to them.
struct Start
{
    QString style;
    QPalette palette;
};
Start &start()
{
    static Start original{QApplication::style()->name(), QApplication::palette()};
    return original;
}

QList<QPointer<QActionGroup>> &menus()
{
    static QList<QPointer<QActionGroup>> all;
    return all;
}
} // namespace

Choice saved()
{
    const QString name = QSettings().value(QLatin1String(Key)).toString();
    if (name == QLatin1String("dark"))
        return Choice::Dark;
    if (name == QLatin1String("light"))
        return Choice::Light;
    return Choice::System;
}

void apply(Choice choice)
{
    start(); // noted before the first change
    switch (choice) {
    case Choice::System:
        QApplication::setStyle(QStyleFactory::create(start().style));
        QApplication::setPalette(start().palette);
        QSettings().remove(QLatin1String(Key));
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QSettings().setValue(QLatin1String(Key), QStringLiteral("light"));
        break;
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        QSettings().setValue(QLatin1String(Key), QStringLiteral("dark"));
        break;
    }
    menus().removeAll(nullptr);
    for (QActionGroup *group : std::as_const(menus()))
        group->actions().at(int(choice))->setChecked(true);
}

void applySaved()
{
    if (const Choice choice = saved(); choice != Choice::System)
        apply(choice);
}

void addMenu(QMenu *menu)
{
    QMenu *theme = menu->addMenu(QCoreApplication::translate("Theme", "&Theme"));
    auto *group = new QActionGroup(theme);
    const char *const names[] = {QT_TRANSLATE_NOOP("Theme", "&System"),
                                 QT_TRANSLATE_NOOP("Theme", "&Light"),
                                 QT_TRANSLATE_NOOP("Theme", "&Dark")};
    const Choice current = saved();
    for (int i = 0; i < 3; ++i) {
        QAction *action = theme->addAction(QCoreApplication::translate("Theme", names[i]));
        action->setObjectName(QStringLiteral("theme%1").arg(i));
        action->setCheckable(true);
        action->setChecked(int(current) == i);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, action, [i] { apply(Choice(i)); });
    }
    menus().append(group);
}

void makeWarning(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAutoFillBackground(true);
    QPalette colours = label->palette();
    colours.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xb2));
    colours.setColor(QPalette::WindowText, QColor(0x5f, 0x3b, 0x00));
    label->setPalette(colours);
    label->setContentsMargins(6, 4, 6, 4);
    label->hide();
}

} // namespace Theme
