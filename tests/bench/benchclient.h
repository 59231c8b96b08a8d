#pragma once

// benchclient.h — one simulated chatter of salon-bench: it joins the room in
// the server's own protocol (Salon frames, text lines or IRC), sends the
// messages the benchmark hands it, and reports every benchmark message it
// receives with the send time the message carries.

#include <QByteArray>
#include <QObject>
#include <QSslSocket>

#include <functional>

class BenchClient : public QObject
{
    Q_OBJECT
public:
    enum class Protocol { Salon, Text, Irc };

    BenchClient(int index, Protocol protocol, QObject *parent = nullptr);

    // How TLS starts, if it does: a ClientHello first, as a browser on
    // https:// or openssl s_client does (Salon and text), or once the
    // banner offers it, as Salon's own client does (Salon).
    enum class Tls { None, First, AfterBanner };
    void connectTo(const QString &host, quint16 port, Tls tls = Tls::None);
    bool isReady() const { return m_ready; }
    int index() const { return m_index; }

    // Sends one message whose text is `payload`, framed for the protocol.
    void send(const QByteArray &payload);

    // Called for every benchmark message received: who sent it and when
    // (nanoseconds on the benchmark's clock).
    std::function<void(int receiver, int sender, qint64 sentAtNs)> onDelivery;

    // The message text salon-bench sends: a marker, the send time and the
    // sender, padded with 'x' to `size` bytes.
    static QByteArray payload(qint64 sentAtNs, int sender, int size);

signals:
    void ready();
    void failed(const QString &why);

private:
    void readIncoming();
    void handleLine(const char *line, qsizetype length);
    bool handleDelivery(const char *line, qsizetype length);
    void handleHandshakeLine(const QByteArray &line);
    void becomeReady();

    int m_index;
    Protocol m_protocol;
    QSslSocket m_socket;
    QByteArray m_pending;
    bool m_ready = false;
    bool m_sawBanner = false;
    bool m_tlsAfterBanner = false; // TLS starts when the plain banner offers it
    QByteArray m_nick;
};
