// chatserver_security.cpp — ChatServer's part for TLS: the identity the
// room speaks TLS with, and a plain connection turned away when the room
// only accepts encrypted ones.

#include "server/chatserver.h"
#include "server/peersession.h"
#include "server/transport.h"

#include <QSslSocket>

void ChatServer::setIdentity(const std::optional<ServerIdentity> &identity)
{
    m_identity = identity;
    m_tls.reset();
    if (m_identity && QSslSocket::supportsSsl())
        m_tls = m_identity->serverConfiguration();
    emit identityChanged();
}

bool ChatServer::offersTls() const
{
    return m_tls.has_value();
}

void ChatServer::turnAwayPlain(PeerSession *session, Transport *transport)
{
    // Not heard at all: told how to come back encrypted, in its own words
    // (a Salon error, or a "!!!" line), then closed.
    session->start();
    session->sendError(ErrorCode::TlsRequired, {Participant::endpointOf(transport->localAddress(),
                                                                        transport->localPort())});
    reportTurnedAway(session->participant().endpoint(),
                     tr("a plain connection to a room that only accepts encrypted ones"));
    session->closeWithGoodbye(tr("Goodbye."));
}
