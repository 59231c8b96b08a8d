#pragma once

// filedesk.h — the files of a lesson: what the teacher hands out, and the
// work students hand in. It knows names and member tokens as strings, no
// session and no socket (the server's TransferExchange speaks HTTP for it).
//
// Handed out: each file is hashed first (away from the chat), then offered;
// every member gets an address of its own for it (128 random bits), which
// stops working when that member is banned and when the lesson ends.
//
// Handed in: while a collection is open, a member uploads to the teacher
// only, into <hand-in folder>/<date and title>/<student>/. An upload goes
// to a partial file and resumes from its last byte; at its end its SHA-256
// must be the one announced, or it is thrown away. Names from the network
// are cleaned (SafeFileName) and never replace a file. Limits: the largest
// file, a total per student, allowed types, and room left on the disk.

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

class FileDesk : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxFileBytes = qint64(2000) * 1000 * 1000;    // one hand-in
        qint64 maxStudentBytes = qint64(5000) * 1000 * 1000; // one student, one collection
        QStringList allowedSuffixes;                         // "pdf", "odt"…; empty: any
        // What a hand-in may never leave free on the teacher's disk.
        qint64 keepFreeBytes = qint64(1000) * 1000 * 1000;
    };

    struct Offered
    {
        int number = 0;
        QString name; // as students see it
        QString path; // on the teacher's disk
        qint64 size = 0;
        QByteArray sha256; // raw
        QDateTime at;
        QString from; // a student who shared it; empty: the teacher
    };

    struct HandIn
    {
        QString student;
        QString name;  // as saved
        QString asked; // the name it was handed in under (cleaned)
        QString path;
        qint64 size = 0;
        QByteArray sha256;
        QDateTime at;
        bool late = false; // finished after the collection closed
        QString from;      // the address it came from
    };

    struct Collection
    {
        QString title;
        QString folder;
        bool open = false;
        QDateTime opened;
        QDateTime closed;
        QList<HandIn> handIns;
    };

    // A refusal, for an HTTP status and the person.
    struct Refusal
    {
        int status = 400;
        QString reason;
    };

    struct Upload
    {
        QString id; // 128 random bits, hex: its address
        QString token;
        QString student;
        QString from;
        QString name; // cleaned, as it will be saved
        qint64 size = 0;
        QByteArray sha256; // announced, raw
        QString partPath;
        qint64 received = 0;
        bool busy = false;  // a request is writing to it, or it is being checked
        bool share = false; // for the whole room, not the teacher's collection
    };

    explicit FileDesk(QObject *parent = nullptr);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Where collections go (default: "Salon hand-ins" in Documents).
    void setHandInFolder(const QString &folder) { m_handInFolder = folder; }
    QString handInFolder() const { return m_handInFolder; }
    static QString defaultHandInFolder();

    // Hands `path` out: hashed, then offered() is emitted. Empty, or why it
    // can't be.
    QString handOut(const QString &path);
    const QList<Offered> &offered() const { return m_offered; }
    const Offered *offeredFile(int number) const;
    // The address (a key) of `number` for `member`, made the first time.
    QString keyFor(int number, const QString &member);
    // The file a key opens, if it still does.
    const Offered *download(const QString &key) const;
    // A banned member's addresses stop working.
    void revokeMember(const QString &member);

    // Opens a collection; false (and `error` says why) when its folder
    // can't be made. One already open is closed first.
    bool collect(const QString &title, QString *error = nullptr);
    void stopCollecting();
    const std::optional<Collection> &collection() const { return m_collection; }
    bool isCollecting() const { return m_collection && m_collection->open; }
    // Students seen in the room during this lesson, for "who has not
    // handed in yet".
    void sawStudent(const QString &nick) { m_seen.insert(nick); }
    // A student took another name: what they handed in follows them.
    void studentRenamed(const QString &from, const QString &to);
    QStringList missing() const;

    // A hand-in from `student` (proved by `token`): a new upload, or the
    // one it began before with the same name, size and hash; or that very
    // file, handed in already (asked again after an answer that was lost).
    // `share`: for the whole room (when the teacher lets students share
    // files), handed out once it arrived whole.
    std::variant<Upload *, Refusal, HandIn>
    beginUpload(const QString &token, const QString &student, const QString &from,
                const QString &name, qint64 size, const QByteArray &sha256, bool share = false);
    // The upload `id` if `token` began it.
    Upload *upload(const QString &id, const QString &token);
    // Bytes arrived for `upload` at its end; a refusal when they can't be
    // kept (a full disk, a folder that forbids writing).
    std::optional<Refusal> write(Upload *upload, const QByteArray &bytes);
    // All bytes are in: the hash is checked (away from the chat), the file
    // takes its place, `done` gets what was saved or why not.
    void finish(Upload *upload,
                const std::function<void(const std::variant<HandIn, Refusal> &)> &done);

    // The partial file of a hand-in, in the student's folder.
    static QString partName(const QString &token, qint64 size, const QByteArray &sha256);

    // Students may share files with the room (off unless the teacher says).
    void setSharingAllowed(bool allowed) { m_sharingAllowed = allowed; }
    bool isSharingAllowed() const { return m_sharingAllowed; }

    // What the lesson's files are, to keep on disk (the lesson file) and to
    // go on with after a restart: what was handed out and each member's
    // address for it, the collection, what came in, who was seen, whether
    // students may share. Work on its way is not in it: its partial file is,
    // and the next request goes on from there.
    QJsonObject exportState() const;
    void restoreState(const QJsonObject &state);

    // The lesson is over: no file is offered, no address works, the
    // collection is closed and the students seen are forgotten.
    void endLesson();

signals:
    void offeredReady(const FileDesk::Offered &file);
    // Hashing a file to hand out failed.
    void handOutFailed(const QString &path, const QString &error);
    void collectionChanged();
    void handedIn(const FileDesk::HandIn &handIn);
    // Something worth keeping changed (exportState()).
    void stateChanged();

private:
    QString studentFolder(const QString &student) const;
    QString sharedFolder(const QString &student) const;
    // A file a student shared arrived whole: it is handed out.
    void offerShared(const HandIn &shared);
    qint64 studentBytes(const QString &student) const;

    Limits m_limits;
    QString m_handInFolder;
    QList<Offered> m_offered;
    int m_nextNumber = 1;
    int m_hashing = 0;
    struct Key
    {
        int number = 0;
        QString member;
    };
    QHash<QString, Key> m_keys;                       // by key
    QHash<QString, QHash<int, QString>> m_memberKeys; // member → number → key
    std::optional<Collection> m_collection;
    QSet<QString> m_seen;
    bool m_sharingAllowed = false;
    QList<HandIn> m_shared;           // files students shared this lesson
    QHash<QString, Upload> m_uploads; // by id
    quint64 m_lessonGeneration = 0;   // hashes of an ended lesson are dropped
};

Q_DECLARE_METATYPE(FileDesk::Offered)
Q_DECLARE_METATYPE(FileDesk::HandIn)
