#pragma once

// salonclientcodec.h — the Salon protocol from the client's side: commands
// out as frames, frames in as events. The mirror of SalonDialect, so the two
// ends of the wire are written, and tested, side by side.

#include "model/chatcommand.h"
#include "model/chatevent.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace SalonClientCodec {

// One command as one line ('\n' included). Hello carries `nick`; the
// protocol version and this program's name go with it.
QByteArray encode(const ChatCommand &command);

// One frame from the server as an event, every text field stripped of
// control characters; nothing for a frame this client does not know. An
// error's sentence is in `text`, its code in `error.code`.
std::optional<ChatEvent> decode(const QJsonObject &frame);

} // namespace SalonClientCodec
