#include "progressrepository.h"

#include "domain/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO lecture_progress(lecture_id, watched_json, position_ms, position_at, "
        "position_device, unlocked_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(lecture_id) DO UPDATE SET watched_json = excluded.watched_json, "
        "position_ms = excluded.position_ms, position_at = excluded.position_at, "
        "position_device = excluded.position_device, unlocked_at = excluded.unlocked_at, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(update.lectureId);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(progress.watched.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(progress.positionMs);
    query.addBindValue(isoTime(progress.positionAt));
    query.addBindValue(progress.positionDevice);
    query.addBindValue(progress.unlockedAt.isValid() ? QVariant(isoTime(progress.unlockedAt))
                                                     : QVariant());
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return rollback(sqlError(query));

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
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return sqlError(query);
    return query.value(0).toInt();
}

} // namespace lectern
