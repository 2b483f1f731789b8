#include "studyrepository.h"

#include "domain/logging.h"
#include "store/sqlsupport.h"
#include "sync/quizcodec.h"

namespace lectern {

using store::fromIso;
using store::objectFrom;
using store::sqlError;

StudyRepository::StudyRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Status StudyRepository::logViewing(const ViewingUpdate &update)
{
    const qint64 playedMs = update.newlyWatched.coveredLength();
    if (playedMs <= 0 || update.lectureId.isEmpty())
        return ok();
    // The learner's own calendar day: a week on the chart is the week they lived.
    const QDateTime at = update.at.isValid() ? update.at : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO study_log(day, lecture_id, watched_ms) VALUES (?, ?, ?) "
                       "ON CONFLICT(day, lecture_id) DO UPDATE SET "
                       "watched_ms = watched_ms + excluded.watched_ms"));
    query.addBindValue(at.toLocalTime().date().toString(Qt::ISODate));
    query.addBindValue(update.lectureId);
    query.addBindValue(playedMs);
    if (!query.exec())
        return sqlError(query);
    return ok();
}

Result<StudyRecord> StudyRepository::load() const
{
    StudyRecord record;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT day, sum(watched_ms) FROM study_log GROUP BY day "
                                   "ORDER BY day"))) {
        return sqlError(query);
    }
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (day.isValid())
            record.days.append({day, query.value(1).toLongLong()});
    }

    if (!query.exec(QStringLiteral(
            "SELECT attempt_id, lecture_id, finished_at, provisional_json, confirmed_json "
            "FROM quiz_attempt WHERE state = 'submitted' ORDER BY finished_at, started_at"))) {
        return sqlError(query);
    }
    while (query.next()) {
        // The result on screen: the server's once it answered, else the one graded here.
        const QVariant stored = query.value(4).isNull() ? query.value(3) : query.value(4);
        if (stored.isNull())
            continue;
        const Result<AttemptResult> result = codec::attemptResultFromJson(objectFrom(stored));
        if (!result) {
            qCWarning(lcStore) << "unreadable attempt result" << query.value(0).toString()
                               << result.error().message;
            continue;
        }
        AttemptOutcome outcome;
        outcome.attemptId = query.value(0).toString();
        outcome.lectureId = query.value(1).toString();
        outcome.finishedAt = fromIso(query.value(2));
        if (!outcome.finishedAt.isValid())
            outcome.finishedAt = result.value().finishedAt;
        outcome.status = result.value().status;
        outcome.percent = result.value().percent;
        outcome.passed = result.value().passed;
        record.attempts.append(outcome);
    }
    return record;
}

} // namespace lectern
