// The wire inspector as a teacher uses it: a real exchange recorded line by
// line with its socket states, bytes shown safely, capped, paused, filtered,
// and nothing recorded while the dock is closed.

#include "base/wiretap.h"
#include "client/chatclient.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "serverwindow.h"
#include "testpeers.h"
#include "wireinspector.h"
#include "wirelogmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestWireInspector : public QObject
{
    Q_OBJECT
private slots:
    void recordsARealExchange();
    void showsBothLayersOfTls();
    void controlBytesAreShownNotObeyed_data();
    void controlBytesAreShownNotObeyed();
    void aFloodIsCapped();
    void pauseHoldsTheTableStill();
    void theDockTapsOnlyWhileOpen();
    void heartbeatsAreLeftOutUntilAskedFor();

private:
    static QStringList column(const WireLogModel &model, int column);
};

QStringList TestWireInspector::column(const WireLogModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestWireInspector::recordsARealExchange()
{
    ChatServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    WireTap tap;
    WireLogModel model;
    connect(&tap, &WireTap::stateChanged, &model, &WireLogModel::recordState);
    connect(&tap, &WireTap::bytesPassed, &model, &WireLogModel::recordBytes);

    ChatClient client;
    client.setWireTap(&tap);
    client.connectToServer(QStringLiteral("127.0.0.1"), server.serverPort(),
                           QStringLiteral("alice"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    client.sendMessage(QStringLiteral("bonjour"));
    QTRY_VERIFY(column(model, WireLogModel::ContentColumn)
                    .join(u'|')
                    .contains(QLatin1String(R"("from":"alice")")));
    client.disconnectFromServer();
    QTRY_VERIFY(column(model, WireLogModel::ContentColumn).contains(QStringLiteral("Unconnected")));
    model.flush();

    const QStringList content = column(model, WireLogModel::ContentColumn);
    const QStringList direction = column(model, WireLogModel::DirectionColumn);
    // The socket's life, in order.
    QStringList states;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (direction.at(row) == QLatin1String("state"))
            states.append(content.at(row));
    }
    QCOMPARE(states.first(), QStringLiteral("HostLookup"));
    QVERIFY2(states.indexOf(QStringLiteral("Connecting")) <
                     states.indexOf(QStringLiteral("Connected")) &&
                 states.indexOf(QStringLiteral("Connected")) <
                     states.indexOf(QStringLiteral("Closing")),
             qPrintable(states.join(u' ')));
    QCOMPARE(states.last(), QStringLiteral("Unconnected"));

    // Each line, its direction, its exact size.
    const auto rowWith = [&](const QString &text, const QString &way) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (content.at(row).contains(text) && direction.at(row) == way)
                return row;
        }
        return -1;
    };
    const int banner = rowWith(QStringLiteral("SALON/1 Welcome"), QStringLiteral("← in"));
    const int hello = rowWith(QStringLiteral(R"("type":"hello")"), QStringLiteral("→ out"));
    const int welcome = rowWith(QStringLiteral(R"("type":"welcome")"), QStringLiteral("← in"));
    const int say = rowWith(QStringLiteral(R"("text":"bonjour")"), QStringLiteral("→ out"));
    const int echo = rowWith(QStringLiteral(R"("type":"message")"), QStringLiteral("← in"));
    const int bye = rowWith(QStringLiteral(R"("type":"bye")"), QStringLiteral("→ out"));
    QVERIFY2(banner >= 0 && banner < hello && hello < welcome && welcome < say && say < echo &&
                 echo < bye,
             qPrintable(content.join(u'\n')));
    QVERIFY(content.at(say).endsWith(QLatin1String("\\n")));
    // The client's own id for the message ("cid") comes first, keys sorted.
    const QRegularExpression sayShape(
        QStringLiteral(R"re(^\{"cid":"([0-9a-z]+-1)","text":"bonjour","type":"say"\}\\n$)re"));
    const QRegularExpressionMatch match = sayShape.match(content.at(say));
    QVERIFY2(match.hasMatch(), qPrintable(content.at(say)));
    const QByteArray sayLine = R"({"cid":")" + match.captured(1).toLatin1() +
                               R"(","text":"bonjour","type":"say"})"
                               "\n";
    QCOMPARE(model.index(say, WireLogModel::SizeColumn).data().toInt(), int(sayLine.size()));
    QVERIFY(model.hexDump(say).contains(QLatin1String("7b 22 63 69 64 22")));
}

// What an eavesdropper sees of a TLS connection, and what the two ends read.
void TestWireInspector::showsBothLayersOfTls()
{
    QTemporaryDir folder;
    QString error;
    const auto identity = ServerIdentity::loadOrCreate(folder.path(), &error);
    QVERIFY2(identity, qPrintable(error));
    ChatServer server;
    server.setIdentity(identity);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    WireTap serverTap;
    WireLogModel serverModel;
    connect(&serverTap, &WireTap::tlsPassed, &serverModel, &WireLogModel::recordTls);
    connect(&serverTap, &WireTap::bytesPassed, &serverModel, &WireLogModel::recordBytes);
    server.setWireTap(&serverTap);

    // The client's, as its window shows it.
    WireInspector inspector;
    WireLogModel &model = *inspector.model();
    ChatClient client;
    client.setAcceptNewServers(true);
    client.setWireTap(inspector.tap());
    client.connectToServer(QStringLiteral("127.0.0.1"), server.serverPort(),
                           QStringLiteral("alice"));
    QTRY_COMPARE(client.state(), ChatClient::State::Connected);
    QVERIFY(client.isEncrypted());
    QVERIFY(client.sendMessage(QStringLiteral("bonjour en secret")));
    QTRY_VERIFY(column(model, WireLogModel::ContentColumn)
                    .join(u'|')
                    .contains(QLatin1String(R"("type":"message")")));
    model.flush();
    serverModel.flush();

    const QStringList content = column(model, WireLogModel::ContentColumn);
    const QStringList layer = column(model, WireLogModel::LayerColumn);
    const QStringList direction = column(model, WireLogModel::DirectionColumn);
    const auto firstRow = [&](const QString &inLayer, const QString &text = {}) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (layer.at(row) == inLayer && content.at(row).contains(text))
                return row;
        }
        return -1;
    };
    const QString dump = content.join(u'\n');
    // In clear: the banner that offers TLS. Then the handshake both ways,
    // the moment it is encrypted (with the server's fingerprint), and the
    // hello decrypted.
    const int banner = firstRow(QStringLiteral("in clear"), QStringLiteral("SALON/1 TLS"));
    const int handshakeOut = firstRow(QStringLiteral("TLS handshake"));
    const int established = firstRow(QStringLiteral("TLS"));
    const int hello = firstRow(QStringLiteral("decrypted"), QStringLiteral(R"("type":"hello")"));
    QVERIFY2(banner >= 0 && banner < handshakeOut && handshakeOut < established &&
                 established < hello,
             qPrintable(dump));
    QCOMPARE(direction.at(handshakeOut), QStringLiteral("→ out"));
    QVERIFY(content.at(established).contains(ServerIdentity::shortForm(identity->sha256())));
    QVERIFY(model.index(handshakeOut, WireLogModel::SizeColumn).data().toInt() > 100);
    QVERIFY(firstRow(QStringLiteral("decrypted"), QStringLiteral("bonjour en secret")) > hello);

    // The network carried as many encrypted bytes as the program wrote
    // decrypted ones, and more: each record has its own overhead.
    const QString out = QStringLiteral("→ out");
    qint64 decryptedOut = 0;
    qint64 encryptedOut = 0;
    bool encryptedIn = false;
    for (int row = established; row < model.rowCount(); ++row) {
        const qint64 size = model.index(row, WireLogModel::SizeColumn).data().toLongLong();
        if (layer.at(row) == QLatin1String("decrypted") && direction.at(row) == out)
            decryptedOut += size;
        if (layer.at(row) == QLatin1String("encrypted")) {
            if (direction.at(row) == out)
                encryptedOut += size;
            else
                encryptedIn = true;
        }
    }
    QVERIFY2(encryptedIn, qPrintable(dump));
    QVERIFY2(encryptedOut > decryptedOut && decryptedOut > 0,
             qPrintable(QStringLiteral("%1 %2").arg(encryptedOut).arg(decryptedOut)));
    QVERIFY(model.hexDump(hello).contains(QLatin1String("Decrypted here")));

    // "Only what the network sees": not a word of the chat is left.
    auto *table = inspector.findChild<QTableView *>(QStringLiteral("wireTable"));
    const int everything = table->model()->rowCount();
    inspector.findChild<QCheckBox *>(QStringLiteral("wireNetworkOnly"))->setChecked(true);
    const QAbstractItemModel *seen = table->model();
    QVERIFY(seen->rowCount() > 0 && seen->rowCount() < everything);
    for (int row = 0; row < seen->rowCount(); ++row) {
        const QString text = seen->index(row, WireLogModel::ContentColumn).data().toString();
        QVERIFY2(!text.contains(QLatin1String("bonjour")) && !text.contains(QLatin1String("alice")),
                 qPrintable(text));
    }

    // The server saw the ClientHello in clear: a TLS record, in.
    const QStringList serverLayer = column(serverModel, WireLogModel::LayerColumn);
    const QStringList serverContent = column(serverModel, WireLogModel::ContentColumn);
    int clientHello = -1;
    for (int row = 0; row < serverModel.rowCount() && clientHello < 0; ++row) {
        if (serverContent.at(row).startsWith(QLatin1String("ClientHello")))
            clientHello = row;
    }
    QVERIFY2(clientHello >= 0, qPrintable(serverContent.join(u'\n')));
    QCOMPARE(serverLayer.at(clientHello), QStringLiteral("TLS handshake"));
    QVERIFY(serverModel.hexDump(clientHello).startsWith(QLatin1String("0000  16 03")));
    QVERIFY(serverContent.join(u'\n').contains(QLatin1String("bonjour en secret")));
}

void TestWireInspector::controlBytesAreShownNotObeyed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("line ending") << QByteArray("hi\r\n") << QStringLiteral("hi\\r\\n");
    QTest::newRow("tab and escape")
        << QByteArray("a\tb\x1b[31m") << QStringLiteral("a\\tb\\x1b[31m");
    QTest::newRow("html") << QByteArray("<b>x</b>") << QStringLiteral("<b>x</b>");
    QTest::newRow("bidi") << QByteArray("a\xe2\x80\xae"
                                        "b")
                          << QStringLiteral("a[U+202E]b");
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << QStringLiteral("café");
}

void TestWireInspector::controlBytesAreShownNotObeyed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(WireLogModel::readable(bytes), shown);
}

void TestWireInspector::aFloodIsCapped()
{
    WireLogModel model;
    QByteArray flood;
    for (int i = 0; i < WireLogModel::MaxRows + 1000; ++i)
        flood += "line " + QByteArray::number(i) + '\n';
    model.recordBytes(1, QStringLiteral("peer"), WireTap::Direction::In, flood);
    model.recordBytes(1, QStringLiteral("peer"), WireTap::Direction::In, QByteArray(5000, 'x'));
    model.flush();
    QCOMPARE(model.rowCount(), WireLogModel::MaxRows);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, WireLogModel::SizeColumn).data().toInt(), 5000);
    QVERIFY(model.index(last, WireLogModel::ContentColumn).data().toString().endsWith(u'…'));
    QVERIFY(model.hexDump(last).contains(QLatin1String("the first 1024 of 5000 bytes")));
    QCOMPARE(model.index(last - 1, WireLogModel::ContentColumn).data().toString(),
             QStringLiteral("line %1\\n").arg(WireLogModel::MaxRows + 999));
}

void TestWireInspector::pauseHoldsTheTableStill()
{
    WireLogModel model;
    model.recordBytes(1, QStringLiteral("peer"), WireTap::Direction::Out, "one\n");
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    model.setPaused(true);
    model.recordBytes(1, QStringLiteral("peer"), WireTap::Direction::Out, "two\nthree\n");
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.waitingCount(), 2);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestWireInspector::theDockTapsOnlyWhileOpen()
{
    ServerWindow window;
    window.setPort(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.startServer());
    WireInspector *inspector = window.wireInspector();
    QVERIFY(!inspector->isVisible());

    inspector->toggleViewAction()->trigger(); // View ▸ Wire inspector
    QTRY_VERIFY(inspector->isVisible());
    TextPeer nc(window.server()->serverPort());
    QTRY_VERIFY(!nc.lines.isEmpty());
    nc.send("hello\n");
    auto *table = inspector->findChild<QTableView *>(QStringLiteral("wireTable"));
    QTRY_VERIFY(table->model()->rowCount() >= 4); // Connected, banner, hello, echo…

    // A second connection, then only the first one shown.
    TextPeer other(window.server()->serverPort());
    QTRY_VERIFY(!other.lines.isEmpty());
    auto *connections = inspector->findChild<QComboBox *>(QStringLiteral("wireConnections"));
    QTRY_COMPARE(connections->count(), 3); // all, #1, #2
    const auto showsSecond = [table] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()
                    ->index(row, WireLogModel::ConnectionColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("#2 ")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(showsSecond());
    const int all = table->model()->rowCount();
    connections->setCurrentIndex(1);
    QVERIFY(table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()
                    ->index(row, WireLogModel::ConnectionColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("#1 ")));

    // The bytes of a line, in hex.
    int helloRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, WireLogModel::ContentColumn).data().toString() ==
            QLatin1String("hello\\n"))
            helloRow = row;
    }
    QVERIFY(helloRow >= 0);
    table->setCurrentIndex(table->model()->index(helloRow, 0));
    const auto *hex = inspector->findChild<QPlainTextEdit *>(QStringLiteral("wireHex"));
    QVERIFY2(hex->toPlainText().contains(QLatin1String("68 65 6c 6c 6f 0a")),
             qPrintable(hex->toPlainText()));

    // Closed, it records nothing.
    inspector->toggleViewAction()->trigger();
    QTRY_VERIFY(!inspector->isVisible());
    inspector->model()->flush();
    const int before = inspector->model()->rowCount();
    nc.send("while closed\n");
    QTRY_VERIFY(nc.received(QStringLiteral("guest-1: while closed")));
    inspector->model()->flush();
    QCOMPARE(inspector->model()->rowCount(), before);
}

void TestWireInspector::heartbeatsAreLeftOutUntilAskedFor()
{
    WireInspector inspector;
    WireLogModel *model = inspector.model();
    const QString peer = QStringLiteral("127.0.0.1:50000");
    model->recordBytes(1, peer, WireTap::Direction::Out, "{\"type\":\"ping\"}\n");
    model->recordBytes(1, peer, WireTap::Direction::In, "{\"id\":3,\"type\":\"pong\"}\n");
    model->recordBytes(1, peer, WireTap::Direction::In, "{\"text\":\"hi\",\"type\":\"say\"}\n");
    // A chunk with a ping and a message: a row each, the message shown.
    model->recordBytes(1, peer, WireTap::Direction::Out,
                       "{\"type\":\"ping\"}\n{\"text\":\"yo\",\"type\":\"notice\"}\n");
    // A text client saying "ping" is chat.
    model->recordBytes(2, peer, WireTap::Direction::In, "ping\n");
    model->flush();
    const auto *table = inspector.findChild<QTableView *>(QStringLiteral("wireTable"));
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(table->model()->rowCount(), 3);
    auto *heartbeats = inspector.findChild<QCheckBox *>(QStringLiteral("wireHeartbeats"));
    QVERIFY(heartbeats && !heartbeats->isChecked());
    heartbeats->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 6);
    heartbeats->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 3);
}

QTEST_MAIN(TestWireInspector)
#include "tst_wireinspector.moc"
