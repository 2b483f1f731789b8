#pragma once

#include "domain/intervalset.h"

#include <QtGlobal>

#include <optional>

namespace lectern {

enum class PlayerState { Playing, Paused, Buffering, Stopped };

// Turns what the player reports into the lecture time that was really played.
//
// Feed it an observation on every position update (and on every state change); it keeps the
// union of the spans that played in front of the learner. Between two consecutive Playing
// observations the span [previous, current) counts only when the position moved forward no
// faster than the wall clock allows:
//     current - previous <= elapsed * min(rate, 2) * 1.25 + 250 ms
// so a seek forward (a jump), a seek back (position went down), a pause, buffering or a stop
// all count nothing and the next Playing observation starts a new span. Coverage is lecture
// time, not wall time: at 1.5x a minute of lecture takes 40 s and counts one minute.
//
// The two edges of a span count too, or a lecture watched from start to end would read 99%:
// the step from the last Playing observation to the pause, stop or end of media that follows
// it (by the same rule; not one up to buffering), and the step from where playback was paused or
// stopped to the first Playing observation after it, when that is no more than the player can play
// before its first report (StartAllowanceMs at the rate, with the slack); a seek in between
// (seekStarted()) cuts both.
//
// A plain class, not a QObject: it is a pure function of the observations it is fed, needs no
// signals (whoever saves progress pulls takeNewlyWatched() when it writes) and so is tested
// without an event loop and usable on any thread. The player glue owns it.
class PlaybackTracker final
{
public:
    // Rates above this count nothing (see observe()). Also caps the rate the tolerance uses, so
    // a player that claims 16x cannot widen the window for a seek to slip through.
    static constexpr double MaxCountedRate = 2.0;
    // Slack on the expected advance, for players that report positions late or in bursts.
    static constexpr double RateSlack = 1.25;
    // Fixed allowance for timer jitter and position granularity (GStreamer reports ~every 40 ms).
    static constexpr qint64 JitterMs = 250;
    // How far playback may get between pressing play and the player's first position report.
    static constexpr qint64 StartAllowanceMs = 500;

    // `known` is what the store already holds; replaying it is not reported as new.
    explicit PlaybackTracker(IntervalSet known = {});

    // positionMs: the player's position; monotonicNowMs: a monotonic clock (QElapsedTimer),
    // never the wall clock, which jumps. Observations with a monotonic time not later than the
    // last one seen (queued late, or duplicated) are ignored, as are negative positions.
    void observe(qint64 positionMs, qint64 monotonicNowMs, PlayerState state, double rate);
    // The user asked for a seek: end the current span now, so the next observation starts a
    // new one even if the jump is small enough to pass for playback.
    void seekStarted();
    // Adds intervals learnt elsewhere (the store answering late, another device); they are
    // not reported by takeNewlyWatched().
    void mergeKnown(const IntervalSet &known);

    const IntervalSet &watched() const { return m_watched; }
    // What was watched for the first time since the last call (never a replay), for saving
    // deltas to the store and the outbox; clears it.
    IntervalSet takeNewlyWatched();

private:
    struct Anchor
    {
        qint64 positionMs = 0;
        qint64 nowMs = 0;
        double rate = 1.0;
        bool playing = true; // false: where playback paused, stopped or waits to start
    };

    bool isPlausibleAdvance(const Anchor &from, qint64 positionMs, qint64 nowMs, double rate) const;
    static bool isPlausibleStart(const Anchor &from, qint64 positionMs, qint64 nowMs, double rate);
    void count(qint64 fromMs, qint64 toMs);

    IntervalSet m_watched;
    IntervalSet m_newlyWatched;
    // The last observation since the last seek: Playing (the current span) or where playback
    // stands still.
    std::optional<Anchor> m_anchor;
    std::optional<qint64> m_lastNowMs; // the latest monotonic time seen in any state
};

} // namespace lectern
