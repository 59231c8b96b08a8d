#include "files/filedesk.h"

#include "files/filehasher.h"
#include "files/safefilename.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStorageInfo>

namespace {

QString randomKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat);
}

} // namespace

FileDesk::FileDesk(QObject *parent) : QObject(parent), m_handInFolder(defaultHandInFolder())
{
    qRegisterMetaType<FileDesk::Offered>();
    qRegisterMetaType<FileDesk::HandIn>();
    connect(this, &FileDesk::offeredReady, this, &FileDesk::stateChanged);
    connect(this, &FileDesk::collectionChanged, this, &FileDesk::stateChanged);
    connect(this, &FileDesk::handedIn, this, &FileDesk::stateChanged);
}

QString FileDesk::defaultHandInFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(tr("Salon hand-ins"));
}

QString FileDesk::handOut(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a file.").arg(path);
    if (!info.isReadable())
        return tr("%1 can't be read.").arg(path);
    const SafeFileName::Result name = SafeFileName::clean(info.fileName());
    if (!name.ok())
        return name.problem;
    Offered file;
    file.number = m_nextNumber++;
    file.name = name.name;
    file.path = info.absoluteFilePath();
    file.at = QDateTime::currentDateTimeUtc();
    const quint64 generation = m_lessonGeneration;
    FileHasher::start(file.path, this, [this, file, generation](const FileHasher::Result &hashed) {
        if (generation != m_lessonGeneration)
            return; // the lesson ended meanwhile
        if (!hashed.error.isEmpty()) {
            emit handOutFailed(file.path, hashed.error);
            return;
        }
        Offered ready = file;
        ready.size = hashed.size;
        ready.sha256 = hashed.sha256;
        m_offered.append(ready);
        emit offeredReady(ready);
    });
    return {};
}

const FileDesk::Offered *FileDesk::offeredFile(int number) const
{
    for (const Offered &file : m_offered) {
        if (file.number == number)
            return &file;
    }
    return nullptr;
}

QString FileDesk::keyFor(int number, const QString &member)
{
    QString &key = m_memberKeys[member][number];
    if (key.isEmpty()) {
        key = randomKey();
        m_keys.insert(key, {number, member});
        emit stateChanged();
    }
    return key;
}

const FileDesk::Offered *FileDesk::download(const QString &key) const
{
    const auto found = m_keys.constFind(key);
    return found == m_keys.cend() ? nullptr : offeredFile(found->number);
}

void FileDesk::revokeMember(const QString &member)
{
    const QHash<int, QString> keys = m_memberKeys.take(member);
    for (const QString &key : keys)
        m_keys.remove(key);
    if (!keys.isEmpty())
        emit stateChanged();
}

bool FileDesk::collect(const QString &title, QString *error)
{
    if (isCollecting())
        stopCollecting();
    const QDateTime now = QDateTime::currentDateTime();
    QString folderName = now.toString(QStringLiteral("yyyy-MM-dd HH.mm"));
    const SafeFileName::Result cleanTitle = SafeFileName::clean(title.simplified());
    if (!title.trimmed().isEmpty() && cleanTitle.ok())
        folderName += QLatin1Char(' ') + cleanTitle.name;
    const QDir root(m_handInFolder);
    const QString folder = SafeFileName::unusedPath(root, folderName);
    if (!root.mkpath(folder)) {
        if (error)
            *error = tr("The folder %1 can't be made: is it writable?").arg(folder);
        return false;
    }
    Collection collection;
    collection.title = title.simplified();
    collection.folder = folder;
    collection.open = true;
    collection.opened = now.toUTC();
    m_collection = collection;
    m_uploads.removeIf([](const auto &upload) { return !upload.value().share; });
    emit collectionChanged();
    return true;
}

void FileDesk::stopCollecting()
{
    if (!isCollecting())
        return;
    m_collection->open = false;
    m_collection->closed = QDateTime::currentDateTimeUtc();
    emit collectionChanged();
}

void FileDesk::studentRenamed(const QString &from, const QString &to)
{
    if (m_seen.remove(from))
        m_seen.insert(to);
    if (!m_collection)
        return;
    for (HandIn &handIn : m_collection->handIns) {
        if (handIn.student == from)
            handIn.student = to;
    }
}

QStringList FileDesk::missing() const
{
    QSet<QString> handedIn;
    if (m_collection) {
        for (const HandIn &handIn : m_collection->handIns)
            handedIn.insert(handIn.student);
    }
    QStringList names;
    for (const QString &nick : m_seen) {
        if (!handedIn.contains(nick))
            names.append(nick);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString FileDesk::partName(const QString &token, qint64 size, const QByteArray &sha256)
{
    // Named after what it will be and whose it is: a server started again
    // goes on with it for that member, and for nobody else.
    const QByteArray owner =
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral(".salon-%1-%2-%3.part")
        .arg(QString::fromLatin1(sha256.toHex()))
        .arg(size)
        .arg(QString::fromLatin1(owner));
}

QString FileDesk::studentFolder(const QString &student) const
{
    const SafeFileName::Result name = SafeFileName::clean(student);
    return QDir(m_collection->folder).filePath(name.ok() ? name.name : QStringLiteral("_"));
}

qint64 FileDesk::studentBytes(const QString &student) const
{
    qint64 total = 0;
    for (const HandIn &handIn : m_collection->handIns) {
        if (handIn.student == student)
            total += handIn.size;
    }
    for (const Upload &upload : m_uploads) {
        if (upload.student == student)
            total += upload.size;
    }
    return total;
}

std::variant<FileDesk::Upload *, FileDesk::Refusal, FileDesk::HandIn>
FileDesk::beginUpload(const QString &token, const QString &student, const QString &from,
                      const QString &name, qint64 size, const QByteArray &sha256, bool share)
{
    if (share && !m_sharingAllowed)
        return Refusal{403, tr("The teacher has not allowed students to share files.")};
    if (!share && !m_collection)
        return Refusal{403, tr("The teacher is not collecting work.")};
    const SafeFileName::Result clean = SafeFileName::clean(name);
    if (!clean.ok())
        return Refusal{422, clean.problem};
    if (size < 0 || sha256.size() != 32)
        return Refusal{400, tr("A hand-in needs its size and its SHA-256.")};

    // That very file, arrived already (its answer was lost): the same again.
    for (const HandIn &done : std::as_const(share ? m_shared : m_collection->handIns)) {
        if (done.student == student && done.asked == clean.name && done.size == size &&
            done.sha256 == sha256)
            return done;
    }
    // The same file begun before by this member: it goes on.
    for (Upload &upload : m_uploads) {
        if (upload.token == token && upload.name == clean.name && upload.size == size &&
            upload.sha256 == sha256 && upload.share == share) {
            if (upload.busy)
                return Refusal{409, tr("This file is being handed in already.")};
            const QStorageInfo disk(QFileInfo(upload.partPath).path());
            if (disk.isValid() &&
                disk.bytesAvailable() - (upload.size - upload.received) < m_limits.keepFreeBytes)
                return Refusal{507, tr("The teacher's disk is nearly full: tell the teacher.")};
            return &upload;
        }
    }
    if (!share && !m_collection->open)
        return Refusal{403, tr("The teacher is not collecting work any more.")};
    if (size > m_limits.maxFileBytes)
        return Refusal{413, tr("%1 is too big: the teacher takes files up to %2.")
                                .arg(clean.name, sizeText(m_limits.maxFileBytes))};
    if (!share) {
        if (studentBytes(student) + size > m_limits.maxStudentBytes)
            return Refusal{413, tr("With %1, you would hand in more than the %2 the teacher "
                                   "takes from each student.")
                                    .arg(clean.name, sizeText(m_limits.maxStudentBytes))};
        if (!m_limits.allowedSuffixes.isEmpty() &&
            !m_limits.allowedSuffixes.contains(SafeFileName::suffix(clean.name),
                                               Qt::CaseInsensitive))
            return Refusal{415, tr("The teacher takes only these kinds of file: %1.")
                                    .arg(m_limits.allowedSuffixes.join(QLatin1String(", ")))};
    }

    const QString folder = share ? sharedFolder(student) : studentFolder(student);
    if (!QDir().mkpath(folder))
        return Refusal{500, tr("The teacher's folder for your work can't be made.")};
    const QString partPath = QDir(folder).filePath(partName(token, size, sha256));
    const qint64 received = QFileInfo(partPath).size();
    QStorageInfo disk(folder);
    if (disk.isValid() && disk.bytesAvailable() - (size - received) < m_limits.keepFreeBytes)
        return Refusal{507, tr("The teacher's disk is nearly full: tell the teacher.")};
    Upload upload;
    upload.id = randomKey();
    upload.token = token;
    upload.student = student;
    upload.from = from;
    upload.name = clean.name;
    upload.size = size;
    upload.sha256 = sha256;
    upload.partPath = partPath;
    upload.received = qMin(received, size);
    upload.share = share;
    return &*m_uploads.insert(upload.id, upload);
}

QString FileDesk::sharedFolder(const QString &student) const
{
    // Beside the collections, one folder a day.
    const SafeFileName::Result name = SafeFileName::clean(student);
    return QDir(m_handInFolder)
        .filePath(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) +
                  tr(" shared by students") + QLatin1Char('/') +
                  (name.ok() ? name.name : QStringLiteral("_")));
}

void FileDesk::offerShared(const HandIn &shared)
{
    m_shared.append(shared);
    Offered file;
    file.number = m_nextNumber++;
    file.name = shared.name;
    file.path = shared.path;
    file.size = shared.size;
    file.sha256 = shared.sha256;
    file.at = shared.at;
    file.from = shared.student;
    m_offered.append(file);
    emit offeredReady(file);
}

FileDesk::Upload *FileDesk::upload(const QString &id, const QString &token)
{
    const auto found = m_uploads.find(id);
    if (found == m_uploads.end() || found->token != token)
        return nullptr;
    return &*found;
}

std::optional<FileDesk::Refusal> FileDesk::write(Upload *upload, const QByteArray &bytes)
{
    QFile part(upload->partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Refusal{500,
                       tr("The teacher's folder can't be written to: %1.").arg(part.errorString())};
    }
    if (part.size() != upload->received && !part.resize(upload->received))
        return Refusal{500, part.errorString()};
    if (part.write(bytes) != bytes.size() || !part.flush()) {
        const QStorageInfo disk(QFileInfo(part.fileName()).path());
        const bool full = part.error() == QFileDevice::ResourceError ||
                          (disk.isValid() && disk.bytesAvailable() < bytes.size());
        part.close();
        part.resize(upload->received); // nothing half written is counted
        if (full)
            return Refusal{507, tr("The teacher's disk is full: tell the teacher.")};
        return Refusal{500,
                       tr("The teacher's folder can't be written to: %1.").arg(part.errorString())};
    }
    upload->received += bytes.size();
    return std::nullopt;
}

void FileDesk::finish(Upload *upload,
                      const std::function<void(const std::variant<HandIn, Refusal> &)> &done)
{
    upload->busy = true;
    const QString id = upload->id;
    const quint64 generation = m_lessonGeneration;
    FileHasher::start(
        upload->partPath, this, [this, id, generation, done](const FileHasher::Result &hashed) {
            const auto found = m_uploads.find(id);
            if (generation != m_lessonGeneration || found == m_uploads.end() ||
                (!found->share && !m_collection)) {
                done(Refusal{410, tr("The collection is over.")});
                return;
            }
            const Upload finished = *found;
            m_uploads.erase(found);
            if (!hashed.error.isEmpty()) {
                done(Refusal{500, hashed.error});
                return;
            }
            if (hashed.sha256 != finished.sha256 || hashed.size != finished.size) {
                QFile::remove(finished.partPath);
                done(Refusal{422, tr("%1 arrived damaged (its SHA-256 is not the one announced): "
                                     "hand it in again.")
                                      .arg(finished.name)});
                return;
            }
            const QString path =
                SafeFileName::unusedPath(QFileInfo(finished.partPath).dir(), finished.name);
            if (!QFile::rename(finished.partPath, path)) {
                done(Refusal{500,
                             tr("%1 can't be saved in the teacher's folder.").arg(finished.name)});
                return;
            }
            HandIn handIn;
            handIn.student = finished.student;
            handIn.name = QFileInfo(path).fileName();
            handIn.asked = finished.name;
            handIn.path = path;
            handIn.size = finished.size;
            handIn.sha256 = finished.sha256;
            handIn.at = QDateTime::currentDateTimeUtc();
            handIn.from = finished.from;
            if (finished.share) {
                done(handIn);
                offerShared(handIn);
                return;
            }
            handIn.late = !m_collection->open;
            m_collection->handIns.append(handIn);
            done(handIn);
            emit handedIn(handIn);
        });
}

void FileDesk::endLesson()
{
    ++m_lessonGeneration;
    m_offered.clear();
    m_keys.clear();
    m_memberKeys.clear();
    stopCollecting();
    m_uploads.clear();
    m_seen.clear();
    m_shared.clear();
    m_sharingAllowed = false;
}
