// tst_nickname — which nicknames a person may take, and which collide.

#include "model/nickname.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

class TestNickname : public QObject
{
    Q_OBJECT
private slots:
    void problem_data();
    void problem();
    void sameRegardlessOfCase_data();
    void sameRegardlessOfCase();
    void theWindowsLabelsAreReservedInEveryLanguage_data();
    void theWindowsLabelsAreReservedInEveryLanguage();
    void lookAlikes_data();
    void lookAlikes();
};

void TestNickname::problem_data()
{
    QTest::addColumn<QString>("nick");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("plain") << "alice" << true;
    QTest::newRow("accents") << "Zoé" << true;
    QTest::newRow("digits and marks") << "bob_2-b.c" << true;
    QTest::newRow("cyrillic") << "Вася" << true;
    QTest::newRow("24 characters") << QString(24, QLatin1Char('a')) << true;
    QTest::newRow("25 characters") << QString(25, QLatin1Char('a')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "al ice" << false;
    QTest::newRow("colon") << "alice:" << false; // would read as "alice:: text"
    QTest::newRow("markup") << "<b>x</b>" << false;
    QTest::newRow("control") << QStringLiteral("a\u0007b") << false;
    QTest::newRow("bidi override") << QStringLiteral("ev\u202eil") << false;
    QTest::newRow("server") << "server" << false;
    QTest::newRow("Server") << "SERVER" << false;
    QTest::newRow("Teacher") << "Teacher" << false;
    QTest::newRow("Teacher, Cyrillic T") << QStringLiteral("\u0422eacher") << false;
    QTest::newRow("host") << "host" << false;
    QTest::newRow("admin") << "ADMIN" << false;
    QTest::newRow("system") << "System" << false;
    QTest::newRow("salon") << "salon" << false;
    QTest::newRow("Professeur, from the French") << "Professeur" << false;
    QTest::newRow("Serveur, from the French") << "serveur" << false;
    QTest::newRow("Hôte without its accent") << "Hote" << false;
    QTest::newRow("Système") << QStringLiteral("Syst\u00e8me") << false;
    QTest::newRow("Annonce") << "Annonce" << false;
    QTest::newRow("a teacher's first name") << "Teach" << true;
    QTest::newRow("Server, Cyrillic e") << QStringLiteral("S\u0435rver") << false;
    QTest::newRow("5erver is another name") << "5erver" << true;
}

void TestNickname::problem()
{
    QFETCH(QString, nick);
    QFETCH(bool, allowed);
    const QString problem = Nickname::problem(nick);
    QVERIFY2(problem.isEmpty() == allowed, qPrintable(nick + QStringLiteral(": ") + problem));
}

void TestNickname::sameRegardlessOfCase_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("case") << "Alice"
                          << "alice" << true;
    QTest::newRow("accented case") << "ÉLODIE"
                                   << "élodie" << true;
    QTest::newRow("different") << "alice"
                               << "alicia" << false;
    QTest::newRow("accent matters") << "zoe"
                                    << "zoé" << false;
}

void TestNickname::sameRegardlessOfCase()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Nickname::key(a) == Nickname::key(b), same);
}

void TestNickname::theWindowsLabelsAreReservedInEveryLanguage_data()
{
    // What the client window writes before an announcement, and the server
    // window before its own: nobody may be called that, in any language.
    QTest::addColumn<QString>("translation");
    QTest::newRow("English (the sources)") << QString();
    QDirIterator translations(QStringLiteral(":/i18n"), {QStringLiteral("*.qm")});
    int found = 0;
    while (translations.hasNext()) {
        const QString path = translations.next();
        QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
        ++found;
    }
    QVERIFY2(found >= 2, "the translations are built in (salon_en, salon_fr)");
}

void TestNickname::theWindowsLabelsAreReservedInEveryLanguage()
{
    QFETCH(QString, translation);
    QTranslator translator;
    if (!translation.isEmpty())
        QVERIFY(translator.load(translation));
    const auto label = [&translator](const char *context, const char *source) {
        const QString translated = translator.translate(context, source);
        return translated.isEmpty() ? QString::fromLatin1(source) : translated;
    };
    for (const QString &name :
         {label("RoomLogWriter", "Server"), label("ServerWindow", "Announcement"),
          label("AnnouncementBar", "Teacher")}) {
        QVERIFY2(!Nickname::problem(name).isEmpty(), qPrintable(name));
        QVERIFY2(!Nickname::problem(name.toUpper()).isEmpty(), qPrintable(name));
    }
}

void TestNickname::lookAlikes_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("alike");

    QTest::newRow("case") << "Alicia"
                          << "ALICIA" << true;
    QTest::newRow("Cyrillic a at the end") << "Alicia" << QStringLiteral("Alici\u0430") << true;
    QTest::newRow("Cyrillic capital A") << "Alicia" << QStringLiteral("\u0410licia") << true;
    QTest::newRow("Greek capital eta") << "Hanna" << QStringLiteral("\u0397anna") << true;
    QTest::newRow("capital i for l") << "Alice"
                                     << "AIice" << true;
    QTest::newRow("digit one for l") << "alice"
                                     << "a1ice" << true;
    QTest::newRow("zero for o") << "bob"
                                << "b0b" << true;
    QTest::newRow("rn for m") << "emma"
                              << "ernrna" << true;
    QTest::newRow("full width") << "alice" << QStringLiteral("\uff41lice") << true;
    QTest::newRow("accent") << "zoe" << QStringLiteral("zo\u00e9") << true;
    QTest::newRow("combining accent")
        << QStringLiteral("zo\u00e9") << QStringLiteral("zoe\u0301") << true;
    QTest::newRow("dotless i") << "lina" << QStringLiteral("l\u0131na") << true;
    QTest::newRow("another name") << "alice"
                                  << "alicia" << false;
    QTest::newRow("another letter") << "bob"
                                    << "rob" << false;
    QTest::newRow("Cyrillic name, another")
        << QStringLiteral("\u0412\u0430\u0441\u044f") << "alice" << false;
}

void TestNickname::lookAlikes()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, alike);
    QVERIFY2((Nickname::skeleton(a) == Nickname::skeleton(b)) == alike,
             qPrintable(Nickname::skeleton(a) + QStringLiteral(" / ") + Nickname::skeleton(b)));
}

QTEST_GUILESS_MAIN(TestNickname)
#include "tst_nickname.moc"
