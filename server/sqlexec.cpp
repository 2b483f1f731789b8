#include "sqlexec.h"

#include "serverlog.h"

#include <QSqlError>

namespace lectern::sql {

Error storageError(const QString &detail)
{
    return Error{QStringLiteral("storage_error"),
                 QStringLiteral("The server database failed: %1").arg(detail)};
}

Status run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement)) {
        qCWarning(lcServerStore).noquote()
            << "cannot prepare" << statement << "—" << query.lastError().text();
        return storageError(query.lastError().text());
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcServerStore).noquote()
            << "query failed:" << statement << "with" << values << "—" << query.lastError().text();
        return storageError(query.lastError().text());
    }
    return ok();
}

Status run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCWarning(lcServerStore).noquote()
            << "statement failed:" << statement << "—" << query.lastError().text();
        return storageError(query.lastError().text());
    }
    return ok();
}

} // namespace lectern::sql
