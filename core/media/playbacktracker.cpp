#include "playbacktracker.h"

#include <algorithm>
#include <utility>

namespace lectern {

namespace {

// NaN, zero or negative rates (a player not started yet) move nothing; treat them as 0.
double sanitisedRate(double rate)
{
    return rate > 0 ? rate : 0.0;
}

} // namespace

PlaybackTracker::PlaybackTracker(IntervalSet known)
    : m_watched(std::move(known))
{ }

void PlaybackTracker::observe(qint64 positionMs, qint64 monotonicNowMs, PlayerState state,
                              double rate)
{
    if (positionMs < 0 || (m_lastNowMs && monotonicNowMs <= *m_lastNowMs))
        return;
    m_lastNowMs = monotonicNowMs;
    rate = sanitisedRate(rate);

    const bool playing = state == PlayerState::Playing;
    if (m_anchor) {
        // Within a span, or its last step up to a pause or the end (not up to buffering: a
        // stalled stream may report a position that moves while nothing plays); or its first
        // step from where playback stood still.
        const bool played = m_anchor->playing
            ? state != PlayerState::Buffering
                && isPlausibleAdvance(*m_anchor, positionMs, monotonicNowMs, rate)
            : playing && isPlausibleStart(*m_anchor, positionMs, monotonicNowMs, rate);
        if (played)
            count(m_anchor->positionMs, positionMs);
    }
    // Whether it counted or was a seek, playback continues (or waits) from here.
    m_anchor = Anchor{positionMs, monotonicNowMs, rate, playing};
}

bool PlaybackTracker::isPlausibleStart(const Anchor &from, qint64 positionMs, qint64 nowMs,
                                       double rate)
{
    if (rate > MaxCountedRate)
        return false;
    const qint64 advance = positionMs - from.positionMs;
    // No more than the player plays before its first report, nor than the time since it
    // stood still allows.
    const double allowed
        = std::min(double(StartAllowanceMs) * rate * RateSlack,
                   double(nowMs - from.nowMs) * rate * RateSlack + double(JitterMs));
    return advance >= 0 && double(advance) <= allowed;
}

bool PlaybackTracker::isPlausibleAdvance(const Anchor &from, qint64 positionMs, qint64 nowMs,
                                         double rate) const
{
    // Above 2x nothing counts, even when the step would fit the window: with frequent
    // observations the fixed 250 ms allowance dominates (at 4 updates a second 3x fits
    // 2.5x + 250 ms), so the window alone would let 3x count or not depending on how often the
    // player reports. The product rule is "faster than 2x is not watching", so the rate the
    // player reports decides, and the window catches seeks and rates it does not report.
    // Counting "the first 2/3 of the step" instead would invent coverage of a part nobody can
    // say was watched.
    if (from.rate > MaxCountedRate || rate > MaxCountedRate)
        return false;
    const qint64 advance = positionMs - from.positionMs;
    if (advance < 0)
        return false; // a seek back; the replay counts from the next step on
    // The rate may have changed between the two observations; either may have applied.
    const double fastest = std::max(from.rate, rate);
    const double allowed = double(nowMs - from.nowMs) * fastest * RateSlack + double(JitterMs);
    return double(advance) <= allowed;
}

void PlaybackTracker::count(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    // Only the parts not seen before are new; a replay adds nothing.
    m_newlyWatched.unite(m_watched.gaps(fromMs, toMs));
    m_watched.add(fromMs, toMs);
}

void PlaybackTracker::seekStarted()
{
    m_anchor.reset();
}

void PlaybackTracker::mergeKnown(const IntervalSet &known)
{
    m_watched.unite(known);
}

IntervalSet PlaybackTracker::takeNewlyWatched()
{
    return std::exchange(m_newlyWatched, IntervalSet());
}

} // namespace lectern
