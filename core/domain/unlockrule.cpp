#include "unlockrule.h"

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

// The threshold in millionths, so that the boundary is exact integer arithmetic: 0.7 * 100 is
// 70.00000000000001 in doubles, and a learner who watched exactly 70 of 100 must unlock.
qint64 partsPerMillion(double threshold)
{
    return std::llround(threshold * 1e6);
}

} // namespace

double UnlockRule::clampedThreshold(double threshold)
{
    if (std::isnan(threshold))
        return DefaultThreshold;
    return std::clamp(threshold, MinimumThreshold, MaximumThreshold);
}

Coverage UnlockRule::coverage(const IntervalSet &watched, qint64 durationMs, qint64 creditsMs,
                              double threshold)
{
    const qint64 duration = std::max<qint64>(durationMs, 0);
    const qint64 credits = std::clamp<qint64>(creditsMs, 0, duration);

    Coverage c;
    c.requiredMs = duration - credits;
    if (c.requiredMs == 0) {
        c.fraction = 1.0;
        c.unlocked = true;
        return c;
    }
    c.coveredMs = watched.coveredWithin(0, c.requiredMs);
    c.fraction = double(c.coveredMs) / double(c.requiredMs);
    // Round up: 90% of 1001 ms needs 901 ms, not 900. No overflow below 292 years of video.
    const qint64 ppm = partsPerMillion(clampedThreshold(threshold));
    const qint64 neededMs = (c.requiredMs * ppm + 999'999) / 1'000'000;
    c.remainingMs = std::max<qint64>(neededMs - c.coveredMs, 0);
    c.unlocked = c.coveredMs >= neededMs;
    return c;
}

bool UnlockRule::isUnlocked(const IntervalSet &watched, qint64 durationMs, qint64 creditsMs,
                            double threshold)
{
    return coverage(watched, durationMs, creditsMs, threshold).unlocked;
}

} // namespace lectern
