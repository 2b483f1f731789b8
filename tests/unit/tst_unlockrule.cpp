#include "domain/unlockrule.h"

#include <QTest>

#include <cmath>

using namespace lectern;

namespace {

// "0,10 20,30" → those spans.
IntervalSet set(const QString &spec)
{
    IntervalSet s;
    for (const QString &pair : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(u',');
        s.add(parts.at(0).toLongLong(), parts.at(1).toLongLong());
    }
    return s;
}

} // namespace

class TestUnlockRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultThresholdIsNinetyPercent();
    void coverage_data();
    void coverage();
    void nothingRequiredIsUnlocked_data();
    void nothingRequiredIsUnlocked();
    void thresholdIsClampedIntoRange_data();
    void thresholdIsClampedIntoRange();
};

void TestUnlockRule::defaultThresholdIsNinetyPercent()
{
    QCOMPARE(UnlockRule::DefaultThreshold, 0.9);
    QVERIFY(!UnlockRule::isUnlocked(set("0,899"), 1000));
    QVERIFY(UnlockRule::isUnlocked(set("0,900"), 1000));
    QCOMPARE(UnlockRule::coverage(set("0,899"), 1000).remainingMs, qint64(1));
}

void TestUnlockRule::coverage_data()
{
    QTest::addColumn<QString>("watched");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("credits");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qint64>("required");
    QTest::addColumn<qint64>("covered");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<bool>("unlocked");

    QTest::newRow("nothing watched") << "" << qint64(1000) << qint64(0) << 0.9 << qint64(1000)
                                     << qint64(0) << qint64(900) << false;
    QTest::newRow("just below 90%") << "0,899" << qint64(1000) << qint64(0) << 0.9 << qint64(1000)
                                    << qint64(899) << qint64(1) << false;
    QTest::newRow("exactly 90%") << "0,900" << qint64(1000) << qint64(0) << 0.9 << qint64(1000)
                                 << qint64(900) << qint64(0) << true;
    QTest::newRow("all of it") << "0,1000" << qint64(1000) << qint64(0) << 0.9 << qint64(1000)
                               << qint64(1000) << qint64(0) << true;
    QTest::newRow("scattered spans add up") << "0,300 400,1000" << qint64(1000) << qint64(0) << 0.9
                                            << qint64(1000) << qint64(900) << qint64(0) << true;
    QTest::newRow("custom 80%, reached") << "0,800" << qint64(1000) << qint64(0) << 0.8
                                         << qint64(1000) << qint64(800) << qint64(0) << true;
    QTest::newRow("custom 80%, 1 ms short") << "0,799" << qint64(1000) << qint64(0) << 0.8
                                            << qint64(1000) << qint64(799) << qint64(1) << false;
    QTest::newRow("full threshold, 1 ms short")
        << "0,999" << qint64(1000) << qint64(0) << 1.0 << qint64(1000) << qint64(999) << qint64(1)
        << false;
    QTest::newRow("credits excluded") << "0,810" << qint64(1000) << qint64(100) << 0.9
                                      << qint64(900) << qint64(810) << qint64(0) << true;
    QTest::newRow("watching the credits does not help")
        << "100,1000" << qint64(1000) << qint64(100) << 0.9 << qint64(900) << qint64(800)
        << qint64(10) << false;
    QTest::newRow("time past the end does not help")
        << "0,500 1000,5000" << qint64(1000) << qint64(0) << 0.9 << qint64(1000) << qint64(500)
        << qint64(400) << false;
    // 90% of 1001 ms is 900.9 ms: 900 is not enough.
    QTest::newRow("the need rounds up") << "0,900" << qint64(1001) << qint64(0) << 0.9
                                        << qint64(1001) << qint64(900) << qint64(1) << false;
    // 0.7 * 100 is 70.00000000000001 in doubles; 70 of 100 must still unlock at 70%.
    QTest::newRow("no floating-point boundary") << "0,70" << qint64(100) << qint64(0) << 0.7
                                                << qint64(100) << qint64(70) << qint64(0) << true;
    QTest::newRow("a 3-hour lecture") << "0,9720000" << qint64(10800000) << qint64(0) << 0.9
                                      << qint64(10800000) << qint64(9720000) << qint64(0) << true;
    QTest::newRow("negative credits count as none")
        << "0,900" << qint64(1000) << qint64(-50) << 0.9 << qint64(1000) << qint64(900) << qint64(0)
        << true;
}

void TestUnlockRule::coverage()
{
    QFETCH(QString, watched);
    QFETCH(qint64, duration);
    QFETCH(qint64, credits);
    QFETCH(double, threshold);
    QFETCH(qint64, required);
    QFETCH(qint64, covered);
    QFETCH(qint64, remaining);
    QFETCH(bool, unlocked);

    const Coverage c = UnlockRule::coverage(set(watched), duration, credits, threshold);
    QCOMPARE(c.requiredMs, required);
    QCOMPARE(c.coveredMs, covered);
    QCOMPARE(c.remainingMs, remaining);
    QCOMPARE(c.unlocked, unlocked);
    QCOMPARE(c.fraction, double(covered) / double(required));
    QVERIFY(c.fraction >= 0.0 && c.fraction <= 1.0);
    QCOMPARE(UnlockRule::isUnlocked(set(watched), duration, credits, threshold), unlocked);
}

void TestUnlockRule::nothingRequiredIsUnlocked_data()
{
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("credits");

    QTest::newRow("zero-duration lecture") << qint64(0) << qint64(0);
    QTest::newRow("negative duration") << qint64(-1000) << qint64(0);
    QTest::newRow("credits as long as the lecture") << qint64(1000) << qint64(1000);
    QTest::newRow("credits longer than the lecture") << qint64(1000) << qint64(5000);
}

void TestUnlockRule::nothingRequiredIsUnlocked()
{
    QFETCH(qint64, duration);
    QFETCH(qint64, credits);

    const Coverage c = UnlockRule::coverage(IntervalSet(), duration, credits);
    QCOMPARE(c.requiredMs, qint64(0));
    QCOMPARE(c.coveredMs, qint64(0));
    QCOMPARE(c.remainingMs, qint64(0));
    QCOMPARE(c.fraction, 1.0);
    QVERIFY(c.unlocked);
}

void TestUnlockRule::thresholdIsClampedIntoRange_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("effective");

    QTest::newRow("inside") << 0.75 << 0.75;
    QTest::newRow("minimum") << 0.5 << 0.5;
    QTest::newRow("below minimum") << 0.1 << 0.5;
    QTest::newRow("negative") << -1.0 << 0.5;
    QTest::newRow("above maximum") << 1.5 << 1.0;
    QTest::newRow("NaN means the default") << qQNaN() << 0.9;
}

void TestUnlockRule::thresholdIsClampedIntoRange()
{
    QFETCH(double, threshold);
    QFETCH(double, effective);

    QCOMPARE(UnlockRule::clampedThreshold(threshold), effective);
    const qint64 neededMs = std::llround(effective * 1000);
    QCOMPARE(UnlockRule::coverage(set(QStringLiteral("0,%1").arg(neededMs)), 1000, 0, threshold)
                 .unlocked,
             true);
    QCOMPARE(UnlockRule::coverage(set(QStringLiteral("0,%1").arg(neededMs - 1)), 1000, 0, threshold)
                 .remainingMs,
             qint64(1));
}

QTEST_GUILESS_MAIN(TestUnlockRule)
#include "tst_unlockrule.moc"
