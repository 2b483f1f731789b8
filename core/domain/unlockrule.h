#pragma once

#include "domain/intervalset.h"

#include <QtGlobal>

namespace lectern {

// How much of a lecture has been watched, against what the quiz needs.
struct Coverage
{
    double fraction = 0; // of the required part, 0..1
    qint64 requiredMs = 0; // the lecture without its closing credits
    qint64 coveredMs = 0; // of the required part
    qint64 remainingMs = 0; // still to watch to reach the threshold; 0 once unlocked
    bool unlocked = false;
};

// When a lecture's quiz unlocks: once the learner has watched `threshold` of the lecture,
// measured as distinct lecture time actually played (IntervalSet), over [0, duration - credits).
// Closing credits are not required, and watching them does not make up for the lecture.
//
// Pure: the client uses it to show progress and a provisional unlock, the server re-derives the
// authoritative unlock from the synced intervals with the same code.
//
// Once unlocked, a quiz stays unlocked even if the inputs later say otherwise (a lecture
// re-cut longer, a raised threshold). That is not this rule's job: the store keeps an
// "unlocked" flag set the first time this returns true and never clears it.
class UnlockRule final
{
public:
    static constexpr double DefaultThreshold = 0.9;
    static constexpr double MinimumThreshold = 0.5;
    static constexpr double MaximumThreshold = 1.0;

    // durationMs and creditsMs below 0 count as 0; credits longer than the lecture leave
    // nothing required. A lecture with nothing required (no duration known, or all credits)
    // is unlocked: there is nothing to watch, and locking its quiz forever would strand the
    // learner. The content importer is where a missing duration should be caught.
    // A threshold outside 0.5..1.0 is clamped into it (NaN means the default).
    static Coverage coverage(const IntervalSet &watched, qint64 durationMs, qint64 creditsMs = 0,
                             double threshold = DefaultThreshold);
    static bool isUnlocked(const IntervalSet &watched, qint64 durationMs, qint64 creditsMs = 0,
                           double threshold = DefaultThreshold);

    static double clampedThreshold(double threshold);
};

} // namespace lectern
