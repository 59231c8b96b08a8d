// salon-lanpeer — the client half of the LAN test (tests/netns/lan-test.sh),
// run on the "second PC": it finds a Salon server by its UDP announcements,
// joins it, says one line and waits to hear it back from the room.
// Exit 0 when all of that worked; the output says what was found.

#include "client/chatclient.h"
#include "discovery/discoverybrowser.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString line = QStringLiteral("hello across the LAN");
    DiscoveryBrowser browser;
    ChatClient client;
    client.setAutoReconnect(false);
    client.setAcceptNewServers(true); // nobody here to compare fingerprints
    int exitCode = 1;

    QObject::connect(&browser, &DiscoveryBrowser::serversChanged, &app, [&] {
        if (client.state() != ChatClient::State::Disconnected)
            return;
        for (const DiscoveryBrowser::Server &server : browser.servers()) {
            if (server.address.isLoopback())
                continue; // the other PC, not this one
            std::printf("found \"%s\" at %s port %u (host %s)\n", qPrintable(server.room),
                        qPrintable(server.addressText()), unsigned(server.port),
                        qPrintable(server.hostName));
            std::fflush(stdout);
            client.connectToServer(server.addressText(), server.port, QStringLiteral("lanpeer"));
            return;
        }
    });
    QObject::connect(&client, &ChatClient::joined, &app, [&] {
        std::printf("joined as %s\n", qPrintable(client.nick()));
        client.sendMessage(line);
    });
    QObject::connect(&client, &ChatClient::messageReceived, &app, [&](const ChatMessage &message) {
        if (message.from == QLatin1String("lanpeer") && message.text == line) {
            std::printf("heard back: %s: %s\n", qPrintable(message.from), qPrintable(message.text));
            exitCode = 0;
            client.disconnectFromServer();
            QCoreApplication::quit();
        }
    });
    QObject::connect(&client, &ChatClient::errorOccurred, &app, [](const QString &text) {
        std::fprintf(stderr, "salon-lanpeer: %s\n", qPrintable(text));
    });
    QTimer::singleShot(20000, &app, [] {
        std::fprintf(stderr, "salon-lanpeer: nothing found or heard within 20 s\n");
        QCoreApplication::quit();
    });
    if (!browser.start(Discovery::Scope::Lan)) {
        std::fprintf(stderr, "salon-lanpeer: can't listen on UDP %u: %s\n",
                     unsigned(Discovery::DefaultPort), qPrintable(browser.errorString()));
        return 1;
    }
    app.exec();
    return exitCode;
}
