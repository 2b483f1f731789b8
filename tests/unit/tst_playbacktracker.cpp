#include "media/playbacktracker.h"
#include "support/largeinputs.h"

#include <QTest>

#include <cmath>

using namespace lectern;

namespace {

QString describe(const IntervalSet &set)
{
    QStringList parts;
    for (const Interval &i : set.intervals())
        parts.append(QStringLiteral("%1,%2").arg(i.start).arg(i.end));
    return parts.join(u' ');
}

// A player and its clock: play() advances both the way a real player reports, one observation
// every `stepMs` of wall time, the position moving `rate` times as fast.
class FakePlayer
{
public:
    explicit FakePlayer(PlaybackTracker &tracker)
        : m_tracker(tracker)
    { }

    qint64 position() const { return m_positionMs; }
    qint64 now() const { return m_nowMs; }

    void play(qint64 untilMs, double rate = 1.0, qint64 stepMs = 250)
    {
        report(PlayerState::Playing, rate);
        while (m_positionMs < untilMs) {
            m_nowMs += stepMs;
            m_positionMs = std::min(untilMs, m_positionMs + qint64(std::llround(stepMs * rate)));
            report(PlayerState::Playing, rate);
        }
    }
    // The player sits in `state` for `wallMs` (a pause, buffering), reporting as it goes.
    void wait(PlayerState state, qint64 wallMs, qint64 stepMs = 250)
    {
        for (qint64 waited = 0; waited < wallMs; waited += stepMs) {
            m_nowMs += stepMs;
            report(state, 1.0);
        }
    }
    // A seek: the position jumps, with the usual gap before the next report.
    void jumpTo(qint64 positionMs)
    {
        m_positionMs = positionMs;
        m_nowMs += 250;
    }

private:
    void report(PlayerState state, double rate)
    {
        // A state change is its own event: never at the very moment of the report before it,
        // which the tracker would rightly drop as a duplicate.
        if (m_nowMs == m_lastReportMs)
            ++m_nowMs;
        m_lastReportMs = m_nowMs;
        m_tracker.observe(m_positionMs, m_nowMs, state, rate);
    }

    PlaybackTracker &m_tracker;
    qint64 m_positionMs = 0;
    qint64 m_nowMs = 100000; // a monotonic clock does not start at 0
    qint64 m_lastReportMs = -1;
};

} // namespace

class TestPlaybackTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepCountsOnlyPlausibleAdvance_data();
    void stepCountsOnlyPlausibleAdvance();
    void normalPlayCountsWhatPlayed();
    void seekForwardDoesNotCount();
    void seekBackThenReplayAddsNothing();
    void replayOverlappingNewGroundReportsOnlyTheNewPart();
    void oneAndAHalfSpeedCountsLectureSeconds();
    void tripleSpeedCountsNothing_data();
    void tripleSpeedCountsNothing();
    void rateChangeMidStepUsesTheFasterRate();
    void pauseDoesNotCount();
    void bufferingDoesNotCount();
    void stoppedEndsTheSpan();
    void playedFromStartToEndIsWhole();
    void outOfOrderObservationsAreIgnored();
    void duplicateObservationsAreIgnored();
    void negativePositionIsIgnored();
    void seekStartedEndsTheSpan();
    void knownIntervalsAreNotReportedAsNew();
    void threeHourLectureIsCoveredWhole();
};

void TestPlaybackTracker::stepCountsOnlyPlausibleAdvance_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("counted");

    // allowed advance = elapsed * min(rate, 2) * 1.25 + 250
    QTest::newRow("1x, 250 ms") << qint64(0) << qint64(250) << qint64(250) << 1.0 << qint64(250);
    QTest::newRow("late report") << qint64(0) << qint64(400) << qint64(250) << 1.0 << qint64(400);
    QTest::newRow("exactly the limit")
        << qint64(0) << qint64(1500) << qint64(1000) << 1.0 << qint64(1500);
    QTest::newRow("1 ms past the limit = seek")
        << qint64(0) << qint64(1501) << qint64(1000) << 1.0 << qint64(0);
    QTest::newRow("1.5x") << qint64(0) << qint64(375) << qint64(250) << 1.5 << qint64(375);
    QTest::newRow("2x") << qint64(0) << qint64(2000) << qint64(1000) << 2.0 << qint64(2000);
    QTest::newRow("2x at its limit")
        << qint64(0) << qint64(2750) << qint64(1000) << 2.0 << qint64(2750);
    QTest::newRow("0.5x") << qint64(0) << qint64(500) << qint64(1000) << 0.5 << qint64(500);
    QTest::newRow("jump forward = seek")
        << qint64(0) << qint64(30000) << qint64(250) << 1.0 << qint64(0);
    QTest::newRow("jump back = seek")
        << qint64(5000) << qint64(1000) << qint64(250) << 1.0 << qint64(0);
    QTest::newRow("not moving") << qint64(5000) << qint64(5000) << qint64(250) << 1.0 << qint64(0);
    QTest::newRow("faster than the reported rate")
        << qint64(0) << qint64(3000) << qint64(1000) << 1.0 << qint64(0);
    QTest::newRow("above 2x, though inside the window")
        << qint64(0) << qint64(750) << qint64(250) << 3.0 << qint64(0);
    QTest::newRow("a claimed 16x does not widen the window")
        << qint64(0) << qint64(16000) << qint64(1000) << 16.0 << qint64(0);
    QTest::newRow("no rate: only jitter")
        << qint64(0) << qint64(200) << qint64(1000) << 0.0 << qint64(200);
    QTest::newRow("NaN rate") << qint64(0) << qint64(1000) << qint64(1000) << qQNaN() << qint64(0);
}

void TestPlaybackTracker::stepCountsOnlyPlausibleAdvance()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, elapsed);
    QFETCH(double, rate);
    QFETCH(qint64, counted);

    PlaybackTracker tracker;
    tracker.observe(from, 1000, PlayerState::Playing, rate);
    tracker.observe(to, 1000 + elapsed, PlayerState::Playing, rate);
    QCOMPARE(tracker.watched().coveredLength(), counted);
    if (counted > 0)
        QCOMPARE(describe(tracker.watched()), QStringLiteral("%1,%2").arg(from).arg(to));
}

void TestPlaybackTracker::normalPlayCountsWhatPlayed()
{
    PlaybackTracker tracker;
    FakePlayer player(tracker);
    player.play(60000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,60000"));
    QCOMPARE(describe(tracker.takeNewlyWatched()), QStringLiteral("0,60000"));
    QVERIFY(tracker.takeNewlyWatched().isEmpty());
}

void TestPlaybackTracker::seekForwardDoesNotCount()
{
    PlaybackTracker tracker;
    FakePlayer player(tracker);
    player.play(10000);
    player.jumpTo(30000);
    player.play(40000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,10000 30000,40000"));
}

void TestPlaybackTracker::seekBackThenReplayAddsNothing()
{
    PlaybackTracker tracker;
    FakePlayer player(tracker);
    player.play(20000);
    QCOMPARE(describe(tracker.takeNewlyWatched()), QStringLiteral("0,20000"));

    player.jumpTo(5000);
    player.play(20000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,20000"));
    QVERIFY(tracker.takeNewlyWatched().isEmpty());
}

void TestPlaybackTracker::replayOverlappingNewGroundReportsOnlyTheNewPart()
{
    PlaybackTracker tracker;
    FakePlayer player(tracker);
    player.play(10000);
    player.jumpTo(20000);
    player.play(30000);
    tracker.takeNewlyWatched();

    player.jumpTo(5000);
    player.play(25000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,30000"));
    QCOMPARE(describe(tracker.takeNewlyWatched()), QStringLiteral("10000,20000"));
}

void TestPlaybackTracker::oneAndAHalfSpeedCountsLectureSeconds()
{
    PlaybackTracker tracker;
    FakePlayer player(tracker);
    const qint64 wallStart = player.now();
    player.play(60000, 1.5);
    // A minute of lecture in 40 s: counts the minute, no more and no less.
    QCOMPARE(player.now() - wallStart, qint64(40000));
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,60000"));
}

void TestPlaybackTracker::tripleSpeedCountsNothing_data()
{
    QTest::addColumn<double>("reportedRate");
    QTest::addColumn<qint64>("stepMs");

    // Reported honestly: refused by rate, however often the player reports.
    QTest::newRow("3x, 4 reports a second") << 3.0 << qint64(250);
    QTest::newRow("3x, 1 report a second") << 3.0 << qint64(1000);
    // A player that says 1x but moves 3x: refused by the wall clock once steps are long
    // enough for the 250 ms jitter allowance not to cover it.
    QTest::newRow("says 1x, 1 report a second") << 1.0 << qint64(1000);
    QTest::newRow("says 2x, 1 report a second") << 2.0 << qint64(1000);
}

void TestPlaybackTracker::tripleSpeedCountsNothing()
{
    QFETCH(double, reportedRate);
    QFETCH(qint64, stepMs);

    PlaybackTracker tracker;
    qint64 now = 0;
    for (qint64 position = 0; position <= 60000; position += 3 * stepMs, now += stepMs)
        tracker.observe(position, now, PlayerState::Playing, reportedRate);
    QCOMPARE(tracker.watched().coveredLength(), qint64(0));
}

void TestPlaybackTracker::rateChangeMidStepUsesTheFasterRate()
{
    // 2x until just before the report, which then says 1x: the step moved ~2x and counts.
    PlaybackTracker tracker;
    tracker.observe(0, 0, PlayerState::Playing, 2.0);
    tracker.observe(1900, 1000, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,1900"));
}

void TestPlaybackTracker::pauseDoesNotCount()
{
    PlaybackTracker tracker;
    FakePlayer player(tracker);
    player.play(10000);
    player.wait(PlayerState::Paused, 30000);
    // Resumed where it paused: the span goes on, and the pause itself added nothing.
    player.play(20000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,20000"));

    // Seeking while paused: the jump across the pause does not count, even though the wall
    // clock would allow it.
    player.wait(PlayerState::Paused, 60000);
    player.jumpTo(50000);
    player.play(55000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,20000 50000,55000"));
}

void TestPlaybackTracker::bufferingDoesNotCount()
{
    PlaybackTracker tracker;
    tracker.observe(0, 0, PlayerState::Playing, 1.0);
    tracker.observe(250, 250, PlayerState::Playing, 1.0);
    // A stalled stream still reporting a moving position (a stale clock) counts nothing.
    tracker.observe(500, 500, PlayerState::Buffering, 1.0);
    tracker.observe(750, 750, PlayerState::Buffering, 1.0);
    tracker.observe(750, 5000, PlayerState::Playing, 1.0); // the span starts again here
    tracker.observe(1000, 5250, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,250 750,1000"));
}

void TestPlaybackTracker::stoppedEndsTheSpan()
{
    PlaybackTracker tracker;
    tracker.observe(0, 0, PlayerState::Playing, 1.0);
    tracker.observe(250, 250, PlayerState::Playing, 1.0);
    tracker.observe(0, 500, PlayerState::Stopped, 1.0);
    // The step back to 0 counts nothing. Played again from the start, the 300 ms reached
    // 250 ms after the stop were played (the first step of a new span).
    tracker.observe(300, 750, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,300"));
    // A first report further than the player can get before reporting is a seek: not counted.
    tracker.observe(300, 1000, PlayerState::Paused, 1.0);
    tracker.observe(2000, 60000, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,300"));
}

// A lecture played from start to end without a pause reads 100%, not 99%: the part before the
// player's first report and the part after its last one count too.
void TestPlaybackTracker::playedFromStartToEndIsWhole()
{
    PlaybackTracker tracker;
    tracker.observe(0, 1000, PlayerState::Stopped, 1.0); // loaded, waiting for play
    qint64 now = 5000; // play pressed a few seconds later
    for (qint64 position = 180; position < 61000; position += 250, now += 250)
        tracker.observe(position, now, PlayerState::Playing, 1.0);
    tracker.observe(61000, now - 100, PlayerState::Stopped, 1.0); // end of media
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,61000"));

    // Paused in the middle: both sides of the pause count, nothing more.
    PlaybackTracker paused;
    paused.observe(10000, 0, PlayerState::Playing, 1.0);
    paused.observe(10240, 250, PlayerState::Playing, 1.0);
    paused.observe(10400, 410, PlayerState::Paused, 1.0);
    paused.observe(10400, 90000, PlayerState::Paused, 1.0);
    paused.observe(10600, 90200, PlayerState::Playing, 1.0);
    QCOMPARE(describe(paused.watched()), QStringLiteral("10000,10600"));
}

void TestPlaybackTracker::outOfOrderObservationsAreIgnored()
{
    PlaybackTracker tracker;
    tracker.observe(0, 1000, PlayerState::Playing, 1.0);
    tracker.observe(250, 1250, PlayerState::Playing, 1.0);
    // Queued late from before the last one: taken at face value it would be a seek forward
    // and break the span.
    tracker.observe(9000, 1100, PlayerState::Playing, 1.0);
    // Or a pause that was over before the last report.
    tracker.observe(250, 1200, PlayerState::Paused, 1.0);
    tracker.observe(500, 1500, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,500"));
}

void TestPlaybackTracker::duplicateObservationsAreIgnored()
{
    PlaybackTracker tracker;
    tracker.observe(0, 1000, PlayerState::Playing, 1.0);
    tracker.observe(250, 1250, PlayerState::Playing, 1.0);
    tracker.observe(250, 1250, PlayerState::Playing, 1.0);
    tracker.observe(5000, 1250, PlayerState::Playing, 1.0); // same time, other position
    tracker.observe(500, 1500, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,500"));
}

void TestPlaybackTracker::negativePositionIsIgnored()
{
    PlaybackTracker tracker;
    tracker.observe(0, 0, PlayerState::Playing, 1.0);
    tracker.observe(-1, 250, PlayerState::Playing, 1.0);
    tracker.observe(500, 500, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,500"));
}

void TestPlaybackTracker::seekStartedEndsTheSpan()
{
    // A 200 ms skip forward fits the jitter allowance; the explicit seek keeps it out.
    PlaybackTracker tracker;
    tracker.observe(0, 0, PlayerState::Playing, 1.0);
    tracker.observe(1000, 1000, PlayerState::Playing, 1.0);
    tracker.seekStarted();
    tracker.observe(1200, 1010, PlayerState::Playing, 1.0);
    tracker.observe(1450, 1260, PlayerState::Playing, 1.0);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,1000 1200,1450"));
}

void TestPlaybackTracker::knownIntervalsAreNotReportedAsNew()
{
    IntervalSet stored;
    stored.add(0, 10000);
    PlaybackTracker tracker(stored);
    IntervalSet fromOtherDevice;
    fromOtherDevice.add(20000, 30000);
    tracker.mergeKnown(fromOtherDevice);

    FakePlayer player(tracker);
    player.play(25000);
    QCOMPARE(describe(tracker.watched()), QStringLiteral("0,30000"));
    QCOMPARE(describe(tracker.takeNewlyWatched()), QStringLiteral("10000,20000"));
}

void TestPlaybackTracker::threeHourLectureIsCoveredWhole()
{
    // 3 h at 1x, 43 200 reports with realistic jitter in both clocks: one span, all of it.
    // (How long the tracker takes over them is measured by bench/parsers.cpp.)
    PlaybackTracker tracker;
    for (const testing::PositionReport &report : testing::threeHourReports())
        tracker.observe(report.positionMs, report.monotonicNowMs, PlayerState::Playing, 1.0);
    const double fraction
        = double(tracker.watched().coveredLength()) / double(testing::kThreeHoursMs);
    QVERIFY2(fraction > 0.999, qPrintable(QString::number(fraction)));
    QCOMPARE(tracker.watched().intervals().size(), 1);
    QCOMPARE(tracker.takeNewlyWatched(), tracker.watched());
}

QTEST_GUILESS_MAIN(TestPlaybackTracker)
#include "tst_playbacktracker.moc"
