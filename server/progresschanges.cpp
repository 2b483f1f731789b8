#include "progresschanges.h"

#include "feedlocks.h"
#include "sqlexec.h"

#include <QDateTime>
#include <QSqlQuery>

namespace lectern {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString ProgressChanges::kindName(Kind kind)
{
    return kind == Kind::Viewing ? QStringLiteral("viewing") : QStringLiteral("attempt");
}

Status ProgressChanges::touchAttemptsOfLecture(const QSqlDatabase &db, const QString &lectureId,
                                               qint64 userId)
{
    const QString ofUser = userId == 0 ? QString() : QStringLiteral(" AND user_id = ?");
    QVariantList values{lectureId};
    if (userId != 0)
        values.append(userId);
    QSqlQuery query(db);
    // Every user whose feed gets rows, locked in increasing id before the first row is drawn.
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT DISTINCT user_id FROM attempts "
                                           "WHERE lecture_id = ?%1 ORDER BY user_id")
                                .arg(ofUser),
                            values);
        !s) {
        return s;
    }
    QList<qint64> users;
    while (query.next())
        users.append(query.value(0).toLongLong());
    for (const qint64 user : std::as_const(users)) {
        if (Status s = FeedLocks::lockProgressOf(db, user); !s)
            return s;
    }
    if (Status s = sql::run(query,
                            QStringLiteral("DELETE FROM progress_changes WHERE kind = 'attempt' "
                                           "AND entity_id IN (SELECT attempt_id FROM attempts "
                                           "WHERE lecture_id = ?%1)")
                                .arg(ofUser),
                            values);
        !s) {
        return s;
    }
    return sql::run(query,
                    QStringLiteral("INSERT INTO progress_changes "
                                   "(user_id, kind, entity_id, changed_at) "
                                   "SELECT user_id, 'attempt', attempt_id, ? FROM attempts "
                                   "WHERE lecture_id = ?%1 ORDER BY finished_at, attempt_id")
                        .arg(ofUser),
                    QVariantList{now()} + values);
}

} // namespace lectern
