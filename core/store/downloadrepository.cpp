#include "downloadrepository.h"

#include "domain/logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lectern {
namespace {

Error sqlError(const QSqlQuery &query)
{
    qCWarning(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery()
                       << query.boundValues();
    return Error{QStringLiteral("store_error"), query.lastError().text()};
}

QString isoTime(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString mediaToJson(const DownloadMediaInfo &media)
{
    QJsonArray renditions;
    for (const MediaRendition &rendition : media.renditions) {
        renditions.append(QJsonObject{{QStringLiteral("name"), rendition.name},
                                      {QStringLiteral("height"), rendition.height},
                                      {QStringLiteral("bandwidth"), rendition.bandwidth},
                                      {QStringLiteral("playlist"), rendition.playlist}});
    }
    const QJsonObject json{{QStringLiteral("master"), media.master},
                           {QStringLiteral("captions"), media.captions},
                           {QStringLiteral("poster"), media.poster},
                           {QStringLiteral("duration_seconds"), media.durationSeconds},
                           {QStringLiteral("credits_seconds"), media.creditsSeconds},
                           {QStringLiteral("renditions"), renditions}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

DownloadMediaInfo mediaFromJson(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    DownloadMediaInfo media;
    media.master = json.value(QStringLiteral("master")).toString();
    media.captions = json.value(QStringLiteral("captions")).toString();
    media.poster = json.value(QStringLiteral("poster")).toString();
    media.durationSeconds = json.value(QStringLiteral("duration_seconds")).toDouble();
    media.creditsSeconds = json.value(QStringLiteral("credits_seconds")).toDouble();
    for (const QJsonValue &value : json.value(QStringLiteral("renditions")).toArray()) {
        const QJsonObject r = value.toObject();
        media.renditions.append(MediaRendition{r.value(QStringLiteral("name")).toString(),
                                               r.value(QStringLiteral("height")).toInt(),
                                               r.value(QStringLiteral("bandwidth")).toInt(),
                                               r.value(QStringLiteral("playlist")).toString()});
    }
    return media;
}

} // namespace

DownloadRepository::DownloadRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<QList<DownloadRecord>> DownloadRepository::loadAll() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral(
            "SELECT lecture_id, course_code, week_number, title, state, total_bytes, done_bytes, "
            "local_dir, media_json, queued_at, updated_at, error FROM download "
            "ORDER BY queued_at, rowid"))) {
        return sqlError(query);
    }
    QList<DownloadRecord> records;
    QHash<QString, qsizetype> rowOf;
    while (query.next()) {
        DownloadRecord record;
        record.lectureId = query.value(0).toString();
        record.courseCode = query.value(1).toString();
        record.weekNumber = query.value(2).toInt();
        record.title = query.value(3).toString();
        // The CHECK constraint keeps unknown states out; be lenient all the same.
        record.state
            = downloadStateFromName(query.value(4).toString()).value_or(DownloadState::Failed);
        record.totalBytes = query.value(5).toLongLong();
        record.doneBytes = query.value(6).toLongLong();
        record.localDir = query.value(7).toString();
        record.media = mediaFromJson(query.value(8).toString());
        record.queuedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        record.updatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        record.error = query.value(11).toString();
        rowOf.insert(record.lectureId, records.size());
        records.append(record);
    }

    if (!query.exec(QStringLiteral("SELECT lecture_id, path, size, sha256, done_bytes, verified "
                                   "FROM download_file ORDER BY lecture_id, position"))) {
        return sqlError(query);
    }
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toString());
        if (row == rowOf.cend())
            continue;
        records[*row].files.append(
            DownloadFile{query.value(1).toString(), query.value(2).toLongLong(),
                         query.value(3).toString().toLatin1(), query.value(4).toLongLong(),
                         query.value(5).toBool()});
    }
    return records;
}

Status DownloadRepository::save(const DownloadRecord &record)
{
    if (!m_database.transaction())
        return Error{QStringLiteral("store_error"), m_database.lastError().text()};
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO download(lecture_id, course_code, week_number, title, state, total_bytes, "
        "done_bytes, local_dir, media_json, queued_at, updated_at, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(lecture_id) DO UPDATE SET course_code = excluded.course_code, "
        "week_number = excluded.week_number, title = excluded.title, state = excluded.state, "
        "total_bytes = excluded.total_bytes, done_bytes = excluded.done_bytes, "
        "local_dir = excluded.local_dir, media_json = excluded.media_json, "
        "queued_at = excluded.queued_at, updated_at = excluded.updated_at, "
        "error = excluded.error"));
    query.addBindValue(notNull(record.lectureId));
    query.addBindValue(notNull(record.courseCode));
    query.addBindValue(record.weekNumber);
    query.addBindValue(notNull(record.title));
    query.addBindValue(downloadStateName(record.state));
    query.addBindValue(record.totalBytes);
    query.addBindValue(record.doneBytes);
    query.addBindValue(notNull(record.localDir));
    query.addBindValue(mediaToJson(record.media));
    query.addBindValue(isoTime(record.queuedAt));
    query.addBindValue(isoTime(record.updatedAt));
    query.addBindValue(notNull(record.error));
    if (!query.exec()) {
        const Error error = sqlError(query);
        m_database.rollback();
        return error;
    }
    if (const Status files = saveFiles(record); !files) {
        m_database.rollback();
        return files.error();
    }
    if (!m_database.commit()) {
        const Error error{QStringLiteral("store_error"), m_database.lastError().text()};
        m_database.rollback();
        return error;
    }
    return ok();
}

Status DownloadRepository::saveFiles(const DownloadRecord &record)
{
    // Rewritten whole: a clip has a few dozen files, and the manifest may have changed.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM download_file WHERE lecture_id = ?"));
    query.addBindValue(record.lectureId);
    if (!query.exec())
        return sqlError(query);
    query.prepare(
        QStringLiteral("INSERT INTO download_file(lecture_id, position, path, size, sha256, "
                       "done_bytes, verified) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < record.files.size(); ++i) {
        const DownloadFile &file = record.files.at(i);
        query.addBindValue(record.lectureId);
        query.addBindValue(int(i));
        query.addBindValue(file.path);
        query.addBindValue(file.size);
        query.addBindValue(QString::fromLatin1(file.sha256));
        query.addBindValue(file.doneBytes);
        query.addBindValue(file.verified ? 1 : 0);
        if (!query.exec())
            return sqlError(query);
    }
    return ok();
}

Status DownloadRepository::remove(const QStringList &lectureIds)
{
    if (lectureIds.isEmpty())
        return ok();
    if (!m_database.transaction())
        return Error{QStringLiteral("store_error"), m_database.lastError().text()};
    QSqlQuery query(m_database);
    // Files first and by hand: the cascade needs foreign_keys on, and this must not depend on it.
    for (const char *sql : {"DELETE FROM download_file WHERE lecture_id = ?",
                            "DELETE FROM download WHERE lecture_id = ?"}) {
        query.prepare(QLatin1String(sql));
        for (const QString &id : lectureIds) {
            query.addBindValue(id);
            if (!query.exec()) {
                const Error error = sqlError(query);
                m_database.rollback();
                return error;
            }
        }
    }
    if (!m_database.commit()) {
        const Error error{QStringLiteral("store_error"), m_database.lastError().text()};
        m_database.rollback();
        return error;
    }
    return ok();
}

} // namespace lectern
