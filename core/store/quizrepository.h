#pragma once

#include "domain/result.h"
#include "quiz/attempt.h"
#include "quiz/quiz.h"
#include "sync/progressfeed.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace lectern {

// One lecture's quiz as the quiz page needs it.
struct QuizBundle
{
    QString lectureId;
    bool found = false; // false: quiz not downloaded yet (never synced)
    Quiz quiz; // valid when found
    // This lecture's attempts, oldest first, including the in-progress one (at most one),
    // never preview ones. Attempts made on the learner's other devices are here too once
    // pulled: they carry only the server's result (no seed; empty responses, one per question).
    QList<Attempt> attempts;
};

// Which courses' quizzes a sync should download, and the catalog cursor it decided on.
struct QuizFetchPlan
{
    QStringList courseCodes;
    QString catalogCursor;
};

// Quizzes and attempts on the store thread's connection (docs/quizzes.md). Every public write
// is one transaction (a savepoint when the caller already holds one).
class QuizRepository final
{
public:
    // How often every course's quizzes are downloaded again even when the catalog is unchanged.
    static constexpr qint64 kFullFetchIntervalSeconds = 12 * 60 * 60;

    explicit QuizRepository(QSqlDatabase database);

    // Replaces one course's quizzes by what the route sent, stored in the form received.
    // Returns the lectures whose quiz is new, changed version, or was removed.
    Result<QStringList> saveQuizzes(const CourseQuizzes &course);
    Result<QuizBundle> loadBundle(const QString &lectureId) const;
    // lecture id -> stored quiz version.
    Result<QHash<QString, QString>> quizVersions() const;
    // Courses in the local catalog whose quizzes are missing here, or every course when the
    // catalog moved since the last complete download or that download is old (the catalog
    // carries no quiz version, docs/protocol.md).
    Result<QuizFetchPlan> fetchPlan() const;
    // Remembers that every course of the catalog at this cursor has its quizzes stored, now.
    Status markFetched(const QString &catalogCursor);

    // Upserts an in-progress attempt (answers, flags, position). Refuses a submitted or preview
    // attempt, and never overwrites an attempt already submitted (a late save after submit).
    Status saveAttempt(const Attempt &attempt);
    // Stores the submitted attempt with its provisional grade and appends its "quiz_attempt"
    // outbox event, in one transaction. Refuses a second submission of the same attempt.
    Status submitAttempt(const Attempt &attempt, const QString &deviceId);
    // Submits every in-progress attempt whose deadline has passed by now, as the quiz page
    // would have had it been open: finished at the deadline, marked as submitted by the time
    // limit, with its outbox event. Returns the attempts submitted. Run at start, so a timed
    // attempt left when the program closed reaches the server without its page being opened.
    Result<QList<Attempt>> submitExpiredAttempts(const QDateTime &now, const QString &deviceId);
    // The server's result for an attempt, from a push answer or the progress feed: replaces the
    // confirmed result (the provisional one stays as it was). An attempt this device has never
    // seen (made on another device) is stored with its result alone. Returns its lecture id.
    Result<QString> applyAttemptResult(const AttemptResult &result);
    // A rejected quiz_attempt event: the attempt becomes confirmed as Rejected with the reason.
    Result<QString> rejectAttempt(const QString &attemptId, const QString &reason);

private:
    Result<std::optional<Attempt>> attemptById(const QString &attemptId) const;
    Status writeAttempt(const Attempt &attempt);

    QSqlDatabase m_database;
};

} // namespace lectern
