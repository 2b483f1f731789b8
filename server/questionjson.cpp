#include "questionjson.h"

namespace lectern {
namespace {

QJsonObject answerToJson(const Answer &answer, QuestionType type)
{
    QJsonObject json{{QStringLiteral("text"), answer.text},
                     {QStringLiteral("weight"), answer.weight},
                     {QStringLiteral("feedback"), answer.feedback}};
    if (type == QuestionType::Matching)
        json.insert(QStringLiteral("match_text"), answer.matchText);
    if (type == QuestionType::Numerical) {
        json.insert(QStringLiteral("value"), answer.value);
        json.insert(QStringLiteral("tolerance"), answer.tolerance);
        json.insert(QStringLiteral("is_range"), answer.isRange);
        json.insert(QStringLiteral("range_min"), answer.rangeMin);
        json.insert(QStringLiteral("range_max"), answer.rangeMax);
    }
    return json;
}

} // namespace

QJsonObject QuestionJson::toJson(const Question &question)
{
    QJsonArray answers;
    for (const Answer &answer : question.answers)
        answers.append(answerToJson(answer, question.type));
    QJsonObject json{{QStringLiteral("name"), question.name},
                     {QStringLiteral("category"), question.category},
                     {QStringLiteral("type"), questionTypeName(question.type)},
                     {QStringLiteral("format"), textFormatName(question.format)},
                     {QStringLiteral("text"), question.text},
                     {QStringLiteral("answers"), answers},
                     {QStringLiteral("general_feedback"), question.generalFeedback},
                     {QStringLiteral("line"), question.line}};
    if (question.type == QuestionType::MissingWord)
        json.insert(QStringLiteral("text_after"), question.textAfter);
    if (question.type == QuestionType::TrueFalse) {
        json.insert(QStringLiteral("true_false_answer"), question.trueFalseAnswer);
        json.insert(QStringLiteral("true_feedback"), question.trueFeedback);
        json.insert(QStringLiteral("false_feedback"), question.falseFeedback);
    }
    return json;
}

QJsonArray QuestionJson::toJson(const QList<Question> &questions)
{
    QJsonArray array;
    for (const Question &question : questions)
        array.append(toJson(question));
    return array;
}

} // namespace lectern
