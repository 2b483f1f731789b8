#pragma once

#include "domain/result.h"
#include "quiz/quiz.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

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
    Q_DISABLE_COPY_MOVE(QuizStore)

    Result<std::optional<LectureFacts>> lecture(const QString &lectureId) const;
    // The facts of those of the lectures that exist, by lecture id, in a few statements.
    Result<QHash<QString, LectureFacts>> lectures(const QStringList &lectureIds) const;

    // The lecture's quiz with its full key (Quiz::hasPlainKey true); nullopt when the lecture
    // has none. A quiz stored before schema 3 (no version) cannot be served or graded and is
    // an error until the content is imported again.
    //
    // Decoded quizzes are kept by version, which changes whenever the settings or the
    // questions do (ContentImporter): a push grades and judges against a lecture's quiz for
    // almost every lecture it touches, and decoding one cost more than the rest of the event.
    // Each call still reads the quiz's version, so an import by another process is seen at once.
    Result<std::optional<Quiz>> quiz(const QString &lectureId) const;
    // quiz() for several lectures in a few statements: those that have a quiz, by lecture id.
    Result<QHash<QString, Quiz>> quizzes(const QStringList &lectureIds) const;

    // The course's quizzes with questions, in lecture order.
    Result<QList<Quiz>> quizzesOfCourse(const QString &courseCode) const;

    // How many quizzes still wait for an import under schema 3, for a warning at start.
    Result<int> quizzesNeedingImport() const;

private:
    const ServerStore &m_store;
    mutable QMutex m_mutex;
    mutable QHash<QString, Quiz> m_decoded; // by lecture id, each of the version it holds
};

} // namespace lectern
