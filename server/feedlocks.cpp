#include "feedlocks.h"

#include "sqlexec.h"
#include "sqltransaction.h"

#include <QSet>

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
    // A lock this transaction already holds needs no second round trip (a push touches the
    // feed once per event). Outside a transaction nothing is remembered: the lock ends with
    // its statement there.
    thread_local quint64 transaction = 0;
    thread_local QSet<quint64> held;
    const quint64 id = (quint64(quint32(space)) << 32) | quint32(key);
    const bool inTransaction = SqlTransaction::isOpenOnThisThread();
    if (inTransaction) {
        if (transaction != SqlTransaction::serialOnThisThread()) {
            transaction = SqlTransaction::serialOnThisThread();
            held.clear();
        }
        if (held.contains(id))
            return ok();
    }
    // Both numbers are ours, so they go into the text.
    Status status
        = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(space).arg(key));
    if (status && inTransaction)
        held.insert(id);
    return status;
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
