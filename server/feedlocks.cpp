#include "feedlocks.h"

#include "sqlexec.h"

namespace lectern {
namespace {

// The first key of PostgreSQL's two-key advisory locks says what is locked; these values
// ("LEC" and a number) keep clear of other applications sharing the database.
constexpr qint32 kMigrationSpace = 0x4c454301;
constexpr qint32 kCatalogSpace = 0x4c454302;
constexpr qint32 kProgressSpace = 0x4c454303;

Status lock(const QSqlDatabase &db, qint32 space, qint32 key)
{
    if (!sql::isPostgresql(db))
        return ok();
    // Both numbers are ours, so they go into the text: one round trip, no prepared statement.
    return sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(space).arg(key));
}

} // namespace

Status FeedLocks::lockMigrations(const QSqlDatabase &db)
{
    return lock(db, kMigrationSpace, 0);
}

Status FeedLocks::lockCatalog(const QSqlDatabase &db)
{
    return lock(db, kCatalogSpace, 0);
}

Status FeedLocks::lockProgressOf(const QSqlDatabase &db, qint64 userId)
{
    // Ids past 2^31 share a lock with a smaller one: slower for the two, never wrong.
    return lock(db, kProgressSpace, qint32(userId & 0x7fffffff));
}

} // namespace lectern
