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

namespace {

QJsonObject handInJson(const FileDesk::HandIn &handIn)
{
    return {{QStringLiteral("student"), handIn.student},
            {QStringLiteral("name"), handIn.name},
            {QStringLiteral("asked"), handIn.asked},
            {QStringLiteral("path"), handIn.path},
            {QStringLiteral("size"), handIn.size},
            {QStringLiteral("sha256"), QString::fromLatin1(handIn.sha256.toHex())},
            {QStringLiteral("at"), handIn.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("late"), handIn.late},
            {QStringLiteral("from"), handIn.from}};
}

FileDesk::HandIn handInOf(const QJsonObject &json)
{
    FileDesk::HandIn handIn;
    handIn.student = json.value(QLatin1String("student")).toString();
    handIn.name = json.value(QLatin1String("name")).toString();
    handIn.asked = json.value(QLatin1String("asked")).toString();
    handIn.path = json.value(QLatin1String("path")).toString();
    handIn.size = json.value(QLatin1String("size")).toInteger();
    handIn.sha256 = QByteArray::fromHex(json.value(QLatin1String("sha256")).toString().toLatin1());
    handIn.at =
        QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    handIn.late = json.value(QLatin1String("late")).toBool();
    handIn.from = json.value(QLatin1String("from")).toString();
    return handIn;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject FileDesk::exportState() const
{
    QJsonArray offered;
    for (const Offered &file : m_offered)
        offered.append(
            QJsonObject{{QStringLiteral("number"), file.number},
                        {QStringLiteral("name"), file.name},
                        {QStringLiteral("path"), file.path},
                        {QStringLiteral("size"), file.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(file.sha256.toHex())},
                        {QStringLiteral("at"), file.at.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("from"), file.from}});
    QJsonArray keys;
    for (auto key = m_keys.cbegin(); key != m_keys.cend(); ++key)
        keys.append(QJsonObject{{QStringLiteral("key"), key.key()},
                                {QStringLiteral("number"), key->number},
                                {QStringLiteral("member"), key->member}});
    QJsonArray shared;
    for (const HandIn &file : m_shared)
        shared.append(handInJson(file));
    QJsonObject state{{QStringLiteral("offered"), offered},
                      {QStringLiteral("keys"), keys},
                      {QStringLiteral("shared"), shared},
                      {QStringLiteral("seen"), QJsonArray::fromStringList(m_seen.values())},
                      {QStringLiteral("sharing"), m_sharingAllowed},
                      {QStringLiteral("next"), m_nextNumber}};
    if (m_collection) {
        QJsonArray handIns;
        for (const HandIn &handIn : m_collection->handIns)
            handIns.append(handInJson(handIn));
        state.insert(
            QStringLiteral("collection"),
            QJsonObject{
                {QStringLiteral("title"), m_collection->title},
                {QStringLiteral("folder"), m_collection->folder},
                {QStringLiteral("open"), m_collection->open},
                {QStringLiteral("opened"), m_collection->opened.toString(Qt::ISODateWithMs)},
                {QStringLiteral("closed"), m_collection->closed.toString(Qt::ISODateWithMs)},
                {QStringLiteral("handIns"), handIns}});
    }
    return state;
}

// Read with the bounds of a file others might have written.
constexpr qsizetype MaxStateEntries = 20000;

void FileDesk::restoreState(const QJsonObject &state)
{
    const auto each = [&state](const char *name, auto take) {
        const QJsonArray array = state.value(QLatin1String(name)).toArray();
        for (qsizetype i = 0; i < qMin(array.size(), MaxStateEntries); ++i)
            take(array.at(i).toObject());
    };
    m_offered.clear();
    each("offered", [this](const QJsonObject &json) {
        Offered file;
        file.number = json.value(QLatin1String("number")).toInt();
        file.name = json.value(QLatin1String("name")).toString();
        file.path = json.value(QLatin1String("path")).toString();
        file.size = json.value(QLatin1String("size")).toInteger();
        file.sha256 =
            QByteArray::fromHex(json.value(QLatin1String("sha256")).toString().toLatin1());
        file.at = timeOf(json.value(QLatin1String("at")));
        file.from = json.value(QLatin1String("from")).toString();
        if (file.number > 0 && SafeFileName::clean(file.name).ok() && file.sha256.size() == 32)
            m_offered.append(file);
    });
    m_keys.clear();
    m_memberKeys.clear();
    each("keys", [this](const QJsonObject &json) {
        const QString key = json.value(QLatin1String("key")).toString();
        const int number = json.value(QLatin1String("number")).toInt();
        const QString member = json.value(QLatin1String("member")).toString();
        if (key.size() == 32 && offeredFile(number)) {
            m_keys.insert(key, {number, member});
            m_memberKeys[member][number] = key;
        }
    });
    m_shared.clear();
    each("shared", [this](const QJsonObject &json) { m_shared.append(handInOf(json)); });
    m_seen.clear();
    for (const QJsonValue &nick : state.value(QLatin1String("seen")).toArray())
        m_seen.insert(nick.toString());
    m_sharingAllowed = state.value(QLatin1String("sharing")).toBool();
    m_nextNumber = qMax(m_nextNumber, state.value(QLatin1String("next")).toInt(1));
    for (const Offered &file : std::as_const(m_offered))
        m_nextNumber = qMax(m_nextNumber, file.number + 1);
    m_collection.reset();
    const QJsonObject collection = state.value(QLatin1String("collection")).toObject();
    if (!collection.isEmpty()) {
        Collection restored;
        restored.title = collection.value(QLatin1String("title")).toString();
        restored.folder = collection.value(QLatin1String("folder")).toString();
        restored.open = collection.value(QLatin1String("open")).toBool();
        restored.opened = timeOf(collection.value(QLatin1String("opened")));
        restored.closed = timeOf(collection.value(QLatin1String("closed")));
        const QJsonArray handIns = collection.value(QLatin1String("handIns")).toArray();
        for (qsizetype i = 0; i < qMin(handIns.size(), MaxStateEntries); ++i)
            restored.handIns.append(handInOf(handIns.at(i).toObject()));
        if (!restored.folder.isEmpty())
            m_collection = restored;
    }
    emit collectionChanged();
}
