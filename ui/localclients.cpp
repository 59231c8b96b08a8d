#include "localclients.h"

#include "clientwindow.h"
#include "server/chatserver.h"
#include "servertrust.h"

#include <QCoreApplication>

namespace LocalClients {

QString freeNick(const QStringList &taken)
{
    static const char *const names[] = {"alice", "bob",  "chloe", "david", "emma",
                                        "farid", "gaby", "hugo",  "ines",  "jules"};
    for (int round = 1;; ++round) {
        for (const char *name : names) {
            const QString nick = round == 1 ? QString::fromLatin1(name)
                                            : QString::fromLatin1(name) + QString::number(round);
            if (!taken.contains(nick, Qt::CaseInsensitive))
                return nick;
        }
    }
}

ClientWindow *open(quint16 port, const QString &nick, const QRect &where)
{
    auto *window = new ClientWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setHost(QStringLiteral("127.0.0.1"));
    window->setPort(port);
    window->setNick(nick);
    if (!where.isEmpty())
        window->setGeometry(where);
    window->show();
    window->connectToServer();
    return window;
}

void trustOwnServer(const ChatServer *server)
{
    if (server->offersTls() && server->isListening())
        ServerTrust::pin(QStringLiteral("127.0.0.1"), server->serverPort(),
                         server->identity()->sha256());
}

} // namespace LocalClients
