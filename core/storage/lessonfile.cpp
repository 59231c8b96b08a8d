#include "storage/lessonfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int FormatVersion = 1;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

void fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

std::optional<Lesson> LessonFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes) {
        fail(error,
             tr("The lesson kept in %1 could not be read: %2")
                 .arg(path, file.size() > MaxFileBytes ? tr("too big") : file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("version")).toInt() != FormatVersion) {
        fail(error, tr("The lesson kept in %1 is damaged; a new lesson starts.").arg(path));
        return std::nullopt;
    }
    Lesson lesson;
    lesson.started = timeOf(root.value(QLatin1String("started")));
    lesson.code = root.value(QLatin1String("code")).toString();
    lesson.locked = root.value(QLatin1String("locked")).toBool();
    lesson.quiet = root.value(QLatin1String("quiet")).toBool();
    lesson.slowSeconds = qBound(0, root.value(QLatin1String("slow")).toInt(), 3600);
    lesson.studentFiles = root.value(QLatin1String("studentFiles")).toBool();
    const QString pm = root.value(QLatin1String("pm")).toString();
    if (pm == QLatin1String("teacher") || pm == QLatin1String("off"))
        lesson.privateMessages = pm;
    const auto each = [&root](const char *name, auto add) {
        const QJsonArray array = root.value(QLatin1String(name)).toArray();
        for (qsizetype i = 0; i < qMin<qsizetype>(array.size(), MaxEntries); ++i)
            add(array.at(i));
    };
    each("muted", [&lesson](const QJsonValue &value) {
        if (value.isString())
            lesson.muted.append(value.toString());
    });
    each("bans", [&lesson](const QJsonValue &value) {
        const QJsonObject ban = value.toObject();
        lesson.bans.append({ban.value(QLatin1String("nick")).toString(),
                            ban.value(QLatin1String("address")).toString(),
                            timeOf(ban.value(QLatin1String("since")))});
    });
    each("hands", [&lesson](const QJsonValue &value) {
        const QJsonObject hand = value.toObject();
        lesson.hands.append({hand.value(QLatin1String("member")).toString(),
                             hand.value(QLatin1String("nick")).toString(),
                             timeOf(hand.value(QLatin1String("since")))});
    });
    each("members", [&lesson](const QJsonValue &value) {
        const QJsonObject member = value.toObject();
        lesson.members.append({member.value(QLatin1String("token")).toString(),
                               member.value(QLatin1String("nick")).toString()});
    });
    lesson.files = root.value(QLatin1String("files")).toObject();
    return lesson;
}

bool LessonFile::write(const QString &path, const Lesson &lesson, QString *error)
{
    QJsonObject root{{QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("locked"), lesson.locked},
                     {QStringLiteral("quiet"), lesson.quiet},
                     {QStringLiteral("slow"), lesson.slowSeconds},
                     {QStringLiteral("pm"), lesson.privateMessages},
                     {QStringLiteral("studentFiles"), lesson.studentFiles}};
    if (lesson.started.isValid())
        root.insert(QStringLiteral("started"), timeText(lesson.started));
    if (!lesson.code.isEmpty())
        root.insert(QStringLiteral("code"), lesson.code);
    if (!lesson.files.isEmpty())
        root.insert(QStringLiteral("files"), lesson.files);
    root.insert(QStringLiteral("muted"), QJsonArray::fromStringList(lesson.muted));
    QJsonArray bans;
    for (const Lesson::Ban &ban : lesson.bans)
        bans.append(QJsonObject{{QStringLiteral("nick"), ban.nick},
                                {QStringLiteral("address"), ban.address},
                                {QStringLiteral("since"), timeText(ban.since)}});
    root.insert(QStringLiteral("bans"), bans);
    QJsonArray hands;
    for (const Lesson::Hand &hand : lesson.hands)
        hands.append(QJsonObject{{QStringLiteral("member"), hand.member},
                                 {QStringLiteral("nick"), hand.nick},
                                 {QStringLiteral("since"), timeText(hand.since)}});
    root.insert(QStringLiteral("hands"), hands);
    QJsonArray members;
    for (const Lesson::Member &member : lesson.members)
        members.append(QJsonObject{{QStringLiteral("token"), member.token},
                                   {QStringLiteral("nick"), member.nick}});
    root.insert(QStringLiteral("members"), members);

    QSaveFile file(path);
    // Only its owner may read it: it holds the room code and the tokens.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        fail(error, tr("The lesson could not be kept in %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool LessonFile::remove(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}
