// tst_hostinput — the Host box as people fill it: a name or an address,
// with or without its port (IPv4, a name, [IPv6]), a bare IPv6 address, and
// what is said when the port can't be one; and a join link, whose
// fingerprint comes along, written out and read back the same.

#include "client/hostinput.h"
#include "model/joinlink.h"

#include <QTest>

class TestHostInput : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void aJoinLinkReadsBack_data();
    void aJoinLinkReadsBack();
};

namespace {
const QString Hex = QStringLiteral("1a29f1789e811f63") + QString(48, QLatin1Char('0'));
const QString Link = QStringLiteral("salon://192.0.2.4:12800/#sha256=");

// "1A:29:F1:…", as openssl prints it.
QString withColons(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}
} // namespace

void TestHostInput::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none given
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("sha256"); // hex
    QTest::newRow("address") << "192.0.2.4"
                             << "192.0.2.4" << 0 << ""
                             << "";
    QTest::newRow("address:port") << " 127.0.0.1:12800 "
                                  << "127.0.0.1" << 12800 << ""
                                  << "";
    QTest::newRow("name:port") << "salle12.local:12801"
                               << "salle12.local" << 12801 << ""
                               << "";
    QTest::newRow("bare v6") << "::1"
                             << "::1" << 0 << ""
                             << "";
    QTest::newRow("bare v6 with zone") << "fe80::1%eth0"
                                       << "fe80::1%eth0" << 0 << ""
                                       << "";
    QTest::newRow("[v6]:port") << "[fe80::1%eth0]:12800"
                               << "fe80::1%eth0" << 12800 << ""
                               << "";
    QTest::newRow("[v6]") << "[::1]"
                          << "::1" << 0 << ""
                          << "";
    QTest::newRow("port too big") << "127.0.0.1:99999"
                                  << "" << 0
                                  << "\"99999\" is not a port: a port is a number from 1 to 65535."
                                  << "";
    QTest::newRow("port not a number") << "host:http"
                                       << "" << 0
                                       << "\"http\" is not a port: a port is a number from 1 to "
                                          "65535."
                                       << "";
    QTest::newRow("colon, no port") << "host:"
                                    << "" << 0 << "\"host:\" ends with ':' but no port."
                                    << "";
    QTest::newRow("[ unclosed") << "[::1:12800"
                                << "" << 0 << "\"[::1:12800\" opens a [ without closing it."
                                << "";
    QTest::newRow("empty") << "  "
                           << "" << 0
                           << "Type the server's address first: the server window shows it."
                           << "";
    QTest::newRow("join link") << QStringLiteral("salon://192.0.2.4:12801/#sha256=") + Hex
                               << "192.0.2.4" << 12801 << "" << Hex;
    QTest::newRow("join link, default port") << "salon://salle12.local/"
                                             << "salle12.local" << 12800 << ""
                                             << "";
    QTest::newRow("join link, v6, colons")
        << QStringLiteral("salon://[fe80::1]:12800/#sha256=") + withColons(Hex) << "fe80::1"
        << 12800 << "" << Hex;
    QTest::newRow("https link, as a browser's")
        << QStringLiteral("https://192.0.2.4:12800/#sha256=") + Hex << "192.0.2.4" << 12800 << ""
        << Hex;
    QTest::newRow("fingerprint cut short")
        << Link + Hex.left(60) << "" << 0
        << "The link's fingerprint is damaged: it must be 64 hexadecimal digits. Copy the whole "
           "link again."
        << "";
    QTest::newRow("fingerprint not hex")
        << Link + Hex.left(63) + QLatin1Char('g') << "" << 0
        << "The link's fingerprint is damaged: it must be 64 hexadecimal digits. Copy the whole "
           "link again."
        << "";
    QTest::newRow("another scheme")
        << "ftp://192.0.2.4/"
        << "" << 0 << "Salon joins salon://, http:// and https:// links, not ftp://."
        << "";
}

void TestHostInput::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    QFETCH(QString, sha256);
    const HostInput input = HostInput::parse(typed);
    QCOMPARE(input.error, error);
    if (!error.isEmpty())
        return;
    QCOMPARE(input.host, host);
    QCOMPARE(input.port.value_or(0), port);
    QCOMPARE(QString::fromLatin1(input.sha256.toHex()), sha256);
}

void TestHostInput::aJoinLinkReadsBack_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("IPv4") << "192.0.2.4";
    QTest::newRow("name") << "salle12.local";
    QTest::newRow("IPv6") << "2001:db8::1";
    QTest::newRow("IPv6 with its zone") << "fe80::1%eth0";
}

// What the server window copies is what the client reads.
void TestHostInput::aJoinLinkReadsBack()
{
    QFETCH(QString, host);
    JoinLink link;
    link.host = host;
    link.port = 12899;
    link.sha256 = QByteArray::fromHex(Hex.toLatin1());
    const QString text = link.toString();
    QVERIFY2(text.startsWith(QLatin1String("salon://")) && text.endsWith(Hex), qPrintable(text));
    const HostInput input = HostInput::parse(text);
    QVERIFY2(input.error.isEmpty(), qPrintable(input.error));
    QCOMPARE(input.host, host);
    QCOMPARE(input.port.value_or(0), 12899);
    QCOMPARE(input.sha256, link.sha256);
}

QTEST_GUILESS_MAIN(TestHostInput)
#include "tst_hostinput.moc"
