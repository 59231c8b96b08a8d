// tst_participantsmodel — the table of who is in the room follows joins,
// renames, leaves and a stop, as a well-behaved model (QAbstractItemModelTester).

#include "server/chatserver.h"
#include "server/participantsmodel.h"
#include "testpeers.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestParticipantsModel : public QObject
{
    Q_OBJECT
private slots:
    void followsTheRoom();
    void sentencesNameWhoAndHow();
};

void TestParticipantsModel::followsTheRoom()
{
    ChatServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ParticipantsModel model(&server);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    SalonPeer alice(server.serverPort(), QStringLiteral("alice"));
    QTRY_VERIFY(alice.inRoom());
    TextPeer nc(server.serverPort());
    nc.send("hi\n");
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.nicks(), (QStringList{QStringLiteral("alice"), QStringLiteral("guest-1")}));
    const QModelIndex kind = model.index(1, ParticipantsModel::KindColumn);
    QCOMPARE(kind.data().toString(), QStringLiteral("Text"));
    QVERIFY(kind.data(Qt::ToolTipRole).toString().contains(QLatin1String("nc")));
    QCOMPARE(model.index(0, ParticipantsModel::KindColumn).data().toString(),
             QStringLiteral("Salon"));
    QCOMPARE(model.index(1, ParticipantsModel::AddressColumn).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(nc.socket.localPort()));
    QVERIFY(model.index(0, ParticipantsModel::SinceColumn)
                .data(ParticipantsModel::SortRole)
                .toDateTime()
                .isValid());

    nc.send("/nick Zoé\n");
    QTRY_COMPARE(model.index(1, ParticipantsModel::NickColumn).data().toString(),
                 QStringLiteral("Zoé"));
    const quint64 zoe = model.index(1, 0).data(ParticipantsModel::IdRole).toULongLong();
    server.disconnectClient(zoe, QStringLiteral("test"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.nicks(), QStringList{QStringLiteral("alice")});

    server.stop();
    QCOMPARE(model.rowCount(), 0);
}

void TestParticipantsModel::sentencesNameWhoAndHow()
{
    Participant bob;
    bob.nick = QStringLiteral("bob");
    bob.address = QHostAddress(QStringLiteral("192.0.2.4"));
    bob.port = 50312;
    bob.kindDescription = QStringLiteral("text client");
    QCOMPARE(ParticipantsModel::joinedSentence(bob),
             QStringLiteral("bob joined from 192.0.2.4:50312 (text client, not encrypted)."));
    QCOMPARE(ParticipantsModel::leftSentence(bob, QStringLiteral("said goodbye")),
             QStringLiteral("bob left: said goodbye."));
    Participant robert = bob;
    robert.nick = QStringLiteral("robert");
    QCOMPARE(ParticipantsModel::renamedSentence(robert, QStringLiteral("bob")),
             QStringLiteral("bob is now known as robert."));
}

QTEST_GUILESS_MAIN(TestParticipantsModel)
#include "tst_participantsmodel.moc"
