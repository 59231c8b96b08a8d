// salon-faultpeer — one person in the fault-injection suite
// (tests/faults/faults-test.sh): a Salon client (with its outbox and its
// reconnection) or a text client (a socket, like nc, run again by its
// person when it drops). It may say COUNT numbered messages, "NICK #k",
// then "NICK #end" once they all came back; it counts, for every sender it
// expects, the messages it was shown: lost, duplicated, out of order.
// It ends when it has seen every expected sender's "#end" (exit 0 when all
// the counts are zero) or at its deadline (exit 1). One line per sender:
//   REPORT receiver=alice sender=bob expected=60 got=60 lost=0 duplicated=0 reordered=0

#include "base/linesplitter.h"
#include "base/textcodec.h"
#include "client/chatclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

// What one receiver was shown of one sender.
struct Tally
{
    int expected = 0;
    QSet<int> seen;
    int highest = 0;
    int duplicated = 0;
    int reordered = 0;
    bool ended = false;

    void shown(int number)
    {
        if (seen.contains(number)) {
            ++duplicated;
            return;
        }
        if (number < highest)
            ++reordered;
        seen.insert(number);
        highest = qMax(highest, number);
    }
    // Replayed after a reconnection (on joining, or asked for with
    // /history): new to us only if not seen yet. A replay is a block of
    // the record read in one go: its order is checked within the block.
    int replayHighest = 0;
    void recovered(int number)
    {
        if (seen.contains(number))
            return;
        if (number < replayHighest)
            ++reordered;
        seen.insert(number);
        replayHighest = qMax(replayHighest, number);
        highest = qMax(highest, number);
    }
};

class FaultPeer : public QObject
{
public:
    // The socket closes as it is destroyed, after the timers and buffers
    // declared below it: its "disconnected" must not reach them then.
    ~FaultPeer() override { disconnect(&m_socket, nullptr, this, nullptr); }

    FaultPeer(const QCommandLineParser &options)
        : m_nick(options.value(QStringLiteral("nick")))
        , m_host(options.value(QStringLiteral("host")))
        , m_port(quint16(options.value(QStringLiteral("port")).toUInt()))
        , m_toSend(options.value(QStringLiteral("send")).toInt())
        , m_padding(options.value(QStringLiteral("pad")).toInt(), QLatin1Char('.'))
        , m_mayMiss(options.isSet(QStringLiteral("may-miss")))
        , m_text(options.isSet(QStringLiteral("text")))
    {
        for (const QString &pair :
             options.value(QStringLiteral("expect")).split(u',', Qt::SkipEmptyParts)) {
            const QStringList parts = pair.split(u'=');
            m_tallies[parts.value(0)].expected = parts.value(1).toInt();
        }
        m_sendTimer.setInterval(options.value(QStringLiteral("every")).toInt());
        // A person at nc notices when nothing comes any more, and runs it again.
        m_silenceRestartMs = options.value(QStringLiteral("silence-restart")).toInt() * 1000;
        m_silence.setSingleShot(true);
        connect(&m_silence, &QTimer::timeout, this, [this] {
            say(QStringLiteral("nothing for a while: running nc again"));
            m_socket.abort(); // and m_retry connects again
        });
        connect(&m_sendTimer, &QTimer::timeout, this, &FaultPeer::sendNext);
        QTimer::singleShot(options.value(QStringLiteral("deadline")).toInt() * 1000, this,
                           [this] { finish(QStringLiteral("deadline")); });
        if (m_text)
            startText();
        else
            startSalon(options.value(QStringLiteral("reconnect-max")).toInt());
    }

private:
    void say(const QString &what)
    {
        std::printf("%s: %s\n", qPrintable(m_nick), qPrintable(what));
        std::fflush(stdout);
    }

    void startSalon(int reconnectMaxMs)
    {
        m_client.setReconnectDelays(1000, reconnectMaxMs);
        m_client.setAcceptNewServers(true); // nobody here to compare fingerprints
        connect(&m_client, &ChatClient::stateChanged, this, [this](ChatClient::State state) {
            say(QStringLiteral("state ") + ChatClient::stateText(state));
        });
        connect(&m_client, &ChatClient::joined, this, [this] {
            if (!m_sendTimer.isActive() && m_sent < m_toSend)
                m_sendTimer.start();
            else if (m_toSend == 0)
                checkDone();
        });
        connect(&m_client, &ChatClient::messageReceived, this, [this](const ChatMessage &message) {
            // What the window shows: a history replayed on coming back adds
            // only what was not shown yet (RoomLogWriter's rule).
            if (message.history && message.id > 0 && message.id <= m_lastShownId)
                return;
            m_lastShownId = qMax(m_lastShownId, message.id);
            count(message.from, message.text, false);
        });
        connect(&m_client, &ChatClient::outboxChanged, this, &FaultPeer::maybeEnd);
        connect(&m_client, &ChatClient::errorOccurred, this,
                [this](const QString &text) { say(QStringLiteral("error ") + text); });
        connect(&m_client, &ChatClient::nameLost, this,
                [this] { finish(QStringLiteral("name lost")); });
        m_client.connectToServer(m_host, m_port, m_nick);
    }

    void startText()
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            say(QStringLiteral("connected"));
            m_lines = LineSplitter(1024 * 1024);
            m_inHistory = false;
            if (m_silenceRestartMs > 0)
                m_silence.start(m_silenceRestartMs);
            m_socket.write(QStringLiteral("/nick %1\n").arg(m_nick).toUtf8());
            // Back after a drop, its person asks for what was said meanwhile
            // (a text client is replayed only the last few on joining).
            if (++m_textConnections > 1)
                m_socket.write("/history 100\n");
            if (!m_sendTimer.isActive() && m_sent < m_toSend)
                m_sendTimer.start();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            if (m_silenceRestartMs > 0)
                m_silence.start(m_silenceRestartMs);
            m_lines.append(m_socket.readAll());
            while (m_lines.hasLine())
                readTextLine(TextCodec::decode(m_lines.takeLine()));
        });
        // Its person runs nc again, a second later.
        m_retry.setSingleShot(true);
        m_retry.setInterval(1000);
        connect(&m_retry, &QTimer::timeout, this, [this] {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                m_socket.connectToHost(m_host, m_port);
        });
        connect(&m_socket, &QTcpSocket::stateChanged, this,
                [this](QAbstractSocket::SocketState state) {
                    if (state != QAbstractSocket::UnconnectedState)
                        return;
                    say(QStringLiteral("disconnected"));
                    m_sendTimer.stop();
                    m_silence.stop();
                    m_retry.start();
                });
        m_socket.connectToHost(m_host, m_port);
    }

    void readTextLine(const QString &line)
    {
        if (line.startsWith(QLatin1String("!!! You stopped reading"))) {
            m_toldStopped = true;
            say(QStringLiteral("told: ") + line.left(60));
            return;
        }
        if (line.startsWith(QLatin1String("*** The last"))) {
            m_inHistory = true;
            for (Tally &tally : m_tallies)
                tally.replayHighest = 0;
            return;
        }
        if (line.startsWith(QLatin1String("*** End of the earlier"))) {
            m_inHistory = false;
            return;
        }
        static const QRegularExpression said(
            QStringLiteral(R"(^(?:\[\d\d:\d\d\] )?([^: ]+): (.*)$)"));
        const QRegularExpressionMatch match = said.match(line);
        if (match.hasMatch())
            count(match.captured(1), match.captured(2), m_inHistory);
    }

    void count(const QString &from, const QString &text, bool replayed)
    {
        static const QRegularExpression numbered(QStringLiteral(R"(^(\S+) #(\d+|end)\.*$)"));
        const QRegularExpressionMatch match = numbered.match(text);
        if (!match.hasMatch() || match.captured(1) != from || !m_tallies.contains(from))
            return;
        Tally &tally = m_tallies[from];
        if (match.captured(2) == QLatin1String("end"))
            tally.ended = true;
        else if (replayed)
            tally.recovered(match.captured(2).toInt());
        else
            tally.shown(match.captured(2).toInt());
        checkDone();
    }

    QString numbered(const QString &what) const { return m_nick + QStringLiteral(" #") + what; }

    void sendNext()
    {
        if (m_sent >= m_toSend) {
            m_sendTimer.stop();
            maybeEnd();
            return;
        }
        const QString text = numbered(QString::number(m_sent + 1)) + m_padding;
        if (m_text) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return; // its person waits to type it
            m_socket.write(text.toUtf8() + '\n');
        } else if (!m_client.sendMessage(text)) {
            return; // not connected just now: typed again next tick
        }
        ++m_sent;
    }

    // Everything said: once it all came back, the end marker.
    void maybeEnd()
    {
        if (m_sent < m_toSend || m_endSent || m_toSend == 0)
            return;
        if (m_text) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return;
            m_socket.write(numbered(QStringLiteral("end")).toUtf8() + '\n');
        } else {
            if (!m_client.outbox().isEmpty() ||
                !m_client.sendMessage(numbered(QStringLiteral("end"))))
                return;
        }
        m_endSent = true;
    }

    void checkDone()
    {
        for (const Tally &tally : std::as_const(m_tallies)) {
            if (!tally.ended)
                return;
        }
        if (m_sent < m_toSend || (m_toSend > 0 && !m_endSent))
            return;
        finish(QStringLiteral("done"));
    }

    void finish(const QString &why)
    {
        bool clean = why == QLatin1String("done");
        for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it) {
            const Tally &tally = it.value();
            const int lost = tally.expected - int(tally.seen.size());
            std::printf("REPORT receiver=%s sender=%s expected=%d got=%d lost=%d duplicated=%d "
                        "reordered=%d%s\n",
                        qPrintable(m_nick), qPrintable(it.key()), tally.expected,
                        int(tally.seen.size()), lost, tally.duplicated, tally.reordered,
                        m_text ? (m_toldStopped ? " told-stopped=1" : "") : "");
            if (tally.duplicated > 0 || tally.reordered > 0 || (lost > 0 && !m_mayMiss))
                clean = false;
        }
        if (m_mayMiss && !m_toldStopped)
            clean = false;
        say(QStringLiteral("finished: ") + why);
        if (!m_text)
            m_client.disconnectFromServer();
        QCoreApplication::exit(clean ? 0 : 1);
    }

    QString m_nick;
    QString m_host;
    quint16 m_port;
    int m_toSend;
    QString m_padding;
    bool m_mayMiss;
    bool m_text;
    int m_sent = 0;
    bool m_endSent = false;
    QTimer m_sendTimer;
    QHash<QString, Tally> m_tallies;
    ChatClient m_client;
    qint64 m_lastShownId = 0;
    QTcpSocket m_socket;
    LineSplitter m_lines{1024 * 1024};
    bool m_inHistory = false;
    int m_textConnections = 0;
    bool m_toldStopped = false;
    int m_silenceRestartMs = 0;
    QTimer m_silence;
    QTimer m_retry;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    options.addOptions({
        {QStringLiteral("text"), QStringLiteral("A text client (default: a Salon client).")},
        {QStringLiteral("host"), QStringLiteral("Server address."), QStringLiteral("H")},
        {QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("P"),
         QStringLiteral("12800")},
        {QStringLiteral("nick"), QStringLiteral("Nickname."), QStringLiteral("NAME")},
        {QStringLiteral("send"), QStringLiteral("Messages to say."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("every"), QStringLiteral("Milliseconds between them."),
         QStringLiteral("MS"), QStringLiteral("500")},
        {QStringLiteral("pad"), QStringLiteral("Dots after each message."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("expect"), QStringLiteral("Senders and counts: bob=60,zoe=20."),
         QStringLiteral("LIST")},
        {QStringLiteral("deadline"), QStringLiteral("Seconds before giving up."),
         QStringLiteral("S"), QStringLiteral("300")},
        {QStringLiteral("reconnect-max"), QStringLiteral("Longest wait between tries, ms."),
         QStringLiteral("MS"), QStringLiteral("5000")},
        {QStringLiteral("silence-restart"),
         QStringLiteral("Text client: run nc again after this many seconds with nothing."),
         QStringLiteral("S"), QStringLiteral("0")},
        {QStringLiteral("may-miss"),
         QStringLiteral("A reader that is stopped: it must be told why, and may miss messages.")},
    });
    options.process(app);
    FaultPeer peer(options);
    return app.exec();
}
