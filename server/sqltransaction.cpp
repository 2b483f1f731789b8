#include "sqltransaction.h"

#include "sqlexec.h"

namespace lectern {
namespace {

thread_local int t_openTransactions = 0;
thread_local quint64 t_serial = 0;

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_open) {
        // Fails harmlessly when the connection was lost: the database rolled back already.
        sql::run(m_db, QStringLiteral("ROLLBACK"));
        setOpen(false);
    }
}

bool SqlTransaction::isOpenOnThisThread()
{
    return t_openTransactions > 0;
}

quint64 SqlTransaction::serialOnThisThread()
{
    return t_serial;
}

void SqlTransaction::setOpen(bool open)
{
    if (open != m_open)
        t_openTransactions += open ? 1 : -1;
    m_open = open;
}

Status SqlTransaction::begin()
{
    ++t_serial;
    Status status = sql::run(m_db,
                             sql::isPostgresql(m_db) ? QStringLiteral("BEGIN")
                                                     : QStringLiteral("BEGIN IMMEDIATE"));
    setOpen(status.isOk());
    return status;
}

Status SqlTransaction::commit()
{
    Status status = sql::run(m_db, QStringLiteral("COMMIT"));
    if (status)
        setOpen(false);
    return status;
}

} // namespace lectern
