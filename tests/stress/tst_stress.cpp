// The headless server under every kind of abuse at once, on loopback, bounded
// in count and time: hundreds of idle connections, resets, connections that
// never finish their hello, a reader that stopped reading, random bytes, a
// 100 MB line with no newline, invalid UTF-8 and a flooder — while two
// well-behaved clients chat. They must get every message, in order, and the
// server's peak memory must stay under a stated bound. Prints the figures.

#include "base/linesplitter.h"
#include "client/chatclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {
constexpr int IdleConnections = 300;
constexpr int Resets = 100;
constexpr int UnfinishedHellos = 50;
constexpr int MessagesEach = 300;
constexpr qint64 HugeLineBytes = 100 * 1024 * 1024;
// The bound the server's peak resident memory must stay under, whatever the load.
constexpr qint64 MaxServerPeakKiB = 96 * 1024;

// VmRSS or VmHWM of a process, in KiB (Linux); -1 elsewhere.
qint64 memoryKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[size_t(p * double(values.size() - 1))]);
}
} // namespace

class TestStress : public QObject
{
    Q_OBJECT
private slots:
    void wellBehavedClientsLoseNothingWhileOthersMisbehave();
};

void TestStress::wellBehavedClientsLoseNothingWhileOthersMisbehave()
{
#if !defined(Q_OS_LINUX)
    QSKIP("reads the server's memory from /proc");
#endif
    // Well-behaved means within the flood limits: 40 messages per second each.
    QByteArray output; // before the process: it outlives the process's last signal
    QProcess server;
    connect(&server, &QProcess::readyReadStandardOutput, this,
            [&server, &output] { output += server.readAllStandardOutput(); });
    server.start(QStringLiteral(SALON_BINARY),
                 {QStringLiteral("server"), QStringLiteral("--headless"), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--flood-rate"), QStringLiteral("50"),
                  QStringLiteral("--flood-burst"), QStringLiteral("50")});
    QVERIFY(server.waitForStarted());
    const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(listening.match(QString::fromUtf8(output)).hasMatch(), 10000);
    const auto port = quint16(listening.match(QString::fromUtf8(output)).captured(1).toUInt());
    const qint64 pid = server.processId();
    const qint64 baselineKiB = memoryKiB(pid, "VmRSS");

    // Hundreds of idle listeners (nc with nobody typing), 40 connecting at a
    // time so the kernel's accept queue (50) does not drop handshakes.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    std::vector<QByteArray> idleReceived(IdleConnections);
    int idleInRoom = 0;
    std::function<void()> connectNext = [&] {
        if (idle.size() >= size_t(IdleConnections))
            return;
        const size_t index = idle.size();
        idle.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *socket = idle.back().get();
        connect(socket, &QTcpSocket::readyRead, socket,
                [socket, index, &idleReceived, &idleInRoom, &connectNext] {
                    QByteArray &received = idleReceived[index];
                    if (received == "in") {
                        socket->readAll();
                        return;
                    }
                    if (received.isEmpty())
                        connectNext(); // greeted: the next one may connect
                    received += socket->readAll();
                    if (received.contains("*** You are guest-")) {
                        received = "in";
                        ++idleInRoom;
                    } else {
                        received = received.right(64); // the line may come in two pieces
                        if (received.isEmpty())
                            received = " ";
                    }
                });
        socket->connectToHost(QHostAddress::LocalHost, port);
    };
    for (int i = 0; i < 40; ++i)
        connectNext();
    QTRY_VERIFY2_WITH_TIMEOUT(idleInRoom == IdleConnections,
                              qPrintable(QStringLiteral("%1 of %2 idle clients in the room")
                                             .arg(idleInRoom)
                                             .arg(IdleConnections)),
                              30000);
    const qint64 idleKiB = memoryKiB(pid, "VmRSS");

    // The two who chat.
    ChatClient alice;
    ChatClient bob;
    QStringList aliceGot;
    QStringList bobGot;
    std::vector<qint64> latencies;
    QElapsedTimer clock;
    clock.start();
    const auto fromTheTwo = [](const ChatMessage &message) {
        return message.from == QLatin1String("alice") || message.from == QLatin1String("bob");
    };
    connect(&alice, &ChatClient::messageReceived, this, [&](const ChatMessage &message) {
        if (fromTheTwo(message))
            aliceGot.append(message.from + u':' + message.text);
        if (message.from == QLatin1String("alice"))
            latencies.push_back(clock.elapsed() - message.text.section(u' ', 1, 1).toLongLong());
    });
    connect(&bob, &ChatClient::messageReceived, this, [&](const ChatMessage &message) {
        if (fromTheTwo(message))
            bobGot.append(message.from + u':' + message.text);
    });
    // The server speaks TLS: both pin the certificate they meet.
    alice.setAcceptNewServers(true);
    bob.setAcceptNewServers(true);
    alice.connectToServer(QStringLiteral("127.0.0.1"), port, QStringLiteral("alice"));
    bob.connectToServer(QStringLiteral("127.0.0.1"), port, QStringLiteral("bob"));
    QTRY_VERIFY(alice.state() == ChatClient::State::Connected &&
                bob.state() == ChatClient::State::Connected);

    // Everyone else misbehaves at once.
    std::vector<std::unique_ptr<QTcpSocket>> hostile;
    const auto open = [&]() {
        hostile.push_back(std::make_unique<QTcpSocket>());
        hostile.back()->connectToHost(QHostAddress::LocalHost, port);
        return hostile.back().get();
    };
    for (int i = 0; i < Resets; ++i) {
        QTcpSocket *socket = open();
        connect(socket, &QTcpSocket::connected, socket, [socket] { socket->abort(); });
    }
    for (int i = 0; i < UnfinishedHellos; ++i) {
        QTcpSocket *socket = open();
        connect(socket, &QTcpSocket::connected, socket,
                [socket] { socket->write("{\"type\":\"hel"); });
    }
    QTcpSocket *sleeper = open(); // joins, then never reads again
    sleeper->setReadBufferSize(1);
    connect(sleeper, &QTcpSocket::connected, sleeper,
            [sleeper] { sleeper->write("/nick sleeper\n"); });
    QTcpSocket *noise = open();
    connect(noise, &QTcpSocket::connected, noise, [noise] {
        QByteArray bytes(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(12800);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        noise->write(bytes);
    });
    QTcpSocket *invalid = open();
    connect(invalid, &QTcpSocket::connected, invalid, [invalid] {
        for (int i = 0; i < 200; ++i)
            invalid->write("\xff\xfe\xc3 caf\xe9 \x80\x81\n");
    });
    QTcpSocket *flooder = open();
    connect(flooder, &QTcpSocket::connected, flooder, [flooder] {
        QByteArray flood;
        for (int i = 0; i < 5000; ++i)
            flood += "flood " + QByteArray::number(i) + '\n';
        flooder->write(flood);
    });
    QTcpSocket *endless = open(); // 100 MB, no newline, written as fast as it drains
    qint64 endlessSent = 0;
    const QByteArray chunk(1024 * 1024, 'x');
    const auto feed = [&] {
        while (endless->bytesToWrite() < 4 * chunk.size() && endlessSent < HugeLineBytes) {
            endless->write(chunk);
            endlessSent += chunk.size();
        }
    };
    connect(endless, &QTcpSocket::connected, endless, feed);
    connect(endless, &QTcpSocket::bytesWritten, endless, feed);

    // Meanwhile alice and bob chat, each at 40 messages per second.
    int sent = 0;
    QTimer pace;
    pace.setInterval(25);
    connect(&pace, &QTimer::timeout, this, [&] {
        if (sent >= MessagesEach) {
            pace.stop();
            return;
        }
        alice.sendMessage(QStringLiteral("a %1 %2").arg(clock.elapsed()).arg(sent));
        bob.sendMessage(QStringLiteral("b %1").arg(sent));
        ++sent;
    });
    pace.start();

    QTRY_VERIFY_WITH_TIMEOUT(
        bobGot.size() == 2 * MessagesEach && aliceGot.size() == 2 * MessagesEach, 60000);
    QTRY_VERIFY_WITH_TIMEOUT((endlessSent >= HugeLineBytes && endless->bytesToWrite() == 0) ||
                                 endless->state() != QAbstractSocket::ConnectedState,
                             60000);

    // Every message, in one order, each sender's in the order sent; nobody else's.
    QCOMPARE(aliceGot, bobGot);
    QStringList fromAlice;
    QStringList fromBob;
    for (const QString &line : std::as_const(aliceGot)) {
        if (line.startsWith(QLatin1String("alice:")))
            fromAlice.append(line.section(u' ', 2));
        else if (line.startsWith(QLatin1String("bob:")))
            fromBob.append(line.section(u' ', 1));
    }
    QCOMPARE(fromAlice.size(), MessagesEach);
    QCOMPARE(fromBob.size(), MessagesEach);
    for (int i = 0; i < MessagesEach; ++i) {
        QCOMPARE(fromAlice.at(i), QString::number(i));
        QCOMPARE(fromBob.at(i), QString::number(i));
    }
    QVERIFY2(output.contains("disconnected for flooding"), "the flooder was not stopped");
    QVERIFY2(output.contains("sent a line over"), "the endless line was not cut");

    const qint64 peakKiB = memoryKiB(pid, "VmHWM");
    qInfo("server memory: %lld KiB at start, %lld KiB with %d idle clients "
          "(%.1f KiB each), peak %lld KiB under load (bound %lld KiB)",
          baselineKiB, idleKiB, IdleConnections, double(idleKiB - baselineKiB) / IdleConnections,
          peakKiB, MaxServerPeakKiB);
    qInfo("alice's round trip during the storm: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %zu "
          "messages",
          percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0),
          latencies.size());
#if defined(SALON_SANITIZED)
    // ASan keeps freed memory in quarantine and adds shadow memory: the bound
    // is for the real build, which the normal test run checks.
    qInfo("memory bound not checked under the sanitizers");
#else
    QVERIFY2(peakKiB > 0 && peakKiB < MaxServerPeakKiB,
             qPrintable(QStringLiteral("peak %1 KiB").arg(peakKiB)));
#endif

    server.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, 20000);
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestStress)
#include "tst_stress.moc"
