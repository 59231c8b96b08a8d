#pragma once

// wirelogmodel.h — the wire inspector's table: one row per line that
// crossed the wire (or per piece of one, as TCP delivered it) and per socket
// state change, with its time, connection, direction and size; and for a
// TLS connection both layers: the handshake and the encrypted bytes the
// network carries, and the lines they decrypt to, marked as such. Rows are
// added in batches and the oldest dropped past a cap, so a flood can't
// stall the window or exhaust memory.

#include "base/wiretap.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include <deque>

class WireLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ConnectionColumn,
        DirectionColumn,
        LayerColumn,
        SizeColumn,
        ContentColumn,
        ColumnCount
    };
    // The connection's number, for filtering.
    static constexpr int ConnectionRole = Qt::UserRole;
    // True for a row of heartbeats only (Salon's ping and pong frames).
    static constexpr int HeartbeatRole = Qt::UserRole + 1;
    // True for a row the network never carried as such: decrypted bytes.
    static constexpr int DecryptedRole = Qt::UserRole + 2;
    // Rows kept, and bytes kept per row (the size column tells the whole).
    static constexpr int MaxRows = 5000;
    static constexpr int MaxBytesPerRow = 1024;

    explicit WireLogModel(QObject *parent = nullptr);

    void recordState(quint64 connection, const QString &peer, QAbstractSocket::SocketState state);
    void recordBytes(quint64 connection, const QString &peer, WireTap::Direction direction,
                     const QByteArray &bytes, WireTap::Layer layer = WireTap::Layer::Clear);
    void recordTls(quint64 connection, const QString &peer, const WireTap::TlsRecord &record);

    // While paused, rows wait (up to the cap) and the table stands still.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int waitingCount() const { return int(m_pending.size()); }
    void clear();
    // Shows at once what waits for the next batch.
    void flush();

    // The bytes of a row, as a hex dump with the text beside it.
    QString hexDump(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Bytes as one line of readable text: \n, \r, \t and other controls
    // are shown as escapes, never acted on.
    static QString readable(const QByteArray &bytes);
    static bool isHeartbeat(const QByteArray &bytes);
    static QString stateName(QAbstractSocket::SocketState state);
    // Every text the layer column can show, to size it.
    static QStringList layerNames();

signals:
    void connectionSeen(quint64 connection, const QString &peer);
    void waitingChanged(int waiting);

private:
    enum class Kind { State, In, Out, Tls };
    struct Row
    {
        QDateTime time;
        quint64 connection = 0;
        QString peer;
        Kind kind = Kind::State;
        QAbstractSocket::SocketState state = QAbstractSocket::UnconnectedState;
        WireTap::Layer layer = WireTap::Layer::Clear;
        WireTap::TlsStep step = WireTap::TlsStep::Encrypted; // Kind::Tls
        WireTap::Direction direction = WireTap::Direction::In;
        QByteArray bytes; // at most MaxBytesPerRow
        qsizetype size = 0;
        QString detail;
    };
    void add(Row row);
    QString layerName(const Row &row) const;
    QString layerHint(const Row &row) const;
    QString content(const Row &row) const;

    std::deque<Row> m_rows;
    std::deque<Row> m_pending;
    QList<quint64> m_seen;
    QTimer m_batch;
    bool m_paused = false;
};
