#pragma once

#include "quiz/question.h"

#include <optional>

#include <QList>
#include <QString>

namespace lectern {

// What a learner answered to one question. One plain struct for every type: grade() reads
// only the field that the question's type needs and ignores the others, so a client can send
// the same shape for every question and the server can store it as is.
struct Response
{
    // MultipleChoice, MultipleAnswer and a MissingWord that offers choices: indexes into
    // Question::answers. Out-of-range indexes are ignored and duplicates count once.
    QList<int> choices;
    // TrueFalse: what the learner said; nullopt when they said nothing.
    std::optional<bool> trueFalse;
    // ShortAnswer, a MissingWord to type, and Numerical: the text as typed. Numbers are read
    // with the C locale ("2.5"), and a single decimal comma is accepted too ("2,5").
    QString text;
    // Matching: for each answer index i (a left-hand item), the index of the answer whose
    // matchText the learner paired with it, or -1 for none. Entries for distractors (answers
    // with an empty text) are ignored; a missing entry counts as -1.
    QList<int> matches;
};

struct QuestionGrade
{
    double fraction = 0; // 0 … 1: negative totals are floored at 0, totals above 1 capped
    QString feedback; // per-answer feedback of what was chosen or matched, one per line
    QString generalFeedback; // the question's general feedback (GIFT's ####), kept apart
    bool answered = false; // false also for descriptions, which are never graded
};

struct QuizGrade
{
    double score = 0; // sum of the question fractions
    double maxScore = 0; // one point per gradable question (descriptions excluded)
    double percent = 0; // 0 … 100
    bool passed = false;
};

// Pure, deterministic grading with Moodle's semantics, shared by the client (a provisional
// grade offline) and the server (the authoritative regrade). No I/O, no locale dependence.
//
// * MultipleChoice: the weight of the one chosen answer; choosing more than one scores 0, so
//   ticking everything cannot collect the right answer.
// * MultipleAnswer: the sum of the chosen answers' weights (negative ones subtract).
// * TrueFalse: 1 when the learner's value equals Question::trueFalseAnswer, else 0. With a
//   protected key (Question::trueFalseHash set) the value's hash is compared instead.
// * ShortAnswer: the best weight among matching answers. Both sides take the form of
//   normalizedShortAnswer() (NFC, trimmed, whitespace runs collapsed, case-folded unless
//   Question::caseSensitive); '*' in an accepted answer matches any run of characters. An
//   answer with a textHash matches when answerHash(keySalt, typed) equals it.
// * MissingWord: graded as MultipleChoice when offersChoices(), else as ShortAnswer.
// * Numerical: the best weight among answers containing the number: |x - value| <= tolerance,
//   or rangeMin <= x <= rangeMax for "a..b"; "*" matches any number. A hair of slack (1e-9
//   relative) absorbs binary rounding, so "0.15" counts within "0.1:0.05".
// * Matching: the share of left-hand items paired with their own match (compared by text,
//   so two items with the same match are interchangeable).
// * Description: not graded; answered is false and the fraction 0.
// Fractions within 1e-5 of 1 snap to 1, so weights like %33.3333% add up to full marks.
QuestionGrade grade(const Question &question, const Response &response);

// The form a typed short answer is compared (and hashed) in: NFC, trimmed, whitespace runs
// collapsed to one space, and case-folded unless caseSensitive (docs/quizzes.md).
QString normalizedShortAnswer(const QString &text, bool caseSensitive);

// The protected form of an exact answer: base64(SHA-256(salt ‖ UTF-8 of normalised)), as
// Answer::textHash and Question::trueFalseHash hold it. `normalised` must already be in the
// form normalizedShortAnswer() gives; true/false keys hash "true" and "false".
QByteArray answerHash(const QByteArray &salt, const QString &normalised);

// True when a typed answer must be sent as a pattern rather than a hash: a hash can only
// match one exact text, not a '*' wildcard.
bool isWildcardAnswer(const QString &text);

// True when the learner picks from Question::answers rather than types: MultipleChoice,
// MultipleAnswer, and a MissingWord whose answers include a wrong (~) option. The parser
// keeps no marker, so a MissingWord offers choices when some answer carries no credit
// (weight <= 0), which every '~' without a positive weight does. A blank written only with
// positive '~' weights ("{=a ~%50%b}") therefore reads as one to type.
bool offersChoices(const Question &question);

// Grades every question with the response at the same index (a missing response counts as
// unanswered). Each gradable question is worth one point; passed means score / maxScore
// reaches passMark (0 … 1), with 1e-9 of slack for rounding. A quiz with nothing to grade
// scores 100% and passes: there is nothing the learner could have got wrong.
QuizGrade gradeQuiz(const QList<Question> &questions, const QList<Response> &responses,
                    double passMark);

} // namespace lectern
