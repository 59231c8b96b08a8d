#include "storage/transcript.h"

#include "base/protocol.h"
#include "model/chatmessage.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace {
QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

Transcript Transcript::readHistory(const QString &path)
{
    return read({path + QStringLiteral(".1"), path});
}

Transcript Transcript::read(const QStringList &paths)
{
    Transcript transcript;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const auto frame = Protocol::parse(file.readLine().trimmed());
            if (!frame)
                continue;
            const QString type = Protocol::typeOf(*frame);
            Entry entry;
            entry.time = QDateTime::fromString(frame->value(QLatin1String("time")).toString(),
                                               Qt::ISODateWithMs);
            if (type == QLatin1String("lesson")) {
                entry.kind = Entry::Kind::Lesson;
            } else if (type == QLatin1String("action")) {
                entry.kind = Entry::Kind::Action;
                entry.who = frame->value(QLatin1String("by")).toString();
                entry.text = frame->value(QLatin1String("text")).toString();
            } else if (const auto message = ChatMessageFrame::decode(*frame);
                       message && !message->isPrivate()) {
                entry.kind =
                    message->announcement ? Entry::Kind::Announcement : Entry::Kind::Message;
                entry.time = message->time;
                entry.who = message->from;
                entry.text = message->text;
            } else {
                continue;
            }
            transcript.m_entries.append(entry);
        }
    }
    return transcript;
}

QString Transcript::toText() const
{
    QStringList lines{tr("Salon — what was said in the room"), QString()};
    for (const Entry &entry : m_entries) {
        switch (entry.kind) {
        case Entry::Kind::Lesson:
            lines += {QString(), tr("=== A new lesson, %1 ===").arg(when(entry.time))};
            break;
        case Entry::Kind::Message:
            lines += QStringLiteral("%1  %2: %3").arg(when(entry.time), entry.who, entry.text);
            break;
        case Entry::Kind::Announcement:
            lines += QStringLiteral("%1  ").arg(when(entry.time)) +
                     tr("*** %1 (announcement): %2").arg(entry.who, entry.text);
            break;
        case Entry::Kind::Action:
            lines += QStringLiteral("%1  (%2)").arg(when(entry.time), entry.text);
            break;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Transcript::toHtml() const
{
    // Everything that came from the network is escaped: a student's "<img>"
    // stays text in the page too.
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                       "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                       "td{vertical-align:top;padding:2px 8px}.t{color:#777;white-space:nowrap}"
                       ".n{font-weight:bold}.a{background:#fce8b2}.x{color:#555;font-style:italic}"
                       "h2{margin-top:1.5em}</style></head><body>\n<h1>%1</h1>\n<table>\n")
            .arg(esc(tr("Salon — what was said in the room")));
    for (const Entry &entry : m_entries) {
        const QString time = esc(when(entry.time));
        switch (entry.kind) {
        case Entry::Kind::Lesson:
            html += QStringLiteral("</table>\n<h2>%1</h2>\n<table>\n")
                        .arg(esc(tr("A new lesson, %1").arg(when(entry.time))));
            break;
        case Entry::Kind::Message:
            html += QStringLiteral("<tr><td class=\"t\">%1</td><td class=\"n\">%2</td><td>%3</td>"
                                   "</tr>\n")
                        .arg(time, esc(entry.who), esc(entry.text));
            break;
        case Entry::Kind::Announcement:
            html += QStringLiteral("<tr class=\"a\"><td class=\"t\">%1</td><td class=\"n\">%2</td>"
                                   "<td>%3</td></tr>\n")
                        .arg(time, esc(tr("%1 (announcement)").arg(entry.who)), esc(entry.text));
            break;
        case Entry::Kind::Action:
            html += QStringLiteral("<tr class=\"x\"><td class=\"t\">%1</td><td></td><td>%2</td>"
                                   "</tr>\n")
                        .arg(time, esc(entry.text));
            break;
        }
    }
    return html + QStringLiteral("</table>\n</body></html>\n");
}

bool Transcript::save(const QString &path, QString *error) const
{
    const bool web = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                     path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write((web ? toHtml() : toText()).toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
