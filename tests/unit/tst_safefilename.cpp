// tst_safefilename — every hostile name a browser, a script or a Salon
// client could send for a file: what it is saved as, or why it is refused.
// Accents stay, folders go, nothing replaces a file already there.

#include "files/safefilename.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSafeFileName : public QObject
{
    Q_OBJECT
private slots:
    void namesFromTheNetwork_data();
    void namesFromTheNetwork();
    void aLongNameKeepsItsSuffix();
    void nothingIsReplaced();
};

void TestSafeFileName::namesFromTheNetwork_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("saved"); // empty: refused
    QTest::addColumn<QString>("why");

    QTest::newRow("plain") << "report.pdf"
                           << "report.pdf"
                           << "";
    QTest::newRow("accents kept") << "Énoncé du TP — été.odt"
                                  << "Énoncé du TP — été.odt"
                                  << "";
    QTest::newRow("decomposed accents composed")
        << QString::fromUtf8("e\xcc\x81te\xcc\x81.txt") << "été.txt"
        << "";
    QTest::newRow("greek and emoji") << "λόγος 📄.md"
                                     << "λόγος 📄.md"
                                     << "";
    QTest::newRow("arabic") << "تقرير.pdf"
                            << "تقرير.pdf"
                            << "";
    QTest::newRow("a unix path") << "/etc/passwd"
                                 << "passwd"
                                 << "";
    QTest::newRow("climbing out") << "../../.ssh/authorized_keys"
                                  << "authorized_keys"
                                  << "";
    QTest::newRow("a windows path") << "C:\\Users\\prof\\notes.txt"
                                    << "notes.txt"
                                    << "";
    QTest::newRow("mixed separators") << "a/b\\..\\c.txt"
                                      << "c.txt"
                                      << "";
    QTest::newRow("dot dot") << ".."
                             << ""
                             << "not a file name";
    QTest::newRow("dot") << "."
                         << ""
                         << "not a file name";
    QTest::newRow("ends in dot dot") << "folder/.."
                                     << ""
                                     << "not a file name";
    QTest::newRow("ends in a slash") << "folder/"
                                     << ""
                                     << "no name";
    QTest::newRow("empty") << ""
                           << ""
                           << "no name";
    QTest::newRow("only dots and spaces") << " . . "
                                          << ""
                                          << "no name";
    QTest::newRow("hidden file") << ".bashrc"
                                 << "bashrc"
                                 << "";
    QTest::newRow("trailing dots and spaces") << "notes.txt. . "
                                              << "notes.txt"
                                              << "";
    QTest::newRow("CON") << "CON"
                         << ""
                         << "device";
    QTest::newRow("nul with a suffix") << "nul.txt"
                                       << ""
                                       << "device";
    QTest::newRow("Com1 in any case") << "Com1.log"
                                      << ""
                                      << "device";
    QTest::newRow("LPT9") << "lpt9"
                          << ""
                          << "device";
    QTest::newRow("AUX in a path") << "x/AUX.tar.gz"
                                   << ""
                                   << "device";
    QTest::newRow("console") << "CONIN$"
                             << ""
                             << "device";
    QTest::newRow("a device-like word is fine") << "console.txt"
                                                << "console.txt"
                                                << "";
    QTest::newRow("newline") << "a\nb.txt"
                             << ""
                             << "control";
    QTest::newRow("nul byte") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral(".txt"))
                              << ""
                              << "control";
    QTest::newRow("escape") << "\x1b[31mred.txt"
                            << ""
                            << "control";
    QTest::newRow("delete") << "a\x7f.txt"
                            << ""
                            << "control";
    QTest::newRow("C1 control") << QString(QStringLiteral("a") + QChar(0x85) +
                                           QStringLiteral(".txt"))
                                << ""
                                << "control";
    QTest::newRow("right-to-left override") << "invoice\u202Efdp.exe"
                                            << ""
                                            << "invisible";
    QTest::newRow("zero-width space") << "re\u200Bport.pdf"
                                      << ""
                                      << "invisible";
    QTest::newRow("byte order mark") << QString(QChar(0xFEFF) + QStringLiteral("report.pdf")) << ""
                                     << "invisible";
    QTest::newRow("private use") << "a\uE000.txt"
                                 << ""
                                 << "invisible";
    QTest::newRow("a noncharacter") << "a\uFFFF.txt"
                                    << ""
                                    << "invisible";
    QTest::newRow("half a surrogate pair")
        << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral(".txt")) << ""
        << "valid text";
    QTest::newRow("windows forbidden characters") << "what? <this> \"is\" a|b*c:d.txt"
                                                  << "what_ _this_ _is_ a_b_c_d.txt"
                                                  << "";
}

void TestSafeFileName::namesFromTheNetwork()
{
    QFETCH(QString, sent);
    QFETCH(QString, saved);
    QFETCH(QString, why);
    const SafeFileName::Result result = SafeFileName::clean(sent);
    QCOMPARE(result.name, saved);
    QCOMPARE(result.ok(), !saved.isEmpty());
    if (!why.isEmpty())
        QVERIFY2(result.problem.contains(why), qPrintable(result.problem));
    else
        QVERIFY(result.problem.isEmpty());
}

void TestSafeFileName::aLongNameKeepsItsSuffix()
{
    const QString sent = QString(300, QChar(u'é')) + QStringLiteral(".pdf");
    const SafeFileName::Result result = SafeFileName::clean(sent);
    QVERIFY(result.ok());
    QVERIFY(result.name.toUtf8().size() <= SafeFileName::MaxBytes);
    QVERIFY(result.name.endsWith(QStringLiteral("é.pdf")));
    // An emoji is never cut in half.
    const SafeFileName::Result emoji =
        SafeFileName::clean(QString(200, QChar(u'a')) + QStringLiteral("📄📄📄📄📄📄📄📄📄📄📄📄📄📄📄📄📄📄📄📄"));
    QVERIFY(emoji.ok());
    QVERIFY(emoji.name.toUtf8().size() <= SafeFileName::MaxBytes);
    QVERIFY(!emoji.name.back().isHighSurrogate());
    QCOMPARE(QString::fromUtf8(emoji.name.toUtf8()), emoji.name);
}

void TestSafeFileName::nothingIsReplaced()
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    QCOMPARE(SafeFileName::unusedPath(folder, QStringLiteral("tp.pdf")),
             folder.filePath(QStringLiteral("tp.pdf")));
    for (const QString &name :
         {QStringLiteral("tp.pdf"), QStringLiteral("tp (2).pdf"), QStringLiteral("notes")}) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(SafeFileName::unusedPath(folder, QStringLiteral("tp.pdf")),
             folder.filePath(QStringLiteral("tp (3).pdf")));
    QCOMPARE(SafeFileName::unusedPath(folder, QStringLiteral("notes")),
             folder.filePath(QStringLiteral("notes (2)")));
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
