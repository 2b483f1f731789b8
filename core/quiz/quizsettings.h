#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace lectern {

// When the review shows the correct answers (docs/quizzes.md).
enum class AnswerVisibility { Never, AfterSubmission, AfterLastAttempt };

// How the quiz page lays questions out by default; the learner may switch.
enum class QuizLayout { OnePerPage, AllOnOnePage };

// A quiz's rules. Course files set defaults, lectures override them; the effective settings
// travel with the quiz in the catalog and the quiz route. Plain value, no I/O.
struct QuizSettings
{
    double passMark = 0.7; // 0 … 1
    int attemptsAllowed = 3; // 0 = unlimited
    int timeLimitMinutes = 0; // 0 = untimed
    bool shuffleQuestions = false;
    bool shuffleAnswers = true;
    bool showFeedback = true;
    AnswerVisibility showAnswers = AnswerVisibility::AfterSubmission;
    QuizLayout layout = QuizLayout::OnePerPage;
    QDateTime opensAt; // invalid = always open
    QDateTime closesAt; // invalid = never closes

    bool isTimed() const { return timeLimitMinutes > 0; }
    bool hasAttemptLimit() const { return attemptsAllowed > 0; }

    friend bool operator==(const QuizSettings &, const QuizSettings &) = default;
};

QString answerVisibilityName(AnswerVisibility visibility); // "never", "after_submission", …
QString quizLayoutName(QuizLayout layout); // "one_per_page", "all_on_one_page"
// The reverse of the names above; nullopt for a name that is not one of them.
std::optional<AnswerVisibility> answerVisibilityFromName(const QString &name);
std::optional<QuizLayout> quizLayoutFromName(const QString &name);

} // namespace lectern
