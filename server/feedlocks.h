#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace lectern {

// Locks that keep several server processes on one PostgreSQL from stepping on each other,
// each held until the caller's transaction ends (pg_advisory_xact_lock). On SQLite they do
// nothing: SqlTransaction's BEGIN IMMEDIATE already lets one writer in at a time.
//
// Why they are needed: a change feed's seq comes from an identity column when the row is
// inserted, but becomes visible when its transaction commits. Were two transactions to write
// rows of one feed at once, the later seq could commit first, a device would pull it and move
// its cursor past the earlier one, and never see that row. Holding the feed's lock from the
// first insert to the commit makes commit order follow seq order. The user's lock also covers
// the read-merge-write of their viewing and the check-then-insert of their event ids, so two
// servers given the same push apply it once.
//
// Why they cannot deadlock: an import takes the catalog lock first and then any users' locks;
// a push takes one user's lock and then waits for no other lock and no row an import writes
// (it writes only that user's rows). Waits can only go from an import to a push, never back.
class FeedLocks final
{
public:
    // Schema migrations: one server at a time.
    static Status lockMigrations(const QSqlDatabase &db);
    // The catalog feed (catalog_changes): imports and enrolment changes.
    static Status lockCatalog(const QSqlDatabase &db);
    // One user's progress: their feed rows, viewing, attempts and applied events.
    static Status lockProgressOf(const QSqlDatabase &db, qint64 userId);
};

} // namespace lectern
