#pragma once

#include "quiz/attempt.h"
#include "quiz/quizsettings.h"

namespace lectern {

struct AttemptRecord;

// What a learner may see of a stored attempt now (docs/protocol.md, "Attempt result"): the
// server's grade and status, with the review's feedback only when the quiz shows feedback and
// its correct answers only when show_answers allows at this moment. A refused attempt never
// shows correct answers: it was not a submission the quiz's rules accepted.
class AttemptView final
{
public:
    // countedAttempts: how many of the learner's attempts at this quiz count now.
    static AttemptResult resultOf(const AttemptRecord &attempt, const QuizSettings &settings,
                                  int countedAttempts);
};

} // namespace lectern
