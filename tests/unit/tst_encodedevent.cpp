// tst_encodedevent — a broadcast is encoded once per dialect, whatever the
// number of receivers: what keeps fan-out fast.

#include "dialects/encodedevent.h"
#include "dialects/salondialect.h"
#include "dialects/textdialect.h"

#include <QTest>

namespace {
// A text dialect that counts its encodings.
class CountingDialect : public TextDialect
{
public:
    CountingDialect() : TextDialect(1024) {}
    QByteArray encode(const ChatEvent &event) const override
    {
        ++encodings;
        return TextDialect::encode(event);
    }
    mutable int encodings = 0;
};
} // namespace

class TestEncodedEvent : public QObject
{
    Q_OBJECT
private slots:
    void oncePerDialect();
    void eachDialectGetsItsOwnBytes();
};

void TestEncodedEvent::oncePerDialect()
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Joined);
    event.nick = QStringLiteral("bob");
    const EncodedEvent encoded(event);
    // Many receivers, each with its own dialect object of the same kind.
    std::vector<CountingDialect> receivers(500);
    for (const CountingDialect &receiver : receivers)
        QCOMPARE(encoded.bytesFor(receiver), QByteArray("*** bob joined the room\n"));
    int total = 0;
    for (const CountingDialect &receiver : receivers)
        total += receiver.encodings;
    QCOMPARE(total, 1);
}

void TestEncodedEvent::eachDialectGetsItsOwnBytes()
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::Notice);
    event.text = QStringLiteral("pause");
    const EncodedEvent encoded(event);
    const SalonDialect salon(64 * 1024);
    const TextDialect text(16 * 1024);
    const QByteArray forText = encoded.bytesFor(text);
    const QByteArray forSalon = encoded.bytesFor(salon);
    QCOMPARE(forText, QByteArray("*** Server: pause\n"));
    QVERIFY2(forSalon.startsWith("{\"") && forSalon.contains("\"notice\""), forSalon.constData());
    QCOMPARE(encoded.bytesFor(text), forText);
    QCOMPARE(encoded.bytesFor(salon), forSalon);
}

QTEST_GUILESS_MAIN(TestEncodedEvent)
#include "tst_encodedevent.moc"
