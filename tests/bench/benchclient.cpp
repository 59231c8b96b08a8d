#include "benchclient.h"

#include "base/protocol.h"

#include <cstring>
#include <string_view>

namespace {
constexpr char Marker[] = "@@";
// A line longer than this is not one of ours and not a server's: give up.
constexpr qsizetype MaxPendingBytes = 1024 * 1024;
} // namespace

BenchClient::BenchClient(int index, Protocol protocol, QObject *parent)
    : QObject(parent), m_index(index), m_protocol(protocol), m_nick("b" + QByteArray::number(index))
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_protocol == Protocol::Irc)
            m_socket.write("NICK " + m_nick + "\r\nUSER " + m_nick + " 0 * :salon-bench\r\n");
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &BenchClient::readIncoming);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        emit failed(QStringLiteral("client %1: %2").arg(m_index).arg(m_socket.errorString()));
    });
}

void BenchClient::connectTo(const QString &host, quint16 port, Tls tls)
{
    // The bench measures; the server's certificate is taken as it comes.
    m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tlsAfterBanner = tls == Tls::AfterBanner;
    if (tls == Tls::First)
        m_socket.connectToHostEncrypted(host, port);
    else
        m_socket.connectToHost(host, port);
}

QByteArray BenchClient::payload(qint64 sentAtNs, int sender, int size)
{
    QByteArray text =
        Marker + QByteArray::number(sentAtNs) + '.' + QByteArray::number(sender) + '.';
    if (text.size() < size)
        text.append(size - text.size(), 'x');
    return text;
}

void BenchClient::send(const QByteArray &payload)
{
    switch (m_protocol) {
    case Protocol::Salon:
        m_socket.write(R"({"type":"say","text":")" + payload + "\"}\n");
        break;
    case Protocol::Text:
        m_socket.write(payload + '\n');
        break;
    case Protocol::Irc:
        m_socket.write("PRIVMSG #salon :" + payload + "\r\n");
        break;
    }
}

void BenchClient::readIncoming()
{
    // Lines are split by hand over one growing buffer: at millions of lines
    // a second, the benchmark must cost less than the server it measures.
    while (m_socket.bytesAvailable() > 0) {
        const qsizetype old = m_pending.size();
        const qint64 available = m_socket.bytesAvailable();
        m_pending.resize(old + available);
        const qint64 got = m_socket.read(m_pending.data() + old, available);
        m_pending.resize(old + qMax<qint64>(got, 0));
        const char *start = m_pending.constData();
        const char *end = start + m_pending.size();
        const char *line = start;
        while (const void *found = std::memchr(line, '\n', end - line)) {
            const char *newline = static_cast<const char *>(found);
            handleLine(line, newline - line);
            line = newline + 1;
        }
        m_pending.remove(0, line - start);
        if (m_pending.size() > MaxPendingBytes) {
            emit failed(QStringLiteral("client %1: a line over 1 MiB").arg(m_index));
            m_socket.abort();
            return;
        }
    }
}

void BenchClient::handleLine(const char *line, qsizetype length)
{
    if (length > 0 && line[length - 1] == '\r')
        --length;
    if (m_ready && handleDelivery(line, length))
        return;
    const QByteArray text(line, length);
    if (m_protocol == Protocol::Irc && text.startsWith("PING ")) {
        m_socket.write("PONG " + text.mid(5) + "\r\n");
        return;
    }
    if (!m_ready)
        handleHandshakeLine(text);
}

bool BenchClient::handleDelivery(const char *line, qsizetype length)
{
    const std::string_view view(line, static_cast<size_t>(length));
    // The marker first: '@' is rare in a line, where '"' (the first byte of
    // a JSON key) is everywhere, so the bench spends its core on deliveries,
    // not on searching, whatever the server's format.
    const size_t at = view.find(Marker);
    if (at == std::string_view::npos)
        return false;
    // Messages from before we joined (a Salon server's history) are not
    // this run's deliveries. A frame's keys come sorted: "history" before "text".
    if ((m_protocol == Protocol::Salon &&
         view.substr(0, at).find(R"("history":true)") != std::string_view::npos) ||
        (m_protocol == Protocol::Text && !view.empty() && view.front() == '['))
        return true;
    qint64 sentAt = 0;
    int sender = 0;
    size_t i = at + 2;
    for (; i < view.size() && view[i] >= '0' && view[i] <= '9'; ++i)
        sentAt = sentAt * 10 + (view[i] - '0');
    if (i >= view.size() || view[i] != '.')
        return false;
    for (++i; i < view.size() && view[i] >= '0' && view[i] <= '9'; ++i)
        sender = sender * 10 + (view[i] - '0');
    if (i >= view.size() || view[i] != '.')
        return false;
    if (onDelivery)
        onDelivery(m_index, sender, sentAt);
    return true;
}

void BenchClient::handleHandshakeLine(const QByteArray &line)
{
    switch (m_protocol) {
    case Protocol::Salon:
    case Protocol::Text:
        if (line.startsWith("SALON/1 REFUSED")) {
            emit failed(
                QStringLiteral("client %1 refused: %2").arg(m_index).arg(QString::fromUtf8(line)));
            return;
        }
        if (!m_sawBanner && m_tlsAfterBanner) {
            // Nothing more comes in plain text: the server waits for ours.
            m_tlsAfterBanner = false;
            const QByteArray offer = QByteArray(::Protocol::BannerPrefix) + ::Protocol::TlsOffer;
            if (!line.startsWith(offer)) {
                emit failed(QStringLiteral("client %1: the server offers no TLS").arg(m_index));
                return;
            }
            m_socket.startClientEncryption();
            return; // the banner comes again, inside TLS
        }
        if (!m_sawBanner) {
            m_sawBanner = true;
            // Salon clients say hello, reading a crowd's frames as Salon's
            // own client does; a text client shows it is one by sending a
            // line, and is let in under a guest name.
            if (m_protocol == Protocol::Salon)
                m_socket.write(R"({"type":"hello","features":["crowd"],"nick":")" + m_nick +
                               "\"}\n");
            else
                m_socket.write("/who\n");
            return;
        }
        if (m_protocol == Protocol::Salon && line.contains(R"("type":"welcome")"))
            becomeReady();
        else if (m_protocol == Protocol::Salon && line.contains(R"("type":"nick-refused")"))
            emit failed(QStringLiteral("client %1: nickname refused").arg(m_index));
        else if (m_protocol == Protocol::Text && line.startsWith("*** "))
            becomeReady();
        break;
    case Protocol::Irc: {
        const QList<QByteArray> words = line.split(' ');
        if (words.value(0) == "ERROR") {
            emit failed(QStringLiteral("client %1: %2").arg(m_index).arg(QString::fromUtf8(line)));
        } else if (words.value(1) == "001") {
            m_socket.write("JOIN #salon\r\n");
        } else if (words.value(1) == "366") { // end of the channel's names: in
            becomeReady();
        } else if (words.value(1) == "433" || words.value(1) == "471" || words.value(1) == "405") {
            emit failed(QStringLiteral("client %1: %2").arg(m_index).arg(QString::fromUtf8(line)));
        }
        break;
    }
    }
}

void BenchClient::becomeReady()
{
    m_ready = true;
    emit ready();
}
