#include "storage/historylog.h"

#include "base/logging.h"
#include "base/protocol.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
// The last messages are in the file's last few MiB, however long they are.
constexpr qint64 TailBytes = 4 * 1024 * 1024;
} // namespace

bool HistoryLog::open(const QString &path)
{
    close();
    m_error.clear();
    m_recent.clear();
    m_file.setFileName(path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()) ||
        !m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = tr("The room's history can't be kept in %1: %2").arg(path, m_file.errorString());
        qCWarning(lcServer) << "history:" << m_error;
        m_file.close();
        return false;
    }
    loadTail();
    return true;
}

void HistoryLog::close()
{
    m_file.close();
}

void HistoryLog::loadTail()
{
    const qint64 size = m_file.size();
    const qint64 start = qMax<qint64>(0, size - TailBytes);
    if (!m_file.seek(start))
        return;
    const QByteArray tail = m_file.readAll();
    QList<QByteArray> lines = tail.split('\n');
    if (start > 0 && !lines.isEmpty())
        lines.removeFirst(); // begun mid-line
    for (const QByteArray &line : std::as_const(lines)) {
        const auto frame = Protocol::parse(line);
        if (!frame)
            continue; // a line cut short by a crash, or not ours
        if (Protocol::typeOf(*frame) == QLatin1String("lesson")) {
            m_recent.clear(); // an earlier lesson's words are not replayed
            continue;
        }
        if (auto message = ChatMessageFrame::decode(*frame); message && !message->isPrivate())
            remember(*message);
    }
    // A line cut short by a crash must not swallow the next one.
    if (!tail.isEmpty() && !tail.endsWith('\n'))
        m_file.write("\n");
    m_size = m_file.size();
}

void HistoryLog::append(const ChatMessage &message)
{
    if (message.isPrivate())
        return;
    ChatMessage stored = message;
    stored.history = false;
    write(message, ChatMessageFrame::encodeLine(stored));
}

void HistoryLog::startLesson()
{
    m_recent.clear();
    writeLine(Protocol::encode(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("lesson")},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
}

void HistoryLog::appendAction(const QString &by, const QString &action, const QString &sentence)
{
    const QJsonObject record{
        {QStringLiteral("type"), QStringLiteral("action")},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("by"), by},
        {QStringLiteral("action"), action},
        {QStringLiteral("text"), sentence}};
    writeLine(Protocol::encode(record));
}

void HistoryLog::write(const ChatMessage &message, const QByteArray &line)
{
    remember(message);
    writeLine(line);
}

void HistoryLog::writeLine(const QByteArray &line)
{
    if (!m_file.isOpen())
        return;
    if (m_size > MaxFileBytes)
        rotate();
    // Unbuffered: the line is with the system as soon as it is written, so
    // a crash of the server loses nothing the room was told.
    const qint64 written = m_file.write(line);
    if (written < 0) {
        m_error = tr("The room's history could not be written to %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        qCWarning(lcServer) << "history:" << m_error;
        return;
    }
    m_size += written;
}

std::optional<ChatMessage> HistoryLog::remove(qint64 id)
{
    std::optional<ChatMessage> removed;
    const auto inMemory =
        std::find_if(m_recent.begin(), m_recent.end(),
                     [id](const ChatMessage &message) { return message.id == id; });
    if (inMemory != m_recent.end()) {
        removed = *inMemory;
        m_recent.erase(inMemory);
    }
    if (!m_file.isOpen())
        return removed;
    const QString path = m_file.fileName();
    for (const QString &file : QStringList{path + QStringLiteral(".1"), path}) {
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly))
            continue;
        QByteArray kept;
        bool found = false;
        while (!source.atEnd()) {
            const QByteArray line = source.readLine();
            const auto frame = Protocol::parse(line.trimmed());
            const auto message = frame ? ChatMessageFrame::decode(*frame) : std::nullopt;
            if (message && message->id == id && !message->isPrivate()) {
                found = true;
                if (!removed)
                    removed = *message;
                continue;
            }
            kept += line;
        }
        source.close();
        if (!found)
            continue;
        QSaveFile rewritten(file);
        if (!rewritten.open(QIODevice::WriteOnly) || rewritten.write(kept) != kept.size() ||
            !rewritten.commit())
            m_error =
                tr("A message could not be removed from %1: %2").arg(file, rewritten.errorString());
    }
    // The file was replaced: go on writing to the new one.
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        m_error = tr("The room's history can't be kept in %1: %2").arg(path, m_file.errorString());
    m_size = m_file.size();
    return removed;
}

void HistoryLog::rotate()
{
    const QString path = m_file.fileName();
    m_file.close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        m_error = tr("The room's history can't be kept in %1: %2").arg(path, m_file.errorString());
    m_size = 0;
}

void HistoryLog::remember(const ChatMessage &message)
{
    m_recent.push_back(message);
    while (m_recent.size() > size_t(RecentCount))
        m_recent.pop_front();
    m_lastId = qMax(m_lastId, message.id);
}

QList<ChatMessage> HistoryLog::recent() const
{
    QList<ChatMessage> messages;
    messages.reserve(qsizetype(m_recent.size()));
    for (ChatMessage message : m_recent) {
        message.history = true;
        messages.append(message);
    }
    return messages;
}

QString HistoryLog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
