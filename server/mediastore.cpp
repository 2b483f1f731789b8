#include "mediastore.h"

#include "serverstore.h"
#include "sqlexec.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lectern {

MediaStore::MediaStore(const ServerStore &store)
    : m_store(store)
{ }

Result<std::optional<LectureClip>> MediaStore::lecture(const QString &lectureId) const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT l.course_code, l.clip_id, m.manifest "
                                           "FROM lectures l "
                                           "LEFT JOIN media_clips m ON m.clip_id = l.clip_id "
                                           "WHERE l.id = ?"),
                            {lectureId});
        !s) {
        return s.error();
    }
    if (!query.next())
        return std::optional<LectureClip>();
    LectureClip clip{lectureId, query.value(0).toString(), query.value(1).toString(), {}};
    if (!clip.clipId.isEmpty())
        clip.manifest = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    return std::optional<LectureClip>(clip);
}

Result<QHash<QString, QString>> MediaStore::clipOfEveryLecture() const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(
            query, QStringLiteral("SELECT id, clip_id FROM lectures WHERE clip_id IS NOT NULL"));
        !s) {
        return s.error();
    }
    QHash<QString, QString> clips;
    while (query.next())
        clips.insert(query.value(0).toString(), query.value(1).toString());
    return clips;
}

Result<QHash<QString, ClipManifest>> MediaStore::manifestOfEveryLecture() const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT l.id, l.clip_id, m.manifest FROM lectures l "
                                           "JOIN media_clips m ON m.clip_id = l.clip_id"));
        !s) {
        return s.error();
    }
    QHash<QString, ClipManifest> manifests;
    while (query.next()) {
        const QString clipId = query.value(1).toString();
        QList<ContentError> errors;
        const std::optional<ClipManifest> manifest = ClipManifest::parse(
            query.value(2).toString().toUtf8(), clipId, QStringLiteral("media_clips"), errors);
        if (!manifest) {
            return sql::storageError(QStringLiteral("the stored manifest of clip %1 is invalid: %2")
                                         .arg(clipId, errors.value(0).reason));
        }
        manifests.insert(query.value(0).toString(), *manifest);
    }
    return manifests;
}

} // namespace lectern
