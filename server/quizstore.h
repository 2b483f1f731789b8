#pragma once

#include "domain/result.h"
#include "quiz/quiz.h"

#include <QList>
#include <QString>

#include <optional>

namespace lectern {

class ServerStore;

// What the server measures a lecture's viewing against (ContentImporter writes it).
struct LectureFacts
{
    QString lectureId;
    QString courseCode;
    qint64 durationMs = 0;
    qint64 creditsMs = 0; // closing credits viewing need not cover
    double unlockThreshold = 0.9; // the course's
};

// Reads the imported quizzes (table quizzes: the full key with each question's salt, the
// effective settings and the version) and the lecture facts behind the unlock rule. Every
// call uses the calling thread's connection, so one object serves every request thread.
class QuizStore final
{
public:
    explicit QuizStore(const ServerStore &store);

    Result<std::optional<LectureFacts>> lecture(const QString &lectureId) const;

    // The lecture's quiz with its full key (Quiz::hasPlainKey true); nullopt when the lecture
    // has none. A quiz stored before schema 3 (no version) cannot be served or graded and is
    // an error until the content is imported again.
    Result<std::optional<Quiz>> quiz(const QString &lectureId) const;

    // The course's quizzes with questions, in lecture order.
    Result<QList<Quiz>> quizzesOfCourse(const QString &courseCode) const;

    // How many quizzes still wait for an import under schema 3, for a warning at start.
    Result<int> quizzesNeedingImport() const;

private:
    const ServerStore &m_store;
};

} // namespace lectern
