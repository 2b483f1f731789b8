#pragma once

// Large and hostile inputs shared by the unit tests that check what comes out of them and by
// bench/parsers.cpp, which times them: the tests assert results, never the clock (a speed
// belongs in bench/ and docs/performance.md).

#include "domain/intervalset.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>

namespace lectern::testing {

// A GIFT file of `count` numbered questions of 7 lines each; question i is "What is i + 1?".
inline QString giftOfQuestions(int count)
{
    QString gift;
    for (int i = 0; i < count; ++i) {
        gift += QStringLiteral("// question %1\n::Q%1::What is %1 + 1? {\n  =%2 #Right\n"
                               "  ~%1 #No\n  ~0\n}\n\n")
                    .arg(i)
                    .arg(i + 1);
    }
    return gift;
}

// Shapes that are quadratic in a naive GIFT parser: one block with 50 000 wrong answers, then
// a block never closed, followed by 200 000 blank lines.
inline QString giftOfWideBlocks()
{
    QString wide = QStringLiteral("Many {=right");
    for (int i = 0; i < 50000; ++i)
        wide += QStringLiteral(" ~wrong%1 #feedback").arg(i);
    return wide + QStringLiteral("}\n\nNever closed {\n") + QStringLiteral("\n").repeated(200000)
        + QStringLiteral("=after\n");
}

// The fuzzer's WebVTT finding: one cue whose text is 1 MiB of markup-like lines.
inline QByteArray captionsOfLongCue()
{
    const QByteArray header = "WEBVTT\n\n00:00.000 --> 00:01.000\n";
    const QByteArray line = QByteArray(64, '<') + '\n' + QByteArray(64, '&') + '\n';
    return header + line.repeated(1024 * 1024 / line.size());
}

// Valid JSON of 300 kB: a 100 000-character key over a list of 100 000 numbers (line 3), then
// "after" on line 5.
inline QByteArray jsonOfLongKey(const QByteArray &key)
{
    QByteArray json = "{\n\"" + key + "\": [\n1";
    for (int i = 1; i < 100000; ++i)
        json += ",1";
    return json + "\n],\n\"after\": true}";
}

// `count` disjoint 50 ms spans, 100 ms apart, in a fixed shuffled order.
inline QList<Interval> shuffledSpans(qint64 count)
{
    QList<Interval> spans;
    for (qint64 k = 0; k < count; ++k)
        spans.append({k * 100, k * 100 + 50});
    QRandomGenerator random(7);
    std::shuffle(spans.begin(), spans.end(), random);
    return spans;
}

// A player's position reports over a 3 h lecture at 1x, every 250 ms, with realistic jitter in
// both the position and the monotonic clock: 43 201 of them.
struct PositionReport
{
    qint64 positionMs = 0;
    qint64 monotonicNowMs = 0;
};
constexpr qint64 kThreeHoursMs = 3 * 60 * 60 * 1000;
inline QList<PositionReport> threeHourReports()
{
    QRandomGenerator random(3);
    QList<PositionReport> reports;
    qint64 now = 5000;
    for (qint64 ideal = 0; ideal <= kThreeHoursMs; ideal += 250) {
        const qint64 position
            = std::clamp<qint64>(ideal + random.bounded(-30, 30), 0, kThreeHoursMs);
        reports.append({position, now + random.bounded(0, 20)});
        now += 250;
    }
    return reports;
}

} // namespace lectern::testing
