#include "wirelogmodel.h"

#include "base/protocol.h"
#include "base/textcodec.h"

#include <QFontDatabase>

#include <limits>

WireLogModel::WireLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(30);
    connect(&m_batch, &QTimer::timeout, this, &WireLogModel::flush);
}

QString WireLogModel::stateName(QAbstractSocket::SocketState state)
{
    switch (state) {
    case QAbstractSocket::UnconnectedState:
        return QStringLiteral("Unconnected");
    case QAbstractSocket::HostLookupState:
        return QStringLiteral("HostLookup");
    case QAbstractSocket::ConnectingState:
        return QStringLiteral("Connecting");
    case QAbstractSocket::ConnectedState:
        return QStringLiteral("Connected");
    case QAbstractSocket::BoundState:
        return QStringLiteral("Bound");
    case QAbstractSocket::ListeningState:
        return QStringLiteral("Listening");
    case QAbstractSocket::ClosingState:
        return QStringLiteral("Closing");
    }
    return {};
}

void WireLogModel::recordState(quint64 connection, const QString &peer,
                               QAbstractSocket::SocketState state)
{
    Row row;
    row.time = QDateTime::currentDateTime();
    row.connection = connection;
    row.peer = peer;
    row.state = state;
    add(std::move(row));
}

void WireLogModel::recordBytes(quint64 connection, const QString &peer,
                               WireTap::Direction direction, const QByteArray &bytes,
                               WireTap::Layer layer)
{
    // One row per line; a piece without its newline is a row too, as TCP
    // delivered it: a frame split in two reads shows as two rows.
    const QDateTime now = QDateTime::currentDateTime();
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        Row row;
        row.time = now;
        row.connection = connection;
        row.peer = peer;
        row.kind = direction == WireTap::Direction::In ? Kind::In : Kind::Out;
        row.direction = direction;
        row.layer = layer;
        row.size = end - start;
        row.bytes = bytes.mid(start, qMin<qsizetype>(row.size, MaxBytesPerRow));
        add(std::move(row));
        start = end;
    }
}

void WireLogModel::recordTls(quint64 connection, const QString &peer,
                             const WireTap::TlsRecord &record)
{
    Row row;
    row.time = QDateTime::currentDateTime();
    row.connection = connection;
    row.peer = peer;
    row.kind = Kind::Tls;
    row.step = record.step;
    row.direction = record.direction;
    row.size = record.size;
    row.bytes = record.bytes.left(MaxBytesPerRow);
    row.detail = record.detail;
    add(std::move(row));
}

void WireLogModel::add(Row row)
{
    if (!m_seen.contains(row.connection)) {
        m_seen.append(row.connection);
        emit connectionSeen(row.connection, row.peer);
    }
    m_pending.push_back(std::move(row));
    if (m_pending.size() > size_t(MaxRows))
        m_pending.pop_front();
    if (m_paused)
        emit waitingChanged(waitingCount());
    else if (!m_batch.isActive())
        m_batch.start();
}

void WireLogModel::flush()
{
    m_batch.stop();
    if (m_paused || m_pending.empty())
        return;
    const int incoming = int(m_pending.size());
    const int excess = int(m_rows.size()) + incoming - MaxRows;
    if (excess > 0) {
        const int removed = qMin(excess, int(m_rows.size()));
        beginRemoveRows({}, 0, removed - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + removed);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (Row &row : m_pending)
        m_rows.push_back(std::move(row));
    m_pending.clear();
    endInsertRows();
}

void WireLogModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        flush();
    emit waitingChanged(paused ? waitingCount() : 0);
}

void WireLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
    emit waitingChanged(0);
}

int WireLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WireLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WireLogModel::readable(const QByteArray &bytes)
{
    const QString text = TextCodec::decode(bytes);
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            shown += QStringLiteral("\\n");
        else if (u == u'\r')
            shown += QStringLiteral("\\r");
        else if (u == u'\t')
            shown += QStringLiteral("\\t");
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    // Bidi overrides and the like are shown, not obeyed.
    return TextCodec::withoutControls(shown);
}

bool WireLogModel::isHeartbeat(const QByteArray &bytes)
{
    // Every line a ping or a pong: what keeps a quiet connection alive.
    if (bytes.isEmpty() || bytes.size() > 1000)
        return false;
    const QList<QByteArray> lines = bytes.split('\n');
    bool any = false;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const auto frame = Protocol::parse(line.trimmed());
        if (!frame)
            return false;
        const QString type = Protocol::typeOf(*frame);
        if (type != QLatin1String(Protocol::Type::Ping) &&
            type != QLatin1String(Protocol::Type::Pong))
            return false;
        any = true;
    }
    return any;
}

QVariant WireLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == ConnectionRole)
        return QString::number(row.connection);
    if (role == HeartbeatRole)
        return row.kind != Kind::Tls && isHeartbeat(row.bytes);
    if (role == DecryptedRole)
        return row.kind != Kind::Tls && row.layer == WireTap::Layer::Decrypted;
    if (role == Qt::ToolTipRole && index.column() == LayerColumn)
        return layerHint(row);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == ContentColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return row.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case ConnectionColumn:
        return QStringLiteral("#%1 %2").arg(row.connection).arg(row.peer);
    case DirectionColumn:
        if (row.kind == Kind::State ||
            (row.kind == Kind::Tls && row.step == WireTap::TlsStep::Established))
            return tr("state");
        return row.direction == WireTap::Direction::In ? tr("← in") : tr("→ out");
    case LayerColumn:
        return layerName(row);
    case SizeColumn:
        if (row.kind == Kind::State ||
            (row.kind == Kind::Tls && row.step == WireTap::TlsStep::Established))
            return {};
        return qlonglong(row.size);
    case ContentColumn:
        return content(row);
    }
    return {};
}

QStringList WireLogModel::layerNames()
{
    return {QStringLiteral("TCP"), QStringLiteral("TLS"), tr("in clear"),
            tr("decrypted"),       tr("TLS handshake"),   tr("encrypted")};
}

QString WireLogModel::layerName(const Row &row) const
{
    switch (row.kind) {
    case Kind::State:
        return QStringLiteral("TCP");
    case Kind::In:
    case Kind::Out:
        return row.layer == WireTap::Layer::Decrypted ? tr("decrypted") : tr("in clear");
    case Kind::Tls:
        switch (row.step) {
        case WireTap::TlsStep::ClientHello:
        case WireTap::TlsStep::Handshake:
            return tr("TLS handshake");
        case WireTap::TlsStep::Established:
            return QStringLiteral("TLS");
        case WireTap::TlsStep::Encrypted:
            return tr("encrypted");
        }
    }
    return {};
}

QString WireLogModel::layerHint(const Row &row) const
{
    switch (row.kind) {
    case Kind::State:
        return tr("The connection's state, as the system reports it");
    case Kind::In:
    case Kind::Out:
        return row.layer == WireTap::Layer::Decrypted
                   ? tr("Decrypted here: on the network these bytes were encrypted, and only "
                        "the two ends can read them")
                   : tr("In clear: anyone on the network can read these bytes");
    case Kind::Tls:
        return row.step == WireTap::TlsStep::Encrypted
                   ? tr("What the network carries: bytes nobody can read without the key")
                   : tr("The TLS handshake: the two ends agree on keys, and the server shows "
                        "its certificate");
    }
    return {};
}

QString WireLogModel::content(const Row &row) const
{
    switch (row.kind) {
    case Kind::State:
        return stateName(row.state);
    case Kind::In:
    case Kind::Out:
        if (row.size > row.bytes.size())
            return QString(readable(row.bytes) + QStringLiteral(" …"));
        return readable(row.bytes);
    case Kind::Tls:
        break;
    }
    switch (row.step) {
    case WireTap::TlsStep::ClientHello:
        return tr("ClientHello: the client starts TLS (readable: the versions and ciphers it "
                  "offers, no chat)");
    case WireTap::TlsStep::Handshake:
        return row.direction == WireTap::Direction::In ? tr("handshake from the other end")
                                                       : tr("handshake from this end");
    case WireTap::TlsStep::Established:
        return tr("encrypted from here on: %1").arg(row.detail);
    case WireTap::TlsStep::Encrypted:
        return tr("ciphertext: all the network sees of the decrypted lines");
    }
    return {};
}

QVariant WireLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ConnectionColumn:
        return tr("Connection");
    case DirectionColumn:
        return tr("Direction");
    case LayerColumn:
        return tr("Layer");
    case SizeColumn:
        return tr("Bytes");
    case ContentColumn:
        return tr("Content");
    }
    return {};
}

QString WireLogModel::hexDump(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Row &record = m_rows[size_t(row)];
    if (record.kind == Kind::State)
        return tr("Socket state: %1").arg(stateName(record.state));
    if (record.kind == Kind::Tls && record.step == WireTap::TlsStep::Established)
        return tr("The TLS handshake is over: %1.\nEverything that follows on this connection "
                  "is encrypted.")
            .arg(record.detail);
    if (record.kind == Kind::Tls && record.bytes.isEmpty())
        return tr("%n byte(s) crossed the network encrypted. The program only gets what they "
                  "decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes "
                  "and cannot read them.",
                  nullptr, int(qMin<qint64>(record.size, std::numeric_limits<int>::max())));
    QString dump;
    for (qsizetype offset = 0; offset < record.bytes.size(); offset += 16) {
        const QByteArray chunk = record.bytes.mid(offset, 16);
        QString hex;
        QString text;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < chunk.size()) {
                const auto byte = quint8(chunk.at(i));
                hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                text += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == 7)
                hex += QLatin1Char(' ');
        }
        dump += QStringLiteral("%1  %2 %3\n").arg(offset, 4, 16, QLatin1Char('0')).arg(hex, text);
    }
    if (record.size > record.bytes.size())
        dump += tr("(the first %1 of %2 bytes)").arg(record.bytes.size()).arg(record.size);
    if (record.kind != Kind::Tls && record.layer == WireTap::Layer::Decrypted)
        dump += tr("Decrypted here: on the network these bytes were encrypted.");
    return dump;
}
