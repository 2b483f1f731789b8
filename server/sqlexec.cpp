#include "sqlexec.h"

#include "serverlog.h"

#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>

namespace lectern::sql {
namespace {

bool isPostgresql(const QSqlDriver *driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL;
}

// SQLSTATE classes 08 (connection exception) and 57P (the server shut down or killed the
// backend), or no state at all, which libpq reports when the socket is gone.
void closeIfConnectionLost(const QSqlDriver *driver, const QSqlError &error)
{
    if (!isPostgresql(driver))
        return;
    const QString state = error.nativeErrorCode();
    if (state.isEmpty() || state.startsWith(u"08") || state.startsWith(u"57P")) {
        qCWarning(lcServerStore).noquote()
            << "lost the PostgreSQL connection; the next request opens a new one";
        // QSqlQuery hands out its driver as const; closing it is what the connection needs.
        const_cast<QSqlDriver *>(driver)->close();
    }
}

} // namespace

Error storageError(const QString &detail)
{
    return Error{QStringLiteral("storage_error"),
                 QStringLiteral("The server database failed: %1").arg(detail)};
}

bool isPostgresql(const QSqlDatabase &db)
{
    return isPostgresql(db.driver());
}

bool hasNulCharacter(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

Status run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    const bool nul = std::any_of(values.begin(), values.end(), [](const QVariant &value) {
        return value.typeId() == QMetaType::QString && hasNulCharacter(value.toString());
    });
    if (nul) {
        qCWarning(lcServerStore).noquote() << "refused text with a NUL character for:" << statement;
        return Error{QStringLiteral("nul_character"),
                     QStringLiteral("Text may not contain NUL characters.")};
    }
    if (!query.prepare(statement)) {
        qCWarning(lcServerStore).noquote()
            << "cannot prepare" << statement << "—" << query.lastError().text();
        closeIfConnectionLost(query.driver(), query.lastError());
        return storageError(query.lastError().text());
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcServerStore).noquote()
            << "query failed:" << statement << "with" << values << "—" << query.lastError().text();
        closeIfConnectionLost(query.driver(), query.lastError());
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
        closeIfConnectionLost(db.driver(), query.lastError());
        return storageError(query.lastError().text());
    }
    return ok();
}

} // namespace lectern::sql
