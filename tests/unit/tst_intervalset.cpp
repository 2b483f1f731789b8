#include "domain/intervalset.h"
#include "support/largeinputs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace lectern;

namespace lectern {
// QCOMPARE prints sets as "0,10 20,30" when they differ.
char *toString(const IntervalSet &set);
} // namespace lectern

namespace {

// "0,10 20,30" → the spans in the order written; "" → none.
QList<Interval> spans(const QString &spec)
{
    QList<Interval> out;
    for (const QString &pair : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(u',');
        out.append({parts.at(0).toLongLong(), parts.at(1).toLongLong()});
    }
    return out;
}

IntervalSet set(const QString &spec)
{
    IntervalSet s;
    for (const Interval &i : spans(spec))
        s.add(i);
    return s;
}

QString describe(const IntervalSet &set)
{
    QStringList parts;
    for (const Interval &i : set.intervals())
        parts.append(QStringLiteral("%1,%2").arg(i.start).arg(i.end));
    return parts.join(u' ');
}

// The JSON text as a value, whatever its type.
QJsonValue jsonValue(const QByteArray &json)
{
    return QJsonDocument::fromJson("{\"v\":" + json + "}").object().value(u"v");
}

} // namespace

char *lectern::toString(const IntervalSet &set)
{
    return qstrdup(qPrintable(describe(set)));
}

class TestIntervalSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addKeepsSetNormalised_data();
    void addKeepsSetNormalised();
    void uniteEqualsAddingEachSpan_data();
    void uniteEqualsAddingEachSpan();
    void contains_data();
    void contains();
    void coveredWithinCountsOnlyTheWindow_data();
    void coveredWithinCountsOnlyTheWindow();
    void gapsAreWhatIsNotCovered_data();
    void gapsAreWhatIsNotCovered();
    void agreesWithNaiveModel();
    void jsonRoundTrips_data();
    void jsonRoundTrips();
    void jsonIsCompactPairs();
    void fromJsonMergesTouchingSpans();
    void fromJsonRefusesMalformedInput_data();
    void fromJsonRefusesMalformedInput();
    void thousandsOfIntervalsAreAnsweredRight();
};

void TestIntervalSet::addKeepsSetNormalised_data()
{
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("covered");

    QTest::newRow("nothing") << ""
                             << "" << qint64(0);
    QTest::newRow("one span") << "0,10"
                              << "0,10" << qint64(10);
    QTest::newRow("disjoint in order") << "0,10 20,30"
                                       << "0,10 20,30" << qint64(20);
    QTest::newRow("disjoint out of order") << "20,30 0,10"
                                           << "0,10 20,30" << qint64(20);
    QTest::newRow("inserted between") << "0,10 30,40 15,20"
                                      << "0,10 15,20 30,40" << qint64(25);
    QTest::newRow("adjacent merged") << "0,10 10,20"
                                     << "0,20" << qint64(20);
    QTest::newRow("adjacent merged, reversed") << "10,20 0,10"
                                               << "0,20" << qint64(20);
    QTest::newRow("overlap") << "0,10 5,15"
                             << "0,15" << qint64(15);
    QTest::newRow("overlap from the left") << "5,15 0,10"
                                           << "0,15" << qint64(15);
    QTest::newRow("contained adds nothing") << "0,100 20,30"
                                            << "0,100" << qint64(100);
    QTest::newRow("containing swallows") << "20,30 40,50 0,100"
                                         << "0,100" << qint64(100);
    QTest::newRow("duplicate") << "0,10 0,10"
                               << "0,10" << qint64(10);
    QTest::newRow("bridges several") << "0,10 20,30 40,50 60,70 5,65"
                                     << "0,70" << qint64(70);
    QTest::newRow("fills a gap by touching") << "0,10 20,30 10,20"
                                             << "0,30" << qint64(30);
    QTest::newRow("extends the last span") << "0,10 10,11 11,12"
                                           << "0,12" << qint64(12);
    QTest::newRow("empty span ignored") << "5,5"
                                        << "" << qint64(0);
    QTest::newRow("reversed span ignored") << "10,5"
                                           << "" << qint64(0);
    QTest::newRow("span before 0 ignored, not clamped") << "-10,5 20,30"
                                                        << "20,30" << qint64(10);
    QTest::newRow("large times") << "0,10800000 10800000,10800250"
                                 << "0,10800250" << qint64(10800250);
}

void TestIntervalSet::addKeepsSetNormalised()
{
    QFETCH(QString, added);
    QFETCH(QString, expected);
    QFETCH(qint64, covered);

    const IntervalSet s = set(added);
    QCOMPARE(describe(s), expected);
    QCOMPARE(s.coveredLength(), covered);
    QCOMPARE(s.isEmpty(), expected.isEmpty());
}

void TestIntervalSet::uniteEqualsAddingEachSpan_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both empty") << ""
                                << ""
                                << "";
    QTest::newRow("into empty") << ""
                                << "0,10 20,30"
                                << "0,10 20,30";
    QTest::newRow("empty into") << "0,10"
                                << ""
                                << "0,10";
    QTest::newRow("interleaved") << "0,10 20,30 40,50"
                                 << "5,25 45,60"
                                 << "0,30 40,60";
    QTest::newRow("touching") << "0,10 20,30"
                              << "10,20"
                              << "0,30";
    QTest::newRow("identical") << "0,10 20,30"
                               << "0,10 20,30"
                               << "0,10 20,30";
    // A small set into a long one takes the binary-search path.
    QTest::newRow("one span into many") << "0,1 2,3 4,5 6,7 8,9 10,11 12,13 14,15 16,17 18,19"
                                        << "3,12"
                                        << "0,1 2,13 14,15 16,17 18,19";
}

void TestIntervalSet::uniteEqualsAddingEachSpan()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);

    IntervalSet united = set(a);
    united.unite(set(b));
    QCOMPARE(describe(united), expected);
    QCOMPARE(united, set(a + u' ' + b));
    QCOMPARE(united.coveredLength(), set(expected).coveredLength());

    IntervalSet reversed = set(b);
    reversed.unite(set(a));
    QCOMPARE(reversed, united);
}

void TestIntervalSet::contains_data()
{
    QTest::addColumn<QString>("spans");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty set") << "" << qint64(0) << false;
    QTest::newRow("start is inside") << "10,20" << qint64(10) << true;
    QTest::newRow("middle") << "10,20" << qint64(15) << true;
    QTest::newRow("last millisecond") << "10,20" << qint64(19) << true;
    QTest::newRow("end is outside") << "10,20" << qint64(20) << false;
    QTest::newRow("before") << "10,20" << qint64(9) << false;
    QTest::newRow("in a gap") << "0,10 20,30" << qint64(15) << false;
    QTest::newRow("second span") << "0,10 20,30" << qint64(25) << true;
    QTest::newRow("after all") << "0,10 20,30" << qint64(30) << false;
    QTest::newRow("negative") << "0,10" << qint64(-1) << false;
}

void TestIntervalSet::contains()
{
    QFETCH(QString, spans);
    QFETCH(qint64, ms);
    QFETCH(bool, expected);

    QCOMPARE(set(spans).contains(ms), expected);
}

void TestIntervalSet::coveredWithinCountsOnlyTheWindow_data()
{
    QTest::addColumn<QString>("spans");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("empty set") << "" << qint64(0) << qint64(100) << qint64(0);
    QTest::newRow("window holds all") << "0,10 20,30" << qint64(0) << qint64(100) << qint64(20);
    QTest::newRow("cuts both ends") << "0,10 20,30" << qint64(5) << qint64(25) << qint64(10);
    QTest::newRow("inside one span") << "0,100" << qint64(40) << qint64(60) << qint64(20);
    QTest::newRow("inside a gap") << "0,10 20,30" << qint64(12) << qint64(18) << qint64(0);
    QTest::newRow("window ends at a start") << "10,20" << qint64(0) << qint64(10) << qint64(0);
    QTest::newRow("window starts at an end") << "10,20" << qint64(20) << qint64(30) << qint64(0);
    QTest::newRow("empty window") << "0,100" << qint64(50) << qint64(50) << qint64(0);
    QTest::newRow("reversed window") << "0,100" << qint64(60) << qint64(40) << qint64(0);
    QTest::newRow("window before 0") << "0,100" << qint64(-50) << qint64(10) << qint64(10);
}

void TestIntervalSet::coveredWithinCountsOnlyTheWindow()
{
    QFETCH(QString, spans);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expected);

    QCOMPARE(set(spans).coveredWithin(from, to), expected);
}

void TestIntervalSet::gapsAreWhatIsNotCovered_data()
{
    QTest::addColumn<QString>("spans");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing watched") << "" << qint64(0) << qint64(100) << "0,100";
    QTest::newRow("all watched") << "0,100" << qint64(0) << qint64(100) << "";
    QTest::newRow("holes between spans")
        << "10,20 30,40" << qint64(0) << qint64(50) << "0,10 20,30 40,50";
    QTest::newRow("window starts inside a span")
        << "0,20 30,40" << qint64(10) << qint64(35) << "20,30";
    QTest::newRow("window ends inside a gap") << "0,20" << qint64(0) << qint64(25) << "20,25";
    QTest::newRow("spans beyond the window")
        << "0,10 200,300" << qint64(0) << qint64(100) << "10,100";
    QTest::newRow("empty window") << "" << qint64(10) << qint64(10) << "";
    QTest::newRow("reversed window") << "" << qint64(10) << qint64(5) << "";
    QTest::newRow("nothing before 0") << "" << qint64(-10) << qint64(10) << "0,10";
}

void TestIntervalSet::gapsAreWhatIsNotCovered()
{
    QFETCH(QString, spans);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, expected);

    const IntervalSet watched = set(spans);
    const IntervalSet gaps = watched.gaps(from, to);
    QCOMPARE(describe(gaps), expected);
    // Covered and not covered make up the window.
    if (from >= 0 && to > from)
        QCOMPARE(gaps.coveredLength() + watched.coveredWithin(from, to), to - from);
}

void TestIntervalSet::agreesWithNaiveModel()
{
    // Random spans against one bool per millisecond, through both unite() paths.
    QRandomGenerator random(20240611);
    constexpr int range = 3000;
    constexpr int modelled = range + 100; // spans start below range and reach past it
    for (int round = 0; round < 40; ++round) {
        std::vector<bool> covered(modelled, false);
        IntervalSet s;
        IntervalSet viaUnite;
        const int count = random.bounded(1, 120);
        for (int n = 0; n < count; ++n) {
            const qint64 start = random.bounded(-20, range);
            const qint64 end = start + random.bounded(-5, 60);
            s.add(start, end);
            IntervalSet single;
            single.add(start, end);
            viaUnite.unite(single);
            // A span starting before 0 is ignored whole, not clamped.
            for (qint64 t = start; start >= 0 && t < end; ++t)
                covered[size_t(t)] = true;
        }
        QCOMPARE(viaUnite, s);

        qint64 total = 0;
        for (int t = 0; t < modelled; ++t) {
            total += covered[size_t(t)];
            QCOMPARE(s.contains(t), bool(covered[size_t(t)]));
        }
        QCOMPARE(s.coveredLength(), total);
        for (int k = 1; k < s.intervals().size(); ++k)
            QVERIFY(s.intervals().at(k - 1).end < s.intervals().at(k).start);

        const qint64 from = random.bounded(0, range);
        const qint64 to = random.bounded(0, range);
        qint64 inWindow = 0;
        for (qint64 t = from; t < to; ++t)
            inWindow += covered[size_t(t)];
        QCOMPARE(s.coveredWithin(from, to), inWindow);
        const IntervalSet gaps = s.gaps(from, to);
        for (qint64 t = from; t < to; ++t)
            QCOMPARE(gaps.contains(t), !covered[size_t(t)]);
        QCOMPARE(gaps.coveredLength(), to > from ? (to - from) - inWindow : 0);
    }
}

void TestIntervalSet::jsonRoundTrips_data()
{
    QTest::addColumn<QString>("spans");

    QTest::newRow("empty") << "";
    QTest::newRow("one") << "0,1500";
    QTest::newRow("several") << "0,1500 4000,9000 9001,10800000";
    QTest::newRow("beyond 32 bits") << "5000000000,5000000250";
}

void TestIntervalSet::jsonRoundTrips()
{
    QFETCH(QString, spans);

    const IntervalSet original = set(spans);
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    const Result<IntervalSet> read = IntervalSet::fromJson(QJsonDocument::fromJson(text).array());
    QVERIFY2(read.isOk(), qPrintable(read.isOk() ? QString() : read.error().message));
    QCOMPARE(read.value(), original);
    QCOMPARE(read.value().coveredLength(), original.coveredLength());
}

void TestIntervalSet::jsonIsCompactPairs()
{
    const QByteArray text
        = QJsonDocument(set("0,1500 4000,9000").toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(text, QByteArray("[[0,1500],[4000,9000]]"));
}

void TestIntervalSet::fromJsonMergesTouchingSpans()
{
    const Result<IntervalSet> read = IntervalSet::fromJson(jsonValue("[[0,10],[10,20],[30,40]]"));
    QVERIFY(read.isOk());
    QCOMPARE(describe(read.value()), QStringLiteral("0,20 30,40"));
    QCOMPARE(read.value().coveredLength(), qint64(30));
}

void TestIntervalSet::fromJsonRefusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    const QString notPair = QStringLiteral("entry 1 is not a [start, end] pair of whole numbers");
    QTest::newRow("an object") << QByteArray("{\"start\":0}") << "expected a list";
    QTest::newRow("a number") << QByteArray("12") << "expected a list";
    QTest::newRow("null") << QByteArray("null") << "expected a list";
    QTest::newRow("flat list") << QByteArray("[0,10]") << notPair;
    QTest::newRow("triple") << QByteArray("[[0,10,20]]") << notPair;
    QTest::newRow("single") << QByteArray("[[0]]") << notPair;
    QTest::newRow("strings") << QByteArray("[[\"0\",\"10\"]]") << notPair;
    QTest::newRow("fraction") << QByteArray("[[0.5,10]]") << notPair;
    QTest::newRow("too large") << QByteArray("[[0,1e300]]") << notPair;
    QTest::newRow("negative") << QByteArray("[[-5,10]]") << "entry 1 starts before 0";
    QTest::newRow("reversed") << QByteArray("[[10,5]]") << "entry 1 does not end after it starts";
    QTest::newRow("empty span") << QByteArray("[[5,5]]") << "entry 1 does not end after it starts";
    QTest::newRow("unsorted") << QByteArray("[[20,30],[0,10]]") << "entry 2 is out of order";
    QTest::newRow("overlapping") << QByteArray("[[0,10],[5,20]]")
                                 << "entry 2 overlaps the one before it";
    QTest::newRow("bad later entry")
        << QByteArray("[[0,10],[20,30],null]") << "entry 3 is not a [start, end] pair";
}

void TestIntervalSet::fromJsonRefusesMalformedInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);

    const Result<IntervalSet> read = IntervalSet::fromJson(jsonValue(json));
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code, QStringLiteral("malformed_intervals"));
    QVERIFY2(read.error().message.contains(reason), qPrintable(read.error().message));
}

void TestIntervalSet::thousandsOfIntervalsAreAnsweredRight()
{
    // 20 000 disjoint spans added in random order, then as many queries, all answered right.
    // (How long they take is measured by bench/parsers.cpp, docs/performance.md.)
    IntervalSet s;
    for (const Interval &i : testing::shuffledSpans(20000))
        s.add(i);
    qint64 covered = 0;
    for (qint64 k = 0; k < 20000; ++k) {
        covered += s.coveredWithin(k * 100 + 25, k * 100 + 75);
        QVERIFY(s.contains(k * 100 + 10));
        QVERIFY(!s.contains(k * 100 + 60));
    }
    QCOMPARE(s.intervals().size(), 20000);
    QCOMPARE(covered, qint64(20000 * 25));
    QCOMPARE(s.gaps(0, 2000000).intervals().size(), 20000);
}

QTEST_GUILESS_MAIN(TestIntervalSet)
#include "tst_intervalset.moc"
