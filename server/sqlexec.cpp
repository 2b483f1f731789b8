#include "sqlexec.h"

#include "serverlog.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

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

// The statement with each "?" outside quotes replaced by its value as an SQL literal, escaped
// by the driver: exactly what QPSQL itself sends for a prepared statement's EXECUTE. Empty when
// the placeholders and the values do not match up.
QString withLiterals(const QSqlDriver *driver, const QString &statement, const QVariantList &values)
{
    QString text;
    text.reserve(statement.size() + 16 * values.size());
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : statement) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted) {
            text += c;
            continue;
        }
        if (next == values.size())
            return QString();
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += driver->formatValue(field);
    }
    return next == values.size() ? text : QString();
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

QList<qsizetype> chunkSizes(qsizetype n, bool postgresql)
{
    QList<qsizetype> sizes;
    while (n > 0) {
        qsizetype size = postgresql ? std::min<qsizetype>(n, 1000) : 128;
        while (size > n)
            size /= 2;
        sizes.append(size);
        n -= size;
    }
    return sizes;
}

QString placeholders(qsizetype count, const QString &one)
{
    QString text;
    text.reserve(count * (one.size() + 2));
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            text += QStringLiteral(", ");
        text += one;
    }
    return text;
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
    // PostgreSQL: QSqlQuery::prepare() costs a PREPARE and a DEALLOCATE round trip around
    // every EXECUTE, for statements that are used once; one plain query with the literals the
    // driver would have put into that EXECUTE does the same work in one round trip.
    if (isPostgresql(query.driver())) {
        const QString text = withLiterals(query.driver(), statement, values);
        if (text.isEmpty()) {
            qCWarning(lcServerStore).noquote()
                << "placeholders and values do not match:" << statement << values;
            return storageError(QStringLiteral("placeholders and values do not match"));
        }
        if (!query.exec(text)) {
            qCWarning(lcServerStore).noquote() << "query failed:" << statement << "with" << values
                                               << "—" << query.lastError().text();
            closeIfConnectionLost(query.driver(), query.lastError());
            return storageError(query.lastError().text());
        }
        return ok();
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
