#include "windowmenus.h"

#include "chatlogview.h"
#include "theme.h"
#include "wireinspector.h"
#include "zoomcontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace WindowMenus {

void addSaveAndQuit(QMenu *menu, ChatLogView *log, QMainWindow *window)
{
    QAction *save =
        menu->addAction(QCoreApplication::translate("WindowMenus", "&Save the log as…"));
    save->setShortcut(QKeySequence::Save);
    QObject::connect(save, &QAction::triggered, log, &ChatLogView::saveWithDialog);
    menu->addSeparator();
    QAction *quit = menu->addAction(QCoreApplication::translate("WindowMenus", "&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    QObject::connect(quit, &QAction::triggered, window, &QWidget::close);
}

void addViewMenu(QMainWindow *window, ZoomController *zoom, WireInspector *inspector)
{
    QMenu *view = window->menuBar()->addMenu(QCoreApplication::translate("WindowMenus", "&View"));
    view->addActions(zoom->actions());
    view->addSeparator();
    Theme::addMenu(view);
    view->addSeparator();
    QAction *toggle = inspector->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(toggle);
}

} // namespace WindowMenus
