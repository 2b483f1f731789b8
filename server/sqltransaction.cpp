#include "sqltransaction.h"

#include "sqlexec.h"

namespace lectern {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        sql::run(m_db, QStringLiteral("ROLLBACK"));
}

Status SqlTransaction::begin()
{
    Status status = sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = status.isOk();
    return status;
}

Status SqlTransaction::commit()
{
    Status status = sql::run(m_db, QStringLiteral("COMMIT"));
    if (status)
        m_open = false;
    return status;
}

} // namespace lectern
