#pragma once

#include "quiz/attempt.h"
#include "quiz/quiz.h"

#include <QDateTime>
#include <QStringList>

namespace lectern {

// The rules of taking one attempt, with no I/O and no timer of its own: the quiz page owns the
// clock and the store, and asks this what to show and what to save. Plain C++ over core/quiz.
class AttemptSession final
{
public:
    // A fresh attempt: a new UUID, startedAt = now, deadline from the time limit (never later
    // than the quiz's closesAt; an untimed quiz that closes gets closesAt as its deadline, so
    // the attempt submits itself before the server would refuse it), a seed and the orders that
    // follow from it and the settings (shuffled only where the settings say).
    static Attempt start(const Quiz &quiz, const QDateTime &now, quint32 seed, bool preview);

    // Continues a stored attempt (after a restart).
    AttemptSession(Quiz quiz, Attempt attempt);

    const Quiz &quiz() const { return m_quiz; }
    const Attempt &attempt() const { return m_attempt; }

    int questionCount() const; // gradable and description questions alike
    // The question shown at a display position, and the answers in this attempt's order.
    const Question &questionAt(int position) const;
    int originalIndexAt(int position) const;
    // Indexes into Question::answers in display order: every answer of a question that offers
    // choices; for matching, the right-hand list (one answer per distinct matchText, whose
    // matchText is shown); empty for typed questions, true/false and descriptions.
    QList<int> answerOrderAt(int position) const;

    void setResponse(int position, const Response &response);
    void setFlagged(int position, bool flagged);
    void setCurrentPosition(int position);
    bool isAnswered(int position) const; // descriptions count as answered
    bool isFlagged(int position) const;
    // Display positions (0-based) of gradable questions with no answer, for the confirmation.
    QList<int> unansweredPositions() const;

    // Milliseconds left, or -1 when untimed. 0 means time is up.
    qint64 remainingMs(const QDateTime &now) const;
    bool isTimeUp(const QDateTime &now) const;

    // Submits: finishedAt = now (capped at the deadline when auto), state Submitted, and the
    // provisional result from the key this device holds. Correct answers are filled in only
    // where visibleAnswers allows and the key is plain (choices always are; hashed text is not).
    void submit(const QDateTime &now, bool autoSubmitted, int countedAttemptsBefore);

    // Whether the review may show correct answers, given the settings and how many counted
    // attempts the learner has used including this one. Preview always may.
    static bool mayShowAnswers(const QuizSettings &settings, int attemptsUsed, bool preview);
    // Whether a new attempt may start now (dates and attempt limit); a reason when not.
    static QString reasonCannotStart(const QuizSettings &settings, const QDateTime &now,
                                     int attemptsUsed, bool preview);

private:
    Quiz m_quiz;
    Attempt m_attempt;
};

// A readable rendering of a question's correct answer ("Paracetamol", "True", "42 ± 0.5",
// "A → 1; B → 2"), empty when the key is hashed. Used by the review and by faculty preview.
QString correctAnswerText(const Question &question);

} // namespace lectern
