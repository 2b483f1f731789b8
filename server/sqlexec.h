#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace lectern::sql {

// Prepares statement on query, binds values positionally (the "?" placeholders) and runs it.
// (On PostgreSQL the driver's escaped literals take the placeholders' places instead: one round
// trip rather than three; see sqlexec.cpp.)
// A failure is logged with the SQL and the bound values, because "database error" alone is
// useless to whoever reads the log, and comes back as an Error for the caller to pass on.
//
// PostgreSQL cannot store U+0000 in text, where SQLite can: a text value holding one is refused
// here, before the database sees it, with the code "nul_character", so both databases refuse
// the same input. A failure that lost the connection closes it, so that the next request
// opens a new one (ServerStore::database()).
Status run(QSqlQuery &query, const QString &statement, const QVariantList &values = {});

// Runs one statement that takes no values (PRAGMA, BEGIN, DDL) on db.
Status run(const QSqlDatabase &db, const QString &statement);

// The error every storage failure is reported as; the details stay in the log.
Error storageError(const QString &detail);

bool isPostgresql(const QSqlDatabase &db);

// How a list of n values (an IN list, the rows of a multi-row INSERT) is cut into statements.
// SQLite keeps each statement it compiles (ServerStore::runKept), so the sizes are powers of two
// up to 128: a handful of statements for any push. PostgreSQL compiles nothing ahead, and one
// round trip beats several.
QList<qsizetype> chunkSizes(qsizetype n, bool postgresql);
// "one, one, …" count times: the placeholders of an IN list or of the rows of an INSERT.
QString placeholders(qsizetype count, const QString &one);

// Whether text holds U+0000, which PostgreSQL cannot store: routes refuse such input early.
bool hasNulCharacter(const QString &text);

} // namespace lectern::sql
