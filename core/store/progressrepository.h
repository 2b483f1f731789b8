#pragma once

#include "domain/intervalset.h"
#include "domain/result.h"
#include "domain/unlockrule.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace lectern {

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

// Viewing progress and the outbox, on the store thread's connection. Each recorded update is
// one transaction: the merged progress row and its outbox event commit together or not at all.
class ProgressRepository final
{
public:
    explicit ProgressRepository(QSqlDatabase database);

    Result<ViewingRecorded> recordViewing(const ViewingUpdate &update);
    Result<QHash<QString, LectureProgress>> loadAll() const;
    Result<int> pendingEventCount() const;
    // This installation's id, made once; it breaks ties between devices' resume positions.
    Result<QString> deviceId();

private:
    struct LectureRules
    {
        qint64 durationMs = 0;
        qint64 creditsMs = 0;
        double threshold = UnlockRule::DefaultThreshold;
    };
    Result<LectureRules> rulesFor(const QString &lectureId) const;
    Result<LectureProgress> progressFor(const QString &lectureId) const;

    QSqlDatabase m_database;
};

} // namespace lectern
