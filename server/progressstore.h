#pragma once

#include "domain/intervalset.h"
#include "domain/result.h"
#include "progresschanges.h"
#include "quiz/attempt.h"
#include "quiz/grading.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace lectern {

class ServerStore;

// One user's merged viewing of one lecture (table viewing).
struct ViewingRecord
{
    QString lectureId;
    IntervalSet watched;
    qint64 positionMs = 0;
    QDateTime positionAt;
    QString positionDevice;
    QDateTime unlockedAt; // invalid until the viewing first reached the unlock threshold
};

// One stored quiz attempt (table attempts): what the device sent, the server's grade with its
// full review, and the derived status.
struct AttemptRecord
{
    QString attemptId;
    qint64 userId = 0;
    QString lectureId;
    QString deviceId;
    QString quizVersion; // of the quiz it was graded against
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime receivedAt;
    bool autoSubmitted = false;
    QJsonArray responses; // as sent
    QuizGrade grade; // the server's
    QList<QuestionReview> review; // every feedback and correct answer; filtered when served
    AttemptStatus status = AttemptStatus::Refused;
    QString reason;
    int attemptNumber = 0;
    QJsonObject provisional; // the device's own grade as sent; empty when none
};

// A pushed event the server answered before.
struct AppliedEvent
{
    qint64 userId = 0;
    QString kind;
    QJsonObject result; // {"status", "reason"?, "attempt_id"?}
};

// One row of a user's progress feed with the state it points at.
struct ProgressRow
{
    qint64 seq = 0;
    ProgressChanges::Kind kind = ProgressChanges::Kind::Viewing;
    std::optional<ViewingRecord> viewing;
    std::optional<AttemptRecord> attempt;
};

// The SQL of learners' progress: applied events, viewing, attempts and the feed's rows. Every
// call uses the calling thread's connection, so a caller's transaction covers them all.
//
// On SQLite the statements a push runs for every event are compiled once per connection and
// kept (docs/performance.md): compiling one costs about as much as running it.
class ProgressStore final
{
public:
    explicit ProgressStore(const ServerStore &store);
    Q_DISABLE_COPY_MOVE(ProgressStore)

    Result<std::optional<AppliedEvent>> appliedEvent(const QString &eventId) const;
    Status recordEvent(const QString &eventId, qint64 userId, const QString &kind,
                       const QJsonObject &result) const;

    Result<std::optional<ViewingRecord>> viewing(qint64 userId, const QString &lectureId) const;
    Status saveViewing(qint64 userId, const ViewingRecord &viewing) const;

    Result<std::optional<AttemptRecord>> attempt(const QString &attemptId) const;
    // The user's attempts at the lecture's quiz, in no particular order.
    Result<QList<AttemptRecord>> attemptsOf(qint64 userId, const QString &lectureId) const;
    Status insertAttempt(const AttemptRecord &attempt) const;
    Status updateVerdict(const QString &attemptId, AttemptStatus status, const QString &reason,
                         int attemptNumber) const;
    // How many attempts count, per lecture of the given ones.
    Result<QHash<QString, int>> countedAttempts(qint64 userId, const QStringList &lectureIds) const;

    // Up to limit rows of the user's feed after the cursor, plus whether more follow.
    Result<std::pair<QList<ProgressRow>, bool>> changesAfter(qint64 userId, qint64 after,
                                                             int limit) const;

private:
    // Runs statement with values on the calling thread's connection: on SQLite through the
    // statement kept for that connection, on PostgreSQL through sql::run (one round trip). The
    // caller resets the query (QSqlQuery::finish) once it has read what it needs.
    Result<std::shared_ptr<QSqlQuery>> run(const QString &statement,
                                           const QVariantList &values) const;

    const ServerStore &m_store;
    mutable QMutex m_mutex;
    // By connection name and statement; a connection belongs to one thread, so each query is
    // only ever used by one thread.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace lectern
