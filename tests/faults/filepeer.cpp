// salon-filepeer — a student's Salon client in the files scenario of the
// fault suite (tests/faults/files-test.sh): it joins, and every file the
// teacher hands out is fetched by itself (FileTransfers, as the window
// does) into its folder, resumed after cuts and checked against its
// SHA-256. One line per file once it is saved:
//   FILE nick=ana name=big.bin bytes=209715200 sha256=… tries=…
// It ends when COUNT files are saved (exit 0), a download fails for good or
// the deadline passes (exit 1).

#include "client/chatclient.h"
#include "client/filetransfers.h"
#include "client/transferjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    options.addOptions({
        {QStringLiteral("host"), QStringLiteral("Server address."), QStringLiteral("H")},
        {QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("P"),
         QStringLiteral("12800")},
        {QStringLiteral("nick"), QStringLiteral("Nickname."), QStringLiteral("NAME")},
        {QStringLiteral("folder"), QStringLiteral("Where files go."), QStringLiteral("DIR")},
        {QStringLiteral("files"), QStringLiteral("Files to wait for."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("deadline"), QStringLiteral("Seconds before giving up."),
         QStringLiteral("S"), QStringLiteral("600")},
    });
    options.process(app);
    const QString nick = options.value(QStringLiteral("nick"));
    const int wanted = options.value(QStringLiteral("files")).toInt();

    ChatClient client;
    client.setAcceptNewServers(true); // nobody here to compare fingerprints
    client.setReconnectDelays(1000, 5000);
    FileTransfers transfers(&client);
    transfers.setDownloadFolder(options.value(QStringLiteral("folder")));
    int saved = 0;
    QObject::connect(&transfers, &FileTransfers::jobChanged, &app, [&](TransferJob *job) {
        if (job->state() == TransferJob::State::Waiting && !job->error().isEmpty()) {
            std::printf("%s: %s\n", qPrintable(nick), qPrintable(job->error()));
            std::fflush(stdout);
        }
        if (job->state() == TransferJob::State::Failed) {
            std::printf("%s: FAILED %s: %s\n", qPrintable(nick), qPrintable(job->name()),
                        qPrintable(job->error()));
            QCoreApplication::exit(1);
        }
        if (job->state() == TransferJob::State::Done) {
            std::printf("FILE nick=%s name=%s bytes=%lld sha256=%s\n", qPrintable(nick),
                        qPrintable(job->name()), static_cast<long long>(job->size()),
                        job->sha256().toHex().constData());
            std::fflush(stdout);
            if (++saved == wanted)
                QCoreApplication::exit(0);
        }
    });
    QObject::connect(&client, &ChatClient::stateChanged, &app, [&](ChatClient::State state) {
        std::printf("%s: state %s\n", qPrintable(nick), qPrintable(ChatClient::stateText(state)));
        std::fflush(stdout);
    });
    QTimer::singleShot(options.value(QStringLiteral("deadline")).toInt() * 1000, &app, [&] {
        std::printf("%s: deadline, %d of %d files saved\n", qPrintable(nick), saved, wanted);
        QCoreApplication::exit(1);
    });
    client.connectToServer(options.value(QStringLiteral("host")),
                           quint16(options.value(QStringLiteral("port")).toUInt()), nick);
    return app.exec();
}
