// tst_admission — a room nobody can fill by connecting (issue #10, item 2):
// connections still getting in are counted apart and never take a member's
// place; the last places are kept for the host's PC and for members coming
// back; refusals are counted for the server window.

#include "server/admission.h"

#include <QTest>

class TestAdmission : public QObject
{
    Q_OBJECT
private slots:
    void connectingNeverTakesAMembersPlace();
    void theLastPlacesAreKept();
    void tooManyConnectingAtOnceAreTurnedAway();
    void leavingFreesThePlace();
    void theHostsOwnPc();
    void aPersonHasAMinuteToGetIn();

private:
    static QHostAddress lan(int host)
    {
        return QHostAddress(QStringLiteral("10.0.%1.%2").arg(host / 250).arg(host % 250 + 1));
    }
};

namespace {
ServerLimits roomOf(int places, int kept, int connecting)
{
    ServerLimits limits;
    limits.maxClients = places;
    limits.keptPlaces = kept;
    limits.maxConnecting = connecting;
    return limits;
}
} // namespace

void TestAdmission::connectingNeverTakesAMembersPlace()
{
    Admission admission;
    admission.setLimits(roomOf(5, 0, 200));
    // 50 addresses × 2 connections that never join (the attack,
    // scaled down): they fill the room's 5 places before they could.
    quint64 id = 1;
    for (int address = 0; address < 50; ++address) {
        QVERIFY(admission.admit(id++, lan(address)).isEmpty());
        QVERIFY(admission.admit(id++, lan(address)).isEmpty());
    }
    QCOMPARE(admission.connecting(), 100);
    QCOMPARE(admission.members(), 0);
    // The class still gets in: every place in the room is free.
    for (quint64 student = 1000; student < 1005; ++student) {
        QVERIFY(admission.admit(student, lan(int(student))).isEmpty());
        QVERIFY(admission.join(student, false).isEmpty());
    }
    QCOMPARE(admission.members(), 5);
    QCOMPARE(admission.connecting(), 100);
}

void TestAdmission::theLastPlacesAreKept()
{
    Admission admission;
    admission.setLimits(roomOf(4, 1, 100));
    for (quint64 id = 1; id <= 5; ++id)
        QVERIFY(admission.admit(id, lan(int(id))).isEmpty());
    QVERIFY(admission.join(1, false).isEmpty());
    QVERIFY(admission.join(2, false).isEmpty());
    QVERIFY(admission.join(3, false).isEmpty());
    // The last place is not for just anyone…
    const QString full = admission.join(4, false);
    QVERIFY2(full.contains(QLatin1String("full")), qPrintable(full));
    // …but the host's PC or a member coming back gets it.
    QVERIFY(admission.join(5, true).isEmpty());
    QCOMPARE(admission.members(), 4);
    // Now not one place: turned away at the door, before the handshake.
    QVERIFY(admission.admit(6, lan(6)).contains(QLatin1String("full")));
    QCOMPARE(admission.turnedAwayLastMinute(), 2);
}

void TestAdmission::tooManyConnectingAtOnceAreTurnedAway()
{
    Admission admission;
    admission.setLimits(roomOf(500, 10, 3));
    for (quint64 id = 1; id <= 3; ++id)
        QVERIFY(admission.admit(id, lan(int(id))).isEmpty());
    const QString refusal = admission.admit(4, lan(4));
    QVERIFY2(refusal.contains(QLatin1String("connecting at once")), qPrintable(refusal));
    // One gets in: a place in the handshake is free again.
    QVERIFY(admission.join(1, false).isEmpty());
    QVERIFY(admission.admit(5, lan(5)).isEmpty());
}

void TestAdmission::leavingFreesThePlace()
{
    Admission admission;
    admission.setLimits(roomOf(1, 0, 10));
    QVERIFY(admission.admit(1, lan(1)).isEmpty());
    QVERIFY(admission.join(1, false).isEmpty());
    QVERIFY(!admission.admit(2, lan(2)).isEmpty());
    admission.left(1);
    QCOMPARE(admission.members(), 0);
    QVERIFY(admission.admit(3, lan(3)).isEmpty());
    QVERIFY(admission.join(3, false).isEmpty());
    admission.left(99); // unknown: nothing changes
    QCOMPARE(admission.members(), 1);
}

void TestAdmission::theHostsOwnPc()
{
    QVERIFY(Admission::isHostsOwn(QHostAddress::LocalHost));
    QVERIFY(Admission::isHostsOwn(QHostAddress::LocalHostIPv6));
    QVERIFY(Admission::isHostsOwn(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
    QVERIFY(!Admission::isHostsOwn(QHostAddress(QStringLiteral("203.0.113.9"))));
}

void TestAdmission::aPersonHasAMinuteToGetIn()
{
    // Time to type a name, or a room code: at least a minute by default.
    QVERIFY(ServerLimits().handshakeTimeoutMs >= 60 * 1000);
    // A whole class arriving at once fits in the handshake.
    QVERIFY(ServerLimits().maxConnecting >= 100);
    QVERIFY(ServerLimits().keptPlaces > 0);
}

QTEST_GUILESS_MAIN(TestAdmission)
#include "tst_admission.moc"
