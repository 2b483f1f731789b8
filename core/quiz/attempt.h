#pragma once

#include "quiz/grading.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

enum class AttemptState { InProgress, Submitted };

// Who decided the grade and whether it counts (docs/quizzes.md).
enum class AttemptStatus {
    Provisional, // graded on this device, not yet confirmed by the server
    Counted,
    NotCounted, // past the attempt limit: kept and shown, never dropped
    Refused, // the server stored it but it does not count; reason says why
    Rejected, // the server could not apply the event at all; reason says why
};

// One question's line in the result page.
struct QuestionReview
{
    int question = 0; // index in the quiz's original order
    double fraction = 0;
    bool answered = false;
    QString feedback; // empty when the settings hide feedback
    QString generalFeedback;
    QString correctAnswer; // empty when the settings (or a hashed key) do not allow it yet
};

// A grade with its review: the client's provisional one, or the server's.
struct AttemptResult
{
    // Which attempt this is the result of. The progress feed carries results of attempts made
    // on other devices, so the result names its attempt and its times (docs/protocol.md).
    QString attemptId;
    QString lectureId;
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC, as the client reported it
    AttemptStatus status = AttemptStatus::Provisional;
    QString reason; // why refused, rejected or not counted; empty otherwise
    int attemptNumber = 0; // 1-based among non-refused attempts in finish order; 0 = unknown
    double score = 0;
    double maxScore = 0;
    double percent = 0;
    bool passed = false;
    QList<QuestionReview> review;
    QDateTime receivedAt; // server only: when it received the attempt
};

// One attempt at a quiz, from start to the server's confirmation. Responses and flags are in the
// quiz's original question order; questionOrder and answerOrders are what this attempt shows.
struct Attempt
{
    QString attemptId; // UUID made on the client, without braces
    QString lectureId;
    AttemptState state = AttemptState::InProgress;
    QDateTime startedAt; // UTC
    QDateTime deadline; // UTC; the earlier of start + time limit and closesAt; invalid if neither
    QDateTime finishedAt; // UTC; invalid until submitted
    quint32 seed = 0; // drives the shuffles
    QList<int> questionOrder; // display position -> original question index
    QList<QList<int>> answerOrders; // per original question: display position -> answer index
    QList<Response> responses; // per original question
    QList<bool> flagged; // per original question
    int currentPosition = 0; // display position the learner was on
    bool autoSubmitted = false; // the time limit ran out
    bool preview = false; // faculty preview: never stored as progress, never sent
    std::optional<AttemptResult> provisional; // set at submission
    std::optional<AttemptResult> confirmed; // set when the server's result arrives

    // The result to show: the server's when known, else the provisional one.
    const AttemptResult *shownResult() const
    {
        return confirmed ? &*confirmed : provisional ? &*provisional : nullptr;
    }
    // Whether it uses one of the quiz's allowed attempts: submitted and not (yet) found not to
    // count by the server.
    bool usesAnAttempt() const
    {
        const AttemptResult *result = shownResult();
        return state == AttemptState::Submitted && result
            && (result->status == AttemptStatus::Provisional
                || result->status == AttemptStatus::Counted);
    }
};

QString attemptStatusName(AttemptStatus status); // "provisional", "counted", "not_counted", …
std::optional<AttemptStatus> attemptStatusFromName(const QString &name);

} // namespace lectern
