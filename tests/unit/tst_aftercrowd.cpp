// tst_aftercrowd — once a crowd has come and gone, the memory its traffic
// used goes back to the system; a class coming in does not set it off.

#include "server/aftercrowd.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

class TestAfterCrowd : public QObject
{
    Q_OBJECT
private slots:
    void aClassIsNoCrowd();
    void aCrowdSettlesOnceQuiet();
};

void TestAfterCrowd::aClassIsNoCrowd()
{
    AfterCrowd afterCrowd;
    for (int i = 0; i < 30; ++i)
        afterCrowd.noteChange();
    QVERIFY(!afterCrowd.isWaiting());
}

void TestAfterCrowd::aCrowdSettlesOnceQuiet()
{
#if !defined(__GLIBC__)
    QSKIP("Memory is handed back with glibc only");
#else
    AfterCrowd afterCrowd;
    afterCrowd.setQuietMs(50);
    QSignalSpy settled(&afterCrowd, &AfterCrowd::settled);
    {
        // A crowd's traffic: many small pieces, most freed, a few kept, so
        // that the freed memory is scattered and not returned by itself.
        std::vector<std::unique_ptr<char[]>> pieces(200000);
        for (auto &piece : pieces) {
            piece.reset(new char[400]);
            piece[0] = 1;
        }
        std::vector<std::unique_ptr<char[]>> kept;
        for (size_t i = 0; i < pieces.size(); i += 1000)
            kept.push_back(std::move(pieces[i]));
        pieces.clear();
        for (int i = 0; i < AfterCrowd::CrowdSize; ++i)
            afterCrowd.noteChange();
        QVERIFY(afterCrowd.isWaiting());
        QVERIFY(settled.wait(5000));
    }
    QCOMPARE(settled.count(), 1);
    QVERIFY(!afterCrowd.isWaiting());
    const qint64 before = settled.at(0).at(0).toLongLong();
    const qint64 after = settled.at(0).at(1).toLongLong();
    QVERIFY(before > 0);
#if defined(SALON_SANITIZED)
    // The sanitizers' allocator is not glibc's: nothing of it to measure.
    Q_UNUSED(after);
#else
    // About 80 MB were freed in pieces: most of it is back with the system.
    QVERIFY2(after < before - 40 * 1024,
             qPrintable(QStringLiteral("%1 KiB before, %2 after").arg(before).arg(after)));
#endif
#endif
}

QTEST_GUILESS_MAIN(TestAfterCrowd)
#include "tst_aftercrowd.moc"
