#include "changelog.h"

#include "feedlocks.h"
#include "sqlexec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lectern {

Result<ChangeLog::Outcome> ChangeLog::record(const QSqlDatabase &db, const ChangeRecord &change)
{
    const QString kind = codec::kindName(change.kind);
    const QString op
        = change.op == ChangeOp::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
    // QJsonObject keeps its keys sorted, so equal content always gives equal bytes.
    const QVariant data = change.op == ChangeOp::Delete
        ? QVariant()
        : QVariant(QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)));
    const QVariant status = change.courseStatus.isEmpty() ? QVariant() : change.courseStatus;

    // Until the commit: no other transaction may draw a later seq and commit it first.
    if (Status s = FeedLocks::lockCatalog(db); !s)
        return s.error();

    {
        QSqlQuery query(db);
        if (Status s = sql::run(query,
                                QStringLiteral("SELECT op, data, course_status, programme_id "
                                               "FROM catalog_changes "
                                               "WHERE kind = ? AND entity_id = ?"),
                                {kind, change.id});
            !s) {
            return s.error();
        }
        if (query.next() && query.value(0).toString() == op
            && query.value(1).toString() == data.toString()
            && query.value(2).toString() == change.courseStatus
            && query.value(3).toString() == change.programmeId) {
            return Outcome::Unchanged;
        }
    }

    QSqlQuery remove(db);
    if (Status s = sql::run(remove,
                            QStringLiteral("DELETE FROM catalog_changes "
                                           "WHERE kind = ? AND entity_id = ?"),
                            {kind, change.id});
        !s) {
        return s.error();
    }
    QSqlQuery insert(db);
    if (Status s
        = sql::run(insert,
                   QStringLiteral("INSERT INTO catalog_changes "
                                  "(kind, entity_id, programme_id, op, course_status, data, "
                                  "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {kind, change.id, change.programmeId, op, status, data,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !s) {
        return s.error();
    }
    return Outcome::Recorded;
}

} // namespace lectern
