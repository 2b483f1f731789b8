#pragma once

#include "quiz/question.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace lectern {

// How the server stores quiz questions: every field of Question, answer keys included, so a
// later API can serve quizzes (and grade them) from the database alone. This is storage,
// not the wire format: learners must never receive the answer keys before they submit.
class QuestionJson final
{
public:
    static QJsonObject toJson(const Question &question);
    static QJsonArray toJson(const QList<Question> &questions);
};

} // namespace lectern
