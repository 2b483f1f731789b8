#pragma once

#include "quiz/question.h"
#include "quiz/quizsettings.h"

#include <QList>
#include <QString>

namespace lectern {

// One lecture's quiz as the client stores it and the quiz page shows it.
struct Quiz
{
    QString lectureId; // also the quiz id: one quiz per lecture
    QString courseCode;
    QString title;
    QString version; // changes whenever the questions or settings change (docs/protocol.md)
    QuizSettings settings;
    QList<Question> questions; // original order; responses index into this
    // True for faculty: the answer keys are plain and the page may show them. False for
    // learners, whose exact answers arrive hashed (docs/quizzes.md).
    bool hasPlainKey = false;
};

} // namespace lectern
