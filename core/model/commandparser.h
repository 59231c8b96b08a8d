#pragma once

// commandparser.h — the one reader of what a person types: "/nick NAME",
// "/msg NAME text", "/who", "/help", "fin" or "/quit", or a message. Text
// clients on the server and the client window's input line both use it, so
// a command means the same wherever it is typed.

#include "model/chatcommand.h"

#include <QString>
#include <QStringList>

namespace CommandParser {

// One line as typed (controls already removed). Leading spaces of a message
// are kept (ASCII art, indented code); trailing ones are dropped.
ChatCommand parse(const QString &line);

// What /help says: the commands parse() knows, a line each.
QStringList help();

} // namespace CommandParser
