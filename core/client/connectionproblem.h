#pragma once

// connectionproblem.h — why a connection to a server failed, in a sentence a
// person can act on ("is the server started, is the port right?").

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

class ConnectionProblem
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProblem)
public:
    // `systemText` is the socket's own errorString(), for the rare cases.
    static QString describe(QAbstractSocket::SocketError error, const QString &host, quint16 port,
                            const QString &systemText);
};
