#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// One question of a quiz, as GIFT describes it. Plain value; grading lives elsewhere.

enum class QuestionType {
    MultipleChoice, // one right answer
    MultipleAnswer, // several answers with percentage weights
    TrueFalse,
    ShortAnswer,
    MissingWord, // an answer block inside the sentence
    Numerical,
    Matching,
    Description, // text only, no answer
};

enum class TextFormat { Moodle, Html, Markdown, Plain };

struct Answer
{
    QString text; // for matching: the left-hand item
    QString matchText; // matching only: the right-hand item
    double weight = 0; // fraction of the mark, -1.0 … 1.0 (GIFT's %50 is 0.5)
    QString feedback;
    // Short answers and typed missing words in the learner's protected key: base64 of
    // SHA-256(keySalt ‖ normalised answer), with text left empty (docs/quizzes.md).
    QByteArray textHash;
    // numerical only
    double value = 0;
    double tolerance = 0;
    double rangeMin = 0;
    double rangeMax = 0;
    bool isRange = false;
};

struct Question
{
    QString name; // from ::name::, or derived from the text
    QString category; // from the last $CATEGORY: line
    QuestionType type = QuestionType::Description;
    TextFormat format = TextFormat::Moodle;
    QString text; // for missing word, the text before the blank
    QString textAfter; // missing word only: the text after the blank
    QList<Answer> answers;
    QString generalFeedback; // from ####
    bool trueFalseAnswer = false;
    // Protected key only: base64 SHA-256(keySalt ‖ "true"/"false"); trueFalseAnswer is then
    // meaningless until grading compares hashes.
    QByteArray trueFalseHash;
    bool caseSensitive = false; // short answers: from "// lectern: case-sensitive"
    QByteArray keySalt; // 16 random bytes per question, made at import, stable afterwards
    QString trueFeedback; // true/false: feedback when the learner answers true
    QString falseFeedback; // … and when they answer false
    int line = 0; // where the question starts in its file, 1-based
};

QString questionTypeName(QuestionType type); // "multiple_choice", "short_answer", …
QString textFormatName(TextFormat format); // "moodle", "html", "markdown", "plain"
// The reverse of the names above; nullopt for a name that is not one of them.
std::optional<QuestionType> questionTypeFromName(const QString &name);
std::optional<TextFormat> textFormatFromName(const QString &name);

} // namespace lectern
