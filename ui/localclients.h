#pragma once

// localclients.h — client windows joined to a room on this PC: for the
// server window's "Open a client window" and for `salon demo`, which puts
// a server and several clients side by side on one screen.

#include <QRect>
#include <QStringList>

class ClientWindow;

class ChatServer;

namespace LocalClients {

// A nickname from a short list of first names that none of `taken` uses.
QString freeNick(const QStringList &taken);
// Opens a client window on 127.0.0.1:port as `nick`, placed in `where` when
// it is not empty, and connects it. The window deletes itself when closed.
ClientWindow *open(quint16 port, const QString &nick, const QRect &where = {});

// The windows opened on the server's own PC know its certificate: they
// join it encrypted with no fingerprint to compare (127.0.0.1:its port).
void trustOwnServer(const ChatServer *server);

} // namespace LocalClients
