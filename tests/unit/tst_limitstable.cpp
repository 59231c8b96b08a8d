// tst_limitstable — the one table of server limits: sound on its own, read
// from the settings, and the same as docs/limits.md says (this test fails
// when the two drift apart, and prints the rows the doc should have).

#include "server/limitstable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The rows of the doc's first table that name an option: `--flag` → row.
QHash<QString, QString> documentedRows()
{
    QFile file(QStringLiteral(SALON_SOURCE_DIR "/docs/limits.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("docs/limits.md can't be read");
    QHash<QString, QString> rows;
    static const QRegularExpression option(QStringLiteral("`--([a-z-]+)`"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    bool inTable = false;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break; // the first table only
            continue;
        }
        inTable = true;
        if (const auto match = option.match(line); match.hasMatch())
            rows.insert(match.captured(1), line);
    }
    return rows;
}

QStringList cells(const QString &row)
{
    QStringList parts = row.split(QLatin1Char('|'));
    parts.removeFirst();
    parts.removeLast();
    for (QString &part : parts)
        part = part.trimmed();
    return parts;
}
} // namespace

class TestLimitsTable : public QObject
{
    Q_OBJECT
private slots:
    void namesAreUniqueAndDefaultsInBounds();
    void docSaysWhatTheTableSays();
    void settingsAreReadWithinBounds();
    void heartbeatPingsBeforeItGivesUp();
    void theRoomFollowsTheOpenFilesLimit_data();
    void theRoomFollowsTheOpenFilesLimit();
    void settingsStillWinOverTheFittedDefaults();
};

void TestLimitsTable::namesAreUniqueAndDefaultsInBounds()
{
    QSet<QString> flags;
    QSet<QString> keys;
    for (const LimitSpec &spec : LimitsTable::all()) {
        QVERIFY2(!flags.contains(QLatin1String(spec.flag)), spec.flag);
        QVERIFY2(!keys.contains(QLatin1String(spec.settingsKey)), spec.settingsKey);
        flags.insert(QLatin1String(spec.flag));
        keys.insert(QLatin1String(spec.settingsKey));
        QVERIFY2(spec.min <= spec.defaultValue() && spec.defaultValue() <= spec.max, spec.flag);
        QVERIFY2(spec.problemWith(spec.defaultValue()).isEmpty(), spec.flag);
        QVERIFY2(!spec.problemWith(spec.max * 2 + 1).isEmpty(), spec.flag);
        QVERIFY2(!spec.helpText().contains(QLatin1String("%1")), spec.flag);
        QCOMPARE(LimitsTable::find(QLatin1String(spec.flag)), &spec);
    }
}

void TestLimitsTable::docSaysWhatTheTableSays()
{
    const QHash<QString, QString> rows = documentedRows();
    QStringList expected;
    bool drift = false;
    for (const LimitSpec &spec : LimitsTable::all()) {
        const QString flag = QLatin1String(spec.flag);
        const QStringList row = cells(rows.value(flag));
        // | limit | default | range | option | setting | what happens |
        const bool matches =
            row.size() == 6 && row.at(1).startsWith(spec.documentedDefault()) &&
            row.at(2) == spec.documentedRange() &&
            row.at(3) == QStringLiteral("`--%1`").arg(flag) &&
            row.at(4) == QStringLiteral("`%1`").arg(QLatin1String(spec.settingsKey));
        drift = drift || !matches;
        expected.append(QStringLiteral("| … | %1 | %2 | `--%3` | `%4` | … |")
                            .arg(spec.documentedDefault(), spec.documentedRange(), flag,
                                 QLatin1String(spec.settingsKey)));
    }
    for (const QString &flag : rows.keys())
        drift = drift || !LimitsTable::find(flag);
    if (drift)
        qInfo().noquote() << "docs/limits.md has drifted from LimitsTable; its rows should read:\n"
                          << expected.join(QLatin1Char('\n'));
    QVERIFY2(!drift, "docs/limits.md and LimitsTable differ (the rows it should have are above)");
}

void TestLimitsTable::settingsAreReadWithinBounds()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("Salon.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("limits/maxLineBytes"), 4096);
    settings.setValue(QStringLiteral("limits/floodRate"), 2.5);
    settings.setValue(QStringLiteral("limits/floodControl"), false);
    settings.setValue(QStringLiteral("limits/handshakeTimeoutSeconds"), 10);
    settings.setValue(QStringLiteral("limits/maxClients"), -3); // out of bounds
    settings.setValue(QStringLiteral("limits/maxFrameBytes"), QStringLiteral("lots")); // no number
    const ServerLimits limits = LimitsTable::fromSettings(settings);
    const ServerLimits defaults;
    QCOMPARE(limits.maxTextLineBytes, 4096);
    QCOMPARE(limits.floodRate, 2.5);
    QCOMPARE(limits.floodControl, false);
    QCOMPARE(limits.handshakeTimeoutMs, 10 * 1000);
    QCOMPARE(limits.maxClients, defaults.maxClients);
    QCOMPARE(limits.maxFrameBytes, defaults.maxFrameBytes);
    QCOMPARE(limits.maxSendQueueBytes, defaults.maxSendQueueBytes);
}

void TestLimitsTable::heartbeatPingsBeforeItGivesUp()
{
    ServerLimits limits;
    LimitsTable::find(QStringLiteral("heartbeat-timeout"))->set(limits, 6);
    QCOMPARE(limits.heartbeatTimeoutMs, 6000);
    QCOMPARE(limits.heartbeatIntervalMs, 2000);
    LimitsTable::find(QStringLiteral("heartbeat-timeout"))->set(limits, 600);
    QCOMPARE(limits.heartbeatIntervalMs, ServerLimits().heartbeatIntervalMs);
}

void TestLimitsTable::theRoomFollowsTheOpenFilesLimit_data()
{
    QTest::addColumn<long>("openFiles");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("connecting");
    // Unknown (Windows): the plain defaults.
    QTest::newRow("unknown") << -1L << 500 << 500;
    QTest::newRow("macOS's 256") << 256L << 144 << 24;
    QTest::newRow("a soft 1024") << 1024L << 720 << 120;
    // This machine: the 501st student of an assembly hall gets in.
    QTest::newRow("20000") << 20000L << 15444 << 2000;
    // systemd's hard limit: memory, not files, is the bound by then.
    QTest::newRow("524288") << 524288L << 20000 << 2000;
}

void TestLimitsTable::theRoomFollowsTheOpenFilesLimit()
{
    QFETCH(long, openFiles);
    QFETCH(int, people);
    QFETCH(int, connecting);
    const ServerLimits limits = ServerLimits::fittedToOpenFiles(openFiles);
    QCOMPARE(limits.maxClients, people);
    QCOMPARE(limits.maxConnecting, connecting);
    if (openFiles > 0) {
        // A full room with every newcomer still getting in never runs out of
        // files: the system's refusal would cut a student off without a word.
        QVERIFY(limits.maxClients + limits.maxConnecting <= openFiles - 64);
    }
    QVERIFY(limits.keptPlaces < limits.maxClients);
    const LimitSpec *spec = LimitsTable::find(QStringLiteral("max-clients"));
    QVERIFY(spec->helpText(limits).contains(QString::number(people)));
    QVERIFY(spec->problemWith(people).isEmpty());
}

void TestLimitsTable::settingsStillWinOverTheFittedDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("Salon.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("limits/maxClients"), 40);
    const ServerLimits fitted = ServerLimits::fittedToOpenFiles(20000);
    const ServerLimits limits = LimitsTable::fromSettings(settings, fitted);
    QCOMPARE(limits.maxClients, 40);
    QCOMPARE(limits.maxConnecting, fitted.maxConnecting); // not set: the fitted one
}

QTEST_GUILESS_MAIN(TestLimitsTable)
#include "tst_limitstable.moc"
