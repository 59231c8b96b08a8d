// tst_clientroom — a room as a client sees it: who is here, kept from the
// server's events, whether they come one by one or as a crowd.

#include "client/clientroom.h"

#include <QSignalSpy>
#include <QTest>

class TestClientRoom : public QObject
{
    Q_OBJECT
private slots:
    void aListInPartsIsShownWhole();
    void aCrowdArrivingChangesTheListOnce();
    void aServerCannotFillTheClientsMemory();
};

namespace {
ChatEvent peopleEvent(const QStringList &people, bool more)
{
    ChatEvent event = ChatEvent::of(ChatEvent::Kind::People);
    event.people = people;
    event.more = more;
    return event;
}

QStringList namesFrom(int first, int count)
{
    QStringList names;
    for (int i = first; i < first + count; ++i)
        names.append(QStringLiteral("guest-%1").arg(i));
    return names;
}
} // namespace

void TestClientRoom::aListInPartsIsShownWhole()
{
    ClientRoom room(RoomId::main());
    QSignalSpy changed(&room, &ClientRoom::peopleChanged);
    room.apply(peopleEvent({QStringLiteral("ada")}, false));
    QCOMPARE(changed.size(), 1);

    // A newcomer in a school's room: the list comes in three parts. The
    // list on screen is the old one until the last part, then all of it.
    room.apply(peopleEvent(namesFrom(0, 4000), true));
    room.apply(peopleEvent(namesFrom(4000, 4000), true));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(room.people(), QStringList{QStringLiteral("ada")});
    room.apply(peopleEvent(namesFrom(8000, 2000), false));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(room.people(), namesFrom(0, 10000));

    // A list asked for again starts afresh: nothing of the last one stays.
    room.apply(peopleEvent({QStringLiteral("bob")}, true));
    room.apply(peopleEvent({QStringLiteral("carol")}, false));
    QCOMPARE(room.people(), (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
    // Lost connection half-way through a list: the next one is whole.
    room.apply(peopleEvent({QStringLiteral("dan")}, true));
    room.clear();
    room.apply(peopleEvent({QStringLiteral("eve")}, false));
    QCOMPARE(room.people(), QStringList{QStringLiteral("eve")});
}

void TestClientRoom::aCrowdArrivingChangesTheListOnce()
{
    ClientRoom room(RoomId::main());
    room.apply(peopleEvent({QStringLiteral("ada"), QStringLiteral("guest-3")}, false));
    QSignalSpy changed(&room, &ClientRoom::peopleChanged);
    QSignalSpy joined(&room, &ClientRoom::personJoined);

    ChatEvent crowd = ChatEvent::of(ChatEvent::Kind::Joined);
    crowd.people = namesFrom(1, 500);
    crowd.nick = crowd.people.first();
    room.apply(crowd);
    // One new list for the window to show, each name in it once (guest-3
    // was already there), and each arrival told for the log to summarise.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(room.people().size(), 501);
    QCOMPARE(room.people().count(QStringLiteral("guest-3")), 1);
    QCOMPARE(room.people().last(), QStringLiteral("guest-500"));
    QCOMPARE(joined.size(), 500);
    QCOMPARE(joined.first().first().toString(), QStringLiteral("guest-1"));

    // One at a time, as a Salon 1.0 server tells it.
    ChatEvent one = ChatEvent::of(ChatEvent::Kind::Joined);
    one.nick = QStringLiteral("zoé");
    room.apply(one);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(room.people().last(), QStringLiteral("zoé"));
}

void TestClientRoom::aServerCannotFillTheClientsMemory()
{
    // A list that never ends, from a broken or hostile server, stops
    // growing at ten schools' worth of names.
    ClientRoom room(RoomId::main());
    for (int part = 0; part < 30; ++part)
        room.apply(peopleEvent(namesFrom(part * 5000, 5000), true));
    room.apply(peopleEvent(namesFrom(150000, 5000), false));
    QCOMPARE(room.people().size(), 100000);
    QCOMPARE(room.people().last(), QStringLiteral("guest-99999"));

    ChatEvent crowd = ChatEvent::of(ChatEvent::Kind::Joined);
    crowd.people = namesFrom(200000, 5000);
    crowd.nick = crowd.people.first();
    room.apply(crowd);
    QCOMPARE(room.people().size(), 100000);
}

QTEST_GUILESS_MAIN(TestClientRoom)
#include "tst_clientroom.moc"
