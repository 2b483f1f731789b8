// Times the pure parts on the large and hostile inputs the unit tests check for results
// (tests/support/largeinputs.h): the GIFT parser, the WebVTT parser, the JSON line index, the
// interval set and the playback tracker. Each workload runs RUNS times (default 7); the
// median and the slowest, in milliseconds, are printed one line per workload:
//
//   lectern-bench-parsers [RUNS]
//
// A parser that turned quadratic again shows here as seconds instead of milliseconds.

#include "content/jsonlineindex.h"
#include "domain/intervalset.h"
#include "media/playbacktracker.h"
#include "media/webvtt.h"
#include "quiz/giftparser.h"
#include "support/largeinputs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace lectern;

namespace {

// Runs `work` `runs` times; `check` is what the work produced, kept so it cannot be optimised
// away and printed so a broken run is seen.
void measure(QTextStream &out, const char *name, int runs, const std::function<qint64()> &work)
{
    QList<double> millis;
    qint64 check = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        check = work();
        millis.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(millis.begin(), millis.end());
    out << QStringLiteral("%1: median %2 ms, slowest %3 ms (result %4)")
               .arg(QLatin1String(name), -28)
               .arg(millis.at(millis.size() / 2), 0, 'f', 1)
               .arg(millis.last(), 0, 'f', 1)
               .arg(check)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("7")).toInt());
    QTextStream out(stdout);

    const QString bank = testing::giftOfQuestions(20000);
    measure(out, "GIFT, 20 000 questions", runs,
            [&] { return qint64(GiftParser::parse(bank).questions.size()); });
    const QString wide = testing::giftOfWideBlocks();
    measure(out, "GIFT, 50 000 answers + open", runs,
            [&] { return qint64(GiftParser::parse(wide).questions.value(0).answers.size()); });
    const QByteArray captions = testing::captionsOfLongCue();
    measure(out, "WebVTT, 1 MiB cue", runs,
            [&] { return qint64(WebVttParser::parse(captions).value().cues.size()); });
    const QByteArray key(100000, 'k');
    const QByteArray json = testing::jsonOfLongKey(key);
    measure(out, "JSON line index, 300 kB", runs,
            [&] { return qint64(JsonLineIndex(json).lineOf(QStringLiteral("/after"))); });
    const QList<Interval> spans = testing::shuffledSpans(20000);
    measure(out, "IntervalSet, 20 000 spans", runs, [&] {
        IntervalSet set;
        for (const Interval &span : spans)
            set.add(span);
        qint64 covered = 0;
        for (qint64 k = 0; k < 20000; ++k)
            covered += set.coveredWithin(k * 100 + 25, k * 100 + 75);
        return covered;
    });
    const QList<testing::PositionReport> reports = testing::threeHourReports();
    measure(out, "PlaybackTracker, 3 h", runs, [&] {
        PlaybackTracker tracker;
        for (const testing::PositionReport &report : reports)
            tracker.observe(report.positionMs, report.monotonicNowMs, PlayerState::Playing, 1.0);
        return tracker.watched().coveredLength();
    });
    return 0;
}
