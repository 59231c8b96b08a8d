// tst_chaterror — every error has a name on the wire and a sentence a person
// can read, and a value from the network can't rewrite the sentence.

#include "model/chaterror.h"

#include <QTest>

class TestChatError : public QObject
{
    Q_OBJECT
private slots:
    void everyCodeHasANameAndASentence();
    void namesReadBack();
    void valuesAreInsertedAsTheyAre();
};

namespace {
// Every code, up to the one for codes this program does not know.
QList<ErrorCode> allCodes()
{
    QList<ErrorCode> codes;
    for (int code = 0; code < int(ErrorCode::Other); ++code)
        codes.append(ErrorCode(code));
    return codes;
}
} // namespace

void TestChatError::everyCodeHasANameAndASentence()
{
    for (const ErrorCode code : allCodes()) {
        const ChatError error{code, {QStringLiteral("1"), QStringLiteral("2")}};
        QVERIFY(!error.wireName().isEmpty());
        QVERIFY2(error.text().size() > 10, qPrintable(error.wireName()));
        QVERIFY2(!error.text().contains(QLatin1Char('%')), qPrintable(error.text()));
    }
}

void TestChatError::namesReadBack()
{
    QCOMPARE(ChatError::fromWireName(QStringLiteral("kicked")), ErrorCode::Kicked);
    QCOMPARE(ChatError::fromWireName(QStringLiteral("flood")), ErrorCode::Flood);
    QVERIFY(!ChatError::fromWireName(QStringLiteral("no-such-code")));
}

void TestChatError::valuesAreInsertedAsTheyAre()
{
    const ChatError error{ErrorCode::UnknownType, {QStringLiteral("%2 %1 <b>")}};
    QCOMPARE(error.text(), QStringLiteral("Unknown frame type \"%2 %1 <b>\"."));
}

QTEST_GUILESS_MAIN(TestChatError)
#include "tst_chaterror.moc"
