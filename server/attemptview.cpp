#include "attemptview.h"

#include "progressstore.h"
#include "quiz/attemptsession.h"

namespace lectern {

AttemptResult AttemptView::resultOf(const AttemptRecord &attempt, const QuizSettings &settings,
                                    int countedAttempts)
{
    AttemptResult result;
    result.attemptId = attempt.attemptId;
    result.lectureId = attempt.lectureId;
    result.startedAt = attempt.startedAt;
    result.finishedAt = attempt.finishedAt;
    result.receivedAt = attempt.receivedAt;
    result.status = attempt.status;
    result.reason = attempt.reason;
    result.attemptNumber = attempt.attemptNumber;
    result.score = attempt.grade.score;
    result.maxScore = attempt.grade.maxScore;
    result.percent = attempt.grade.percent;
    result.passed = attempt.grade.passed;
    const bool showAnswers = attempt.status != AttemptStatus::Refused
        && AttemptSession::mayShowAnswers(settings, countedAttempts, false);
    for (QuestionReview line : attempt.review) {
        if (!settings.showFeedback) {
            line.feedback.clear();
            line.generalFeedback.clear();
        }
        if (!showAnswers)
            line.correctAnswer.clear();
        result.review.append(line);
    }
    return result;
}

} // namespace lectern
