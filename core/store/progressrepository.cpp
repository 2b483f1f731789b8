#include "progressrepository.h"

#include "domain/logging.h"
#include "store/quizrepository.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lectern {
namespace {

Error sqlError(const QSqlQuery &query)
{
    qCWarning(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery();
    return Error{QStringLiteral("store_error"), query.lastError().text()};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

ProgressRepository::ProgressRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<ProgressRepository::LectureRules>
ProgressRepository::rulesFor(const QString &lectureId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT l.duration_seconds, l.credits_seconds, c.unlock_threshold "
                                 "FROM lecture l JOIN course c ON c.code = l.course_code "
                                 "WHERE l.id = ?"));
    query.addBindValue(lectureId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{QStringLiteral("unknown_lecture"),
                     QStringLiteral("The lecture %1 is not in the local catalog.").arg(lectureId)};
    return LectureRules{query.value(0).toLongLong() * 1000, query.value(1).toLongLong() * 1000,
                        query.value(2).toDouble()};
}

Result<LectureProgress> ProgressRepository::progressFor(const QString &lectureId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT watched_json, position_ms, position_at, position_device, "
                                 "unlocked_at FROM lecture_progress WHERE lecture_id = ?"));
    query.addBindValue(lectureId);
    if (!query.exec())
        return sqlError(query);
    LectureProgress progress;
    progress.lectureId = lectureId;
    if (!query.next())
        return progress;
    Result<IntervalSet> watched = IntervalSet::fromJson(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array());
    if (!watched)
        return watched.error();
    progress.watched = watched.value();
    progress.positionMs = query.value(1).toLongLong();
    progress.positionAt = fromIso(query.value(2));
    progress.positionDevice = query.value(3).toString();
    progress.unlockedAt = fromIso(query.value(4));
    return progress;
}

Result<QString> ProgressRepository::deviceId()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'device_id'")))
        return sqlError(query);
    if (query.next())
        return query.value(0).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('device_id', ?)"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    return id;
}

Status ProgressRepository::writeProgress(const LectureProgress &progress)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO lecture_progress(lecture_id, watched_json, position_ms, position_at, "
        "position_device, unlocked_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(lecture_id) DO UPDATE SET watched_json = excluded.watched_json, "
        "position_ms = excluded.position_ms, position_at = excluded.position_at, "
        "position_device = excluded.position_device, unlocked_at = excluded.unlocked_at, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(progress.lectureId);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(progress.watched.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(progress.positionMs);
    query.addBindValue(isoTime(progress.positionAt));
    query.addBindValue(progress.positionDevice);
    query.addBindValue(progress.unlockedAt.isValid() ? QVariant(isoTime(progress.unlockedAt))
                                                     : QVariant());
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query);
    return ok();
}

Result<ViewingRecorded> ProgressRepository::recordViewing(const ViewingUpdate &update)
{
    if (!m_database.transaction())
        return Error{QStringLiteral("store_error"), m_database.lastError().text()};
    auto rollback = [this](const Error &error) -> Result<ViewingRecorded> {
        m_database.rollback();
        return error;
    };

    const Result<LectureRules> rules = rulesFor(update.lectureId);
    if (!rules)
        return rollback(rules.error());
    Result<LectureProgress> current = progressFor(update.lectureId);
    if (!current)
        return rollback(current.error());
    const Result<QString> device = deviceId();
    if (!device)
        return rollback(device.error());

    ViewingRecorded recorded;
    LectureProgress &progress = current.value();
    progress.watched.unite(update.newlyWatched);
    // Resume position: last writer wins by (time, device), the rule the server also applies.
    const bool newerPosition = !progress.positionAt.isValid() || update.at > progress.positionAt
        || (update.at == progress.positionAt && device.value() > progress.positionDevice);
    if (newerPosition) {
        progress.positionMs = update.positionMs;
        progress.positionAt = update.at;
        progress.positionDevice = device.value();
    }
    progress.coverage = UnlockRule::coverage(progress.watched, rules.value().durationMs,
                                             rules.value().creditsMs, rules.value().threshold);
    if (progress.coverage.unlocked && !progress.unlockedAt.isValid()) {
        progress.unlockedAt = update.at;
        recorded.quizJustUnlocked = true;
    }

    if (const Status written = writeProgress(progress); !written)
        return rollback(written.error());

    // The event carries only the new intervals: the server merges by union, so replaying an
    // event (or two devices' events in any order) ends in the same state. Whether the quiz is
    // unlocked is never sent; the server derives it from the intervals.
    const QJsonObject payload{
        {QStringLiteral("lecture_id"), update.lectureId},
        {QStringLiteral("intervals"), update.newlyWatched.toJson()},
        {QStringLiteral("position_ms"), update.positionMs},
        {QStringLiteral("position_at"), isoTime(update.at)},
        {QStringLiteral("device_id"), device.value()},
    };
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO outbox(event_id, kind, payload_json, created_at) "
                                 "VALUES (?, 'viewing', ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return rollback(sqlError(query));

    if (!m_database.commit())
        return rollback(Error{QStringLiteral("store_error"), m_database.lastError().text()});
    recorded.progress = progress;
    return recorded;
}

Result<QHash<QString, LectureProgress>> ProgressRepository::loadAll() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral(
            "SELECT p.lecture_id, p.watched_json, p.position_ms, p.position_at, "
            "p.position_device, p.unlocked_at, l.duration_seconds, l.credits_seconds, "
            "c.unlock_threshold FROM lecture_progress p "
            "LEFT JOIN lecture l ON l.id = p.lecture_id "
            "LEFT JOIN course c ON c.code = l.course_code"))) {
        return sqlError(query);
    }
    QHash<QString, LectureProgress> all;
    while (query.next()) {
        LectureProgress progress;
        progress.lectureId = query.value(0).toString();
        Result<IntervalSet> watched = IntervalSet::fromJson(
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array());
        if (!watched) {
            // One damaged row must not hide every other lecture's progress.
            qCWarning(lcStore) << "unreadable progress for" << progress.lectureId
                               << watched.error().message;
            continue;
        }
        progress.watched = watched.value();
        progress.positionMs = query.value(2).toLongLong();
        progress.positionAt = fromIso(query.value(3));
        progress.positionDevice = query.value(4).toString();
        progress.unlockedAt = fromIso(query.value(5));
        if (!query.value(6).isNull()) {
            progress.coverage = UnlockRule::coverage(
                progress.watched, query.value(6).toLongLong() * 1000,
                query.value(7).toLongLong() * 1000, query.value(8).toDouble());
        }
        all.insert(progress.lectureId, progress);
    }
    return all;
}

Result<int> ProgressRepository::pendingEventCount() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE refused_at IS NULL"))
        || !query.next())
        return sqlError(query);
    return query.value(0).toInt();
}

namespace {

const QString kOutboxColumns
    = QStringLiteral("id, event_id, kind, payload_json, created_at, refused_reason, refused_at");

OutboxEvent eventFromRow(const QSqlQuery &query)
{
    OutboxEvent event;
    event.id = query.value(0).toLongLong();
    event.eventId = query.value(1).toString();
    event.kind = query.value(2).toString();
    event.payload = store::objectFrom(query.value(3));
    event.createdAt = store::fromIso(query.value(4));
    event.refusedReason = query.value(5).toString();
    event.refusedAt = store::fromIso(query.value(6));
    return event;
}

} // namespace

Result<QList<OutboxEvent>> ProgressRepository::pendingEvents(int limit) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE refused_at IS NULL "
                                 "ORDER BY id LIMIT ?")
                      .arg(kOutboxColumns));
    query.addBindValue(qMax(0, limit));
    if (!query.exec())
        return sqlError(query);
    QList<OutboxEvent> events;
    while (query.next())
        events.append(eventFromRow(query));
    return events;
}

Result<QList<OutboxEvent>> ProgressRepository::refusedEvents() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT %1 FROM outbox WHERE refused_at IS NOT NULL "
                                   "ORDER BY id")
                        .arg(kOutboxColumns))) {
        return sqlError(query);
    }
    QList<OutboxEvent> events;
    while (query.next())
        events.append(eventFromRow(query));
    return events;
}

Result<OutboxStatus> ProgressRepository::outboxStatus() const
{
    const Result<int> pending = pendingEventCount();
    if (!pending)
        return pending.error();
    Result<QList<OutboxEvent>> refused = refusedEvents();
    if (!refused)
        return refused.error();
    return OutboxStatus{pending.value(), refused.value()};
}

Status ProgressRepository::acknowledge(const QStringList &eventIds)
{
    store::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE event_id = ?"));
    for (const QString &eventId : eventIds) {
        query.addBindValue(eventId);
        if (!query.exec())
            return sqlError(query);
    }
    return transaction.commit();
}

Status ProgressRepository::refuse(const QString &eventId, const QString &reason)
{
    QSqlQuery query(m_database);
    // The first refusal's time and reason stand: a resend cannot happen, so a second one
    // would only be the same answer again.
    query.prepare(QStringLiteral("UPDATE outbox SET refused_reason = ?, refused_at = ? "
                                 "WHERE event_id = ? AND refused_at IS NULL"));
    query.addBindValue(reason);
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(eventId);
    if (!query.exec())
        return sqlError(query);
    return ok();
}

Result<PushApplied> ProgressRepository::applyPushResults(const QList<OutboxEvent> &batch,
                                                         const QList<PushResult> &results,
                                                         QuizRepository &quizzes)
{
    QHash<QString, const OutboxEvent *> byId;
    for (const OutboxEvent &event : batch)
        byId.insert(event.eventId, &event);

    store::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    PushApplied applied;
    QSet<QString> answered;
    QStringList acknowledged;
    for (const PushResult &result : results) {
        const OutboxEvent *event = byId.value(result.eventId);
        // An answer for an event that was not sent in this batch is ignored: nothing is
        // deleted unless the server acknowledged that very event.
        if (!event || answered.contains(result.eventId))
            continue;
        answered.insert(result.eventId);
        const bool isAttempt = event->kind == u"quiz_attempt";
        const QString attemptId = event->payload.value(QStringLiteral("attempt_id")).toString();
        if (result.status == PushStatus::Applied) {
            acknowledged.append(result.eventId);
            ++applied.acknowledged;
            if (isAttempt && result.attempt) {
                AttemptResult attempt = *result.attempt;
                if (attempt.attemptId.isEmpty())
                    attempt.attemptId = attemptId;
                if (attempt.lectureId.isEmpty())
                    attempt.lectureId
                        = event->payload.value(QStringLiteral("lecture_id")).toString();
                const Result<QString> lecture = quizzes.applyAttemptResult(attempt);
                if (!lecture)
                    return lecture.error();
                applied.attemptLectureIds.append(lecture.value());
            }
            continue;
        }
        const QString reason = result.reason.isEmpty()
            ? QCoreApplication::translate("lectern::ProgressRepository",
                                          "The server refused this change without a reason.")
            : result.reason;
        if (const Status refused = refuse(result.eventId, reason); !refused)
            return refused.error();
        ++applied.refused;
        OutboxEvent marked = *event;
        marked.refusedReason = reason;
        marked.refusedAt = QDateTime::currentDateTimeUtc();
        applied.newlyRefused.append(marked);
        if (isAttempt) {
            const Result<QString> lecture = quizzes.rejectAttempt(attemptId, reason);
            if (lecture)
                applied.attemptLectureIds.append(lecture.value());
            else if (lecture.error().code != u"unknown_attempt")
                return lecture.error();
        }
    }
    if (const Status deleted = acknowledge(acknowledged); !deleted)
        return deleted.error();
    applied.unanswered = int(batch.size()) - int(answered.size());
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    applied.attemptLectureIds.removeDuplicates();
    return applied;
}

Result<ViewingRecorded> ProgressRepository::mergeViewing(const PulledViewing &viewing)
{
    store::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    Result<LectureProgress> current = progressFor(viewing.lectureId);
    if (!current)
        return current.error();
    ViewingRecorded recorded;
    LectureProgress &progress = current.value();
    progress.watched.unite(viewing.watched);
    const bool newerPosition = viewing.positionAt.isValid()
        && (!progress.positionAt.isValid() || viewing.positionAt > progress.positionAt
            || (viewing.positionAt == progress.positionAt
                && viewing.positionDevice > progress.positionDevice));
    if (newerPosition) {
        progress.positionMs = viewing.positionMs;
        progress.positionAt = viewing.positionAt;
        progress.positionDevice = viewing.positionDevice;
    }
    // A lecture the local catalog does not know (yet) keeps its intervals; the unlock is
    // judged when it is watched here or pulled again.
    if (const Result<LectureRules> rules = rulesFor(viewing.lectureId); rules) {
        progress.coverage = UnlockRule::coverage(progress.watched, rules.value().durationMs,
                                                 rules.value().creditsMs, rules.value().threshold);
        if (progress.coverage.unlocked && !progress.unlockedAt.isValid()) {
            progress.unlockedAt = QDateTime::currentDateTimeUtc();
            recorded.quizJustUnlocked = true;
        }
    } else if (rules.error().code != u"unknown_lecture") {
        return rules.error();
    }
    if (const Status written = writeProgress(progress); !written)
        return written.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    recorded.progress = progress;
    return recorded;
}

Result<ProgressPageApplied> ProgressRepository::applyProgressPage(const ProgressPage &page,
                                                                  QuizRepository &quizzes)
{
    store::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    ProgressPageApplied applied;
    for (const PulledViewing &viewing : page.viewing) {
        Result<ViewingRecorded> merged = mergeViewing(viewing);
        if (!merged)
            return merged.error();
        applied.viewing.append(merged.value());
    }
    for (const AttemptResult &attempt : page.attempts) {
        const Result<QString> lecture = quizzes.applyAttemptResult(attempt);
        if (!lecture)
            return lecture.error();
        applied.attemptLectureIds.append(lecture.value());
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('progress_cursor', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(page.cursor);
    if (!query.exec())
        return sqlError(query);
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    applied.attemptLectureIds.removeDuplicates();
    applied.entryCount = int(page.viewing.size() + page.attempts.size());
    applied.cursor = page.cursor;
    applied.hasMore = page.hasMore;
    return applied;
}

Result<QString> ProgressRepository::progressCursor() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'progress_cursor'")))
        return sqlError(query);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace lectern
