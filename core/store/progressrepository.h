#pragma once

#include "domain/intervalset.h"
#include "domain/result.h"
#include "domain/unlockrule.h"
#include "sync/progressfeed.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace lectern {

class QuizRepository;

// What this device knows of a learner's viewing of one lecture.
struct LectureProgress
{
    QString lectureId;
    IntervalSet watched; // lecture milliseconds actually played, merged by union
    qint64 positionMs = 0; // where to resume
    QDateTime positionAt;
    QString positionDevice;
    QDateTime unlockedAt; // set once; a quiz never locks again
    Coverage coverage;

    bool isQuizUnlocked() const { return unlockedAt.isValid(); }
};

// New viewing from the player: only what was watched since the last save.
struct ViewingUpdate
{
    QString lectureId;
    IntervalSet newlyWatched;
    qint64 positionMs = 0;
    QDateTime at;
};

struct ViewingRecorded
{
    LectureProgress progress;
    bool quizJustUnlocked = false;
};

// What one pushed batch's answers changed locally.
struct PushApplied
{
    int acknowledged = 0; // applied by the server, deleted here
    int refused = 0; // rejected by the server, kept with the reason, never resent
    int unanswered = 0; // events of the batch the answer did not mention: kept, sent again
    QList<OutboxEvent> newlyRefused;
    QStringList attemptLectureIds; // lectures whose attempts got a server result
};

// What one pulled progress page changed locally.
struct ProgressPageApplied
{
    QList<ViewingRecorded> viewing; // merged rows, with quizJustUnlocked where it applies
    QStringList attemptLectureIds;
    int entryCount = 0;
    QString cursor;
    bool hasMore = false;
};

// What is waiting in the outbox, for the status bar.
struct OutboxStatus
{
    int pending = 0; // not yet confirmed by the server (refused events excluded)
    QList<OutboxEvent> refused; // oldest first, each with the server's reason
};

// Viewing progress and the outbox, on the store thread's connection. Each recorded update is
// one transaction: the merged progress row and its outbox event commit together or not at all.
class ProgressRepository final
{
public:
    explicit ProgressRepository(QSqlDatabase database);

    Result<ViewingRecorded> recordViewing(const ViewingUpdate &update);
    Result<QHash<QString, LectureProgress>> loadAll() const;
    // Events not yet confirmed by the server, refused ones excluded.
    Result<int> pendingEventCount() const;
    // This installation's id, made once; it breaks ties between devices' resume positions.
    Result<QString> deviceId();

    // The oldest events still to send (refused ones are never sent again), up to limit.
    Result<QList<OutboxEvent>> pendingEvents(int limit) const;
    Result<QList<OutboxEvent>> refusedEvents() const;
    Result<OutboxStatus> outboxStatus() const;
    // The server applied these events: they leave the outbox. Unknown ids are ignored.
    Status acknowledge(const QStringList &eventIds);
    // The server can never apply this event: it stays, marked, with the reason.
    Status refuse(const QString &eventId, const QString &reason);
    // Applies one push answer in one transaction: acknowledged events are deleted, rejected
    // ones kept with the reason, attempt results stored (a rejected attempt becomes confirmed
    // as Rejected). Only events of the batch are touched.
    Result<PushApplied> applyPushResults(const QList<OutboxEvent> &batch,
                                         const QList<PushResult> &results, QuizRepository &quizzes);

    // Viewing from the learner's other devices: intervals by union, position by the later
    // (position_at, device), the unlock re-evaluated as recordViewing does. Writes no event.
    Result<ViewingRecorded> mergeViewing(const PulledViewing &viewing);
    // One progress page (viewing and attempt results) and its cursor, in one transaction.
    Result<ProgressPageApplied> applyProgressPage(const ProgressPage &page,
                                                  QuizRepository &quizzes);
    Result<QString> progressCursor() const;

private:
    struct LectureRules
    {
        qint64 durationMs = 0;
        qint64 creditsMs = 0;
        double threshold = UnlockRule::DefaultThreshold;
    };
    Result<LectureRules> rulesFor(const QString &lectureId) const;
    Result<LectureProgress> progressFor(const QString &lectureId) const;
    Status writeProgress(const LectureProgress &progress);

    QSqlDatabase m_database;
};

} // namespace lectern
