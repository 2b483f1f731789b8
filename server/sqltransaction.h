#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace lectern {

// A write transaction that rolls back unless committed, so an early return cannot leave
// half an import behind.
//
// On SQLite it starts with BEGIN IMMEDIATE: taking the write lock up front means a second
// writer waits on busy_timeout instead of failing when it upgrades a read lock, which matters
// because `import` may run while `serve` is using the same file. It also serialises every
// writer, which is what makes the change feeds and at-most-once events safe there.
//
// On PostgreSQL it is a plain BEGIN (READ COMMITTED): writers run side by side, and those that
// must not interleave take the advisory locks of FeedLocks inside the transaction.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    Status begin();
    Status commit();

    // Whether a transaction is open on the calling thread, so a lost connection is not
    // silently replaced halfway through one (ServerStore::database()).
    static bool isOpenOnThisThread();
    // A number for the transaction open on this thread, new for every begin(): what a lock
    // taken inside one transaction is remembered by (FeedLocks).
    static quint64 serialOnThisThread();

private:
    void setOpen(bool open);

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace lectern
