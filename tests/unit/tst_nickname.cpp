// tst_nickname — which nicknames a person may take, and which collide.

#include "model/nickname.h"

#include <QTest>

class TestNickname : public QObject
{
    Q_OBJECT
private slots:
    void problem_data();
    void problem();
    void sameRegardlessOfCase_data();
    void sameRegardlessOfCase();
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

QTEST_GUILESS_MAIN(TestNickname)
#include "tst_nickname.moc"
