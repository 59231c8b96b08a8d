#pragma once

// windowmenus.h — the menu entries both windows share: Save the log as…
// and Quit at the end of the first menu, and the View menu (zoom, the wire
// inspector), with the same shortcuts everywhere.

class ChatLogView;
class QMainWindow;
class QMenu;
class WireInspector;
class ZoomController;

namespace WindowMenus {

void addSaveAndQuit(QMenu *menu, ChatLogView *log, QMainWindow *window);
void addViewMenu(QMainWindow *window, ZoomController *zoom, WireInspector *inspector);

} // namespace WindowMenus
