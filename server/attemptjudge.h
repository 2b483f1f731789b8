#pragma once

#include "domain/unlockrule.h"
#include "quiz/attempt.h"
#include "quiz/quizsettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern {

// Decides the status of every attempt of one learner at one lecture's quiz (docs/quizzes.md).
// Pure: the same attempts, settings and viewing give the same verdicts whatever order they
// arrived in, which is what lets devices sync in any order.
class AttemptJudge final
{
public:
    // How far a device clock may run ahead of the server's, and how far past its time limit an
    // attempt may finish (docs/quizzes.md, "Clock skew").
    static constexpr qint64 kSkewMs = 5 * 60 * 1000;

    // What the judge reads of one stored attempt.
    struct Submission
    {
        QString attemptId;
        QDateTime startedAt; // as the device reported them
        QDateTime finishedAt;
        QDateTime receivedAt; // when the server first received it
    };

    struct Verdict
    {
        AttemptStatus status = AttemptStatus::Refused; // Counted, NotCounted or Refused
        QString reason; // empty when counted
        int attemptNumber = 0; // among the non-refused, in finish order; 0 when refused

        friend bool operator==(const Verdict &, const Verdict &) = default;
    };

    // The learner's viewing of the lecture, as the unlock rule measured it.
    struct Viewing
    {
        Coverage coverage;
        double threshold = UnlockRule::DefaultThreshold; // the course's
        // The viewing reached the threshold at some earlier time: the quiz stays open even if
        // the lecture was re-cut longer since.
        bool unlockedBefore = false;
    };

    AttemptJudge(QuizSettings settings, Viewing viewing);

    // One verdict per submission, in the same order.
    QList<Verdict> judge(const QList<Submission> &submissions) const;

    // Why a submission is refused on its own, or empty when it is not.
    QString refusal(const Submission &submission) const;

private:
    QuizSettings m_settings;
    Viewing m_viewing;
};

} // namespace lectern
