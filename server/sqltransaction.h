#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace lectern {

// A write transaction that rolls back unless committed, so an early return cannot leave
// half an import behind. It starts with BEGIN IMMEDIATE: taking the write lock up front
// means a second writer waits on busy_timeout instead of failing when it upgrades a read
// lock, which matters because `import` may run while `serve` is using the same file.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace lectern
