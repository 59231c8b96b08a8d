// filedesk_state.cpp — FileDesk's part kept in the lesson file: what was
// handed out and each member's address, the collection and what came in,
// written as JSON and read back (bounded) after a restart.

#include "files/filedesk.h"
#include "files/safefilename.h"

#include <QJsonArray>

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
