#pragma once

// transferjob.h — one file moving between this client and the room, on a
// connection of its own: a download of a file the teacher handed out, or a
// hand-in. What both share: where the room is (asked each time, so a job
// goes on after the chat reconnected), the state a window shows, the rate
// and the time left, and trying again by itself after a network error,
// from the last byte that arrived.

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

class TransferJob : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Download, HandIn };
    enum class State {
        Waiting,  // for the network, to try again
        Hashing,  // a hand-in's SHA-256, before it leaves
        Moving,   // bytes on their way
        Checking, // a download's SHA-256, once all arrived
        Done,
        Failed, // error() says why; retry() begins again
    };
    Q_ENUM(State)

    // Where the room is, now.
    struct Room
    {
        bool encrypted = false;
        QString host;
        quint16 port = 0;
        QByteArray pinned; // the certificate's SHA-256, when encrypted
        QString token;     // the member token (hand-ins)
    };
    using RoomNow = std::function<Room()>;

    TransferJob(Direction direction, QNetworkAccessManager *network, RoomNow room,
                QObject *parent = nullptr);

    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    QString name() const { return m_name; }
    qint64 size() const { return m_size; }
    qint64 done() const { return m_done; }
    // The file on this computer: the download saved, or the work handed in.
    QString path() const { return m_path; }
    QByteArray sha256() const { return m_sha256; }
    QString error() const { return m_error; }
    // Bytes a second, lately; 0 when nothing moves.
    double rate() const { return m_state == State::Moving ? m_rate : 0.0; }
    // Seconds until the end at this rate; -1 when unknown.
    int secondsLeft() const;
    // A hand-in finished after the teacher stopped collecting.
    bool isLate() const { return m_late; }
    // A download a student shared (empty: the teacher's); a hand-in for the
    // whole room (`sharing` true).
    QString from() const { return m_from; }
    void setFrom(const QString &from) { m_from = from; }
    bool isSharing() const { return m_sharing; }
    // Failed because the network did not come back after MaxTries.
    bool gaveUpOnNetwork() const { return m_gaveUp; }
    // Tries left before a network error is final.
    static constexpr int MaxTries = 10;

    virtual void start() = 0;
    void retry();
    void cancel();

signals:
    void changed();

protected:
    void setState(State state, const QString &error = {});
    // Bytes moved so far (from the start of the file).
    void setDone(qint64 done);
    // A network error: try again after a pause (1, 2, 4… 30 s), or fail.
    void tryAgainLater(const QString &why);
    void resetTries() { m_tries = 0; }
    Room room() const { return m_room(); }

    QNetworkAccessManager *m_network;
    QString m_name;
    qint64 m_size = 0;
    QString m_path;
    QByteArray m_sha256;
    bool m_late = false;
    QString m_from;
    bool m_sharing = false;
    bool m_cancelled = false;

private:
    Direction m_direction;
    RoomNow m_room;
    State m_state = State::Waiting;
    qint64 m_done = 0;
    QString m_error;
    double m_rate = 0.0;
    qint64 m_rateBytes = 0;
    QElapsedTimer m_rateClock;
    int m_tries = 0;
    bool m_gaveUp = false;
    QTimer m_again;
};
