// tst_hostinput — the Host box as people fill it: a name or an address,
// with or without its port (IPv4, a name, [IPv6]), a bare IPv6 address, and
// what is said when the port can't be one.

#include "client/hostinput.h"

#include <QTest>

class TestHostInput : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void TestHostInput::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none given
    QTest::addColumn<QString>("error");
    QTest::newRow("address") << "192.0.2.4"
                             << "192.0.2.4" << 0 << "";
    QTest::newRow("address:port") << " 127.0.0.1:12800 "
                                  << "127.0.0.1" << 12800 << "";
    QTest::newRow("name:port") << "salle12.local:12801"
                               << "salle12.local" << 12801 << "";
    QTest::newRow("bare v6") << "::1"
                             << "::1" << 0 << "";
    QTest::newRow("bare v6 with zone") << "fe80::1%eth0"
                                       << "fe80::1%eth0" << 0 << "";
    QTest::newRow("[v6]:port") << "[fe80::1%eth0]:12800"
                               << "fe80::1%eth0" << 12800 << "";
    QTest::newRow("[v6]") << "[::1]"
                          << "::1" << 0 << "";
    QTest::newRow("port too big") << "127.0.0.1:99999"
                                  << "" << 0
                                  << "\"99999\" is not a port: a port is a number from 1 to 65535.";
    QTest::newRow("port not a number") << "host:http"
                                       << "" << 0
                                       << "\"http\" is not a port: a port is a number from 1 to "
                                          "65535.";
    QTest::newRow("colon, no port") << "host:"
                                    << "" << 0 << "\"host:\" ends with ':' but no port.";
    QTest::newRow("[ unclosed") << "[::1:12800"
                                << "" << 0 << "\"[::1:12800\" opens a [ without closing it.";
    QTest::newRow("empty") << "  "
                           << "" << 0
                           << "Type the server's address first: the server window shows it.";
}

void TestHostInput::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    const HostInput input = HostInput::parse(typed);
    QCOMPARE(input.error, error);
    if (!error.isEmpty())
        return;
    QCOMPARE(input.host, host);
    QCOMPARE(input.port.value_or(0), port);
}

QTEST_GUILESS_MAIN(TestHostInput)
#include "tst_hostinput.moc"
