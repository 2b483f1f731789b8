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
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lectern {

class KeptQuery;
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

// An attempt's stored texts: compact JSON, made once (and for a push, before it takes the store).
struct AttemptTexts
{
    QString responses;
    QString review;
    QString provisional; // null when the attempt has no provisional grade
};

// A pushed event the server answered before.
struct AppliedEvent
{
    qint64 userId = 0;
    QString kind;
    QJsonObject result; // {"status", "reason"?, "attempt_id"?}
};

// An answered event to remember (table applied_events).
struct RecordedEvent
{
    QString eventId;
    QString kind;
    QString result; // compact JSON: {"status", "reason"?, "attempt_id"?}
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
// On SQLite the statements a push runs are compiled once per connection and kept
// (ServerStore::runKept, docs/performance.md): compiling one costs about as much as running it.
class ProgressStore final
{
public:
    explicit ProgressStore(const ServerStore &store);
    Q_DISABLE_COPY_MOVE(ProgressStore)

    // The events among eventIds answered before, by id: a few statements for a whole push
    // rather than one per event.
    Result<QHash<QString, AppliedEvent>> appliedEvents(const QStringList &eventIds) const;
    // Remembers the events of one user, answered at appliedAt (ISO 8601 text).
    Status recordEvents(qint64 userId, const QList<RecordedEvent> &events,
                        const QString &appliedAt) const;

    Result<std::optional<ViewingRecord>> viewing(qint64 userId, const QString &lectureId) const;
    // The user's viewing of each of the lectures that has one, by lecture; nullopt for one whose
    // stored intervals are damaged (viewing() says so).
    Result<QHash<QString, std::optional<ViewingRecord>>>
    viewingsOf(qint64 userId, const QStringList &lectureIds) const;
    // Writes the user's viewing of each lecture (each listed once) in a few statements.
    // updatedAt: ISO 8601 text.
    Status saveViewings(qint64 userId, const QList<ViewingRecord> &viewings,
                        const QString &updatedAt) const;

    Result<std::optional<AttemptRecord>> attempt(const QString &attemptId) const;
    // Whose attempt it is and at which lecture, without reading the rest of it.
    Result<std::optional<std::pair<qint64, QString>>> attemptOwner(const QString &attemptId) const;
    // The same for several attempts, by attempt id (none for one that does not exist).
    Result<QHash<QString, std::pair<qint64, QString>>>
    attemptOwners(const QStringList &attemptIds) const;
    // The user's attempts at the lecture's quiz, in no particular order, with only what
    // AttemptJudge reads and what it decides (id, user, lecture, times, status, reason,
    // number): none of the stored JSON is read.
    Result<QList<AttemptRecord>> judgedAttemptsOf(qint64 userId, const QString &lectureId) const;
    // The same for several lectures at once, by lecture (none for a lecture without attempts).
    Result<QHash<QString, QList<AttemptRecord>>>
    judgedAttemptsOf(qint64 userId, const QStringList &lectureIds) const;
    static AttemptTexts textsOf(const AttemptRecord &attempt);
    // Stores new attempts in a few statements, in this order, each with its texts (textsOf()).
    Status insertAttempts(const QList<AttemptRecord> &attempts,
                          const QList<AttemptTexts> &texts) const;
    Status updateVerdict(const QString &attemptId, AttemptStatus status, const QString &reason,
                         int attemptNumber) const;
    // How many attempts count, per lecture of the given ones.
    Result<QHash<QString, int>> countedAttempts(qint64 userId, const QStringList &lectureIds) const;

    // Gives each entity a new row at the end of the user's feed (ProgressChanges), in this
    // order (each listed once), with a few statements for all: for a push, which holds the
    // user's feed lock (FeedLocks::lockProgressOf) already. changedAt: ISO 8601 text.
    Status touch(qint64 userId, const QList<std::pair<ProgressChanges::Kind, QString>> &entities,
                 const QString &changedAt) const;
    // ProgressChanges::touchAttemptsOfLecture for one user, whose feed lock the caller holds.
    Status touchAttemptsOfLecture(qint64 userId, const QString &lectureId,
                                  const QString &changedAt) const;

    // Up to limit rows of the user's feed after the cursor, plus whether more follow.
    Result<std::pair<QList<ProgressRow>, bool>> changesAfter(qint64 userId, qint64 after,
                                                             int limit) const;

private:
    Result<std::shared_ptr<KeptQuery>> run(const QString &statement,
                                           const QVariantList &values) const;

    const ServerStore &m_store;
};

} // namespace lectern
