// tst_transcript — the room's history made readable: lessons with their
// date, messages, announcements and the teacher's actions in order, from
// the older file first; private messages and damaged lines left out; a
// student's markup stays text in the web page.

#include "storage/transcript.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTranscript : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryKindInOrder();
    void theWebPageKeepsMarkupAsText();
};

namespace {
void write(const QString &path, const QByteArray &lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines);
}

const QByteArray Older =
    R"({"from":"alice","id":1,"room":"main","text":"last week","time":"2026-11-19T09:00:00.000Z","type":"message"})"
    "\n";
const QByteArray Newer =
    R"({"time":"2026-11-26T09:00:00.000Z","type":"lesson"})"
    "\n"
    R"({"from":"bob","id":2,"room":"main","text":"<img src=x> & hi","time":"2026-11-26T09:01:00.000Z","type":"message"})"
    "\n"
    R"({"from":"bob","id":0,"room":"main","text":"psst","time":"2026-11-26T09:01:30.000Z","to":"alice","type":"private"})"
    "\n"
    "{\"cut short by a cra\n"
    R"({"announcement":true,"from":"Teacher","id":3,"room":"main","text":"Exam in 5 minutes","time":"2026-11-26T09:02:00.000Z","type":"message"})"
    "\n"
    R"({"action":"mute","by":"Teacher","text":"Teacher muted bob: they read, but are not heard.","time":"2026-11-26T09:03:00.000Z","type":"action"})"
    "\n";
} // namespace

void TestTranscript::readsEveryKindInOrder()
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history-12800.jsonl"));
    write(path + QStringLiteral(".1"), Older);
    write(path, Newer);
    const Transcript transcript = Transcript::readHistory(path);
    using Kind = Transcript::Entry::Kind;
    QList<Kind> kinds;
    for (const Transcript::Entry &entry : transcript.entries())
        kinds.append(entry.kind);
    QCOMPARE(kinds, (QList<Kind>{Kind::Message, Kind::Lesson, Kind::Message, Kind::Announcement,
                                 Kind::Action}));
    const QString text = transcript.toText();
    QVERIFY(!text.contains(QLatin1String("psst"))); // private stays private
    QVERIFY(text.indexOf(QLatin1String("alice: last week")) <
            text.indexOf(QLatin1String("=== A new lesson, 2026-11-26")));
    QVERIFY(text.contains(QLatin1String("bob: <img src=x> & hi")));
    QVERIFY(text.contains(QLatin1String("*** Teacher (announcement): Exam in 5 minutes")));
    QVERIFY(text.contains(QLatin1String("(Teacher muted bob: they read, but are not heard.)")));
    // Dates everywhere: a transcript is read days later.
    QVERIFY(text.contains(
        QDateTime::fromString(QStringLiteral("2026-11-19T09:00:00.000Z"), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

void TestTranscript::theWebPageKeepsMarkupAsText()
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history-12800.jsonl"));
    write(path, Newer);
    const QString html = Transcript::readHistory(path).toHtml();
    QVERIFY(html.contains(QLatin1String("&lt;img src=x&gt; &amp; hi")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QString error;
    const QString page = folder.filePath(QStringLiteral("out.html"));
    QVERIFY(Transcript::readHistory(path).save(page, &error));
    QFile saved(page);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("<!DOCTYPE html>"));
    const QString plain = folder.filePath(QStringLiteral("out.txt"));
    QVERIFY(Transcript::readHistory(path).save(plain, &error));
    QFile text(plain);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().contains("bob: <img src=x> & hi"));
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
