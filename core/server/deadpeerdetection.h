#pragma once

// deadpeerdetection.h — asks the system to notice a dead peer (a pulled
// cable, a laptop gone to sleep) within about a minute, where TCP alone
// waits up to two hours when the room is quiet and about fifteen minutes
// when it is busy. The one place with platform calls: keepalive timing
// (idle, interval, probes) and, on Linux, TCP_USER_TIMEOUT, which bounds how
// long sent data may stay unacknowledged (keepalive checks only a connection
// with nothing left to send). Elsewhere Qt's keepalive switch is all there is.

#include <QtGlobal>

class QAbstractSocket;

namespace DeadPeerDetection {

// Applies to a connected socket; false when the system refused (the socket
// then keeps Qt's plain keepalive).
bool applyTo(QAbstractSocket *socket, int withinSeconds = 60);
// The same, on a connected socket's descriptor (keepalive switched on too).
bool applyTo(qintptr descriptor, int withinSeconds = 60);

} // namespace DeadPeerDetection
