// Bytes from the network become text that is safe to show, whatever they are.

#include "base/textcodec.h"

#include <QTest>

class TestTextCodec : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void controlsAreRemoved();
    void loneSurrogatesAreReplaced();
    void aMessageCantStartALineOfItsOwn_data();
    void aMessageCantStartALineOfItsOwn();
    void charactersAreCountedAsAPersonCounts_data();
    void charactersAreCountedAsAPersonCounts();
};

void TestTextCodec::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArray("hello") << QStringLiteral("hello");
    QTest::newRow("utf-8 accents")
        << QByteArray("\xc3\xa9t\xc3\xa9 \xc3\xa0 No\xc3\xabl") << QStringLiteral("été à Noël");
    QTest::newRow("utf-8 emoji") << QByteArray("\xf0\x9f\x98\x80") << QStringLiteral("😀");
    QTest::newRow("latin-1 from Windows") << QByteArray("\xe9t\xe9") << QStringLiteral("été");
    QTest::newRow("truncated utf-8 keeps the rest")
        << QByteArray("caf\xc3") << QString(QStringLiteral("caf") + QChar(0xc3));
    QTest::newRow("binary garbage")
        << QByteArray("\xff\xfe\x80", 3) << QString(QChar(0xff)) + QChar(0xfe) + QChar(0x80);
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbfhi") << QStringLiteral("hi");
}

void TestTextCodec::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TextCodec::decode(bytes), expected);
}

void TestTextCodec::controlsAreRemoved()
{
    QCOMPARE(TextCodec::withoutControls(QStringLiteral("a\tb\x1b[2Jc\x07\rd")),
             QStringLiteral("a b[2Jcd"));
    QCOMPARE(TextCodec::withoutControls(QStringLiteral("<b>x</b>")), QStringLiteral("<b>x</b>"));
    // C1 controls too (0x85 is NEL, a line break for some terminals).
    QCOMPARE(
        TextCodec::withoutControls(QString(QStringLiteral("a") + QChar(0x85) + QChar(0x9b) + u'b')),
        QStringLiteral("ab"));
    // "Trojan Source": an override would show "txt.exe" as "exe.txt".
    QCOMPARE(TextCodec::withoutControls(QString(QStringLiteral("a") + QChar(0x202E) +
                                                QStringLiteral("exe.txt") + QChar(0x2066))),
             QStringLiteral("a[U+202E]exe.txt[U+2066]"));
    // Arabic and Hebrew themselves are text, not controls.
    QCOMPARE(TextCodec::withoutControls(QStringLiteral("שלום مرحبا")),
             QStringLiteral("שלום مرحبا"));
}

void TestTextCodec::loneSurrogatesAreReplaced()
{
    // JSON's "\ud800" alone decodes to half a character (issue #10, item 8).
    const QString lone = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b") + QChar(0xdc00);
    QCOMPARE(TextCodec::withoutControls(lone), QStringLiteral("a\ufffdb\ufffd"));
    const QString pair = QStringLiteral("ok 👍 fine");
    QCOMPARE(TextCodec::withoutControls(pair), pair);
    QCOMPARE(TextCodec::withoutControls(QString(QChar(0xdc00)) + QChar(0xd800)),
             QStringLiteral("\ufffd\ufffd")); // the wrong way round is no pair
}

void TestTextCodec::aMessageCantStartALineOfItsOwn_data()
{
    // Issue #11: "ok\u2028*** alice left the room (said goodbye)" showed as a
    // line of its own, with no name, in the client window and in text clients.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("line separator") << QStringLiteral("ok\u2028*** alice left the room")
                                    << QStringLiteral("ok *** alice left the room");
    QTest::newRow("paragraph separator")
        << QStringLiteral("ok\u2029Server: restart") << QStringLiteral("ok Server: restart");
    QTest::newRow("a long run of spaces")
        << QStringLiteral("ok") + QString(300, u' ') + QStringLiteral("*** fake")
        << QStringLiteral("ok") + QString(8, u' ') + QStringLiteral("*** fake");
    QTest::newRow("spaces mixed with controls")
        << QStringLiteral("ok") + QString(5, u' ') + QStringLiteral("\x07") + QString(5, u' ') +
               QStringLiteral("x")
        << QStringLiteral("ok") + QString(8, u' ') + QStringLiteral("x");
    QTest::newRow("indentation stays")
        << QStringLiteral("    if (x)") << QStringLiteral("    if (x)");
    QTest::newRow("a no-break space stays")
        << QStringLiteral("Bonjour\u202f!") << QStringLiteral("Bonjour\u202f!");
}

void TestTextCodec::aMessageCantStartALineOfItsOwn()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TextCodec::withoutControls(text), shown);
}

void TestTextCodec::charactersAreCountedAsAPersonCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("ascii") << QStringLiteral("hello") << 5;
    QTest::newRow("accent") << QStringLiteral("été") << 3;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301te\u0301") << 3;
    QTest::newRow("emoji") << QStringLiteral("👍") << 1;
    QTest::newRow("emoji with skin tone") << QStringLiteral("👍🏽") << 1;
    QTest::newRow("flag") << QStringLiteral("🇫🇷") << 1;
    QTest::newRow("empty") << QString() << 0;
}

void TestTextCodec::charactersAreCountedAsAPersonCounts()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(TextCodec::characterCount(text), count);
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
