#include "firehose.h"

#include "base/protocol.h"
#include "model/chatmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>

namespace {
constexpr int TickMs = 10;
}

Firehose::Firehose(int total, int perSecond, QObject *parent)
    : QObject(parent), m_server(this), m_pace(this), m_total(total), m_perSecond(perSecond)
{
    m_pace.setTimerType(Qt::PreciseTimer);
    m_pace.setInterval(TickMs);
    connect(&m_server, &QTcpServer::newConnection, this, &Firehose::accept);
    connect(&m_pace, &QTimer::timeout, this, &Firehose::sendBatch);
}

quint16 Firehose::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

void Firehose::accept()
{
    QTcpSocket *socket = m_server.nextPendingConnection();
    if (!socket || m_client) {
        delete socket;
        return;
    }
    m_client = socket;
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &Firehose::readHello);
    m_client->write(QByteArray(Protocol::BannerPrefix) + "salon-guibench firehose\n");
}

void Firehose::readHello()
{
    m_pending += m_client->readAll();
    if (!m_pending.contains('\n') || m_pace.isActive() || m_sent > 0)
        return;
    const auto hello = Protocol::parse(m_pending.left(m_pending.indexOf('\n')));
    const QString nick =
        hello ? Protocol::stringField(*hello, "nick").value_or(QString()) : QString();
    m_client->write(Protocol::encode(
        QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Welcome)},
                    {QStringLiteral("version"), Protocol::Version},
                    {QStringLiteral("nick"), nick},
                    {QStringLiteral("server"), QStringLiteral("firehose")}}));
    m_client->write(Protocol::encode(
        QJsonObject{{QStringLiteral("type"), QLatin1String(Protocol::Type::Users)},
                    {QStringLiteral("users"), QJsonArray{nick, QStringLiteral("firehose")}}}));
    emit clientJoined();
    m_clock.start();
    m_pace.start();
}

void Firehose::sendBatch()
{
    // As many as are due by the clock, so a late tick does not lower the rate.
    const qint64 due = qMin<qint64>(m_total, m_perSecond * m_clock.elapsed() / 1000);
    QByteArray batch;
    while (m_sent < due) {
        ChatMessage message;
        message.id = ++m_sent;
        message.time = QDateTime::currentDateTimeUtc();
        message.from = QStringLiteral("firehose");
        message.text = QStringLiteral("Message %1 of the firehose: a line of ordinary chat, "
                                      "about as long as people write.")
                           .arg(m_sent);
        batch += Protocol::encode(ChatMessageFrame::encode(message));
    }
    m_client->write(batch);
    if (m_sent >= m_total) {
        m_pace.stop();
        emit allSent();
    }
}
