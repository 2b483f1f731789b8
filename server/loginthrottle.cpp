#include "loginthrottle.h"

#include "serverstore.h"
#include "sqlexec.h"

#include <QSqlQuery>

#include <algorithm>

namespace lectern {

LoginThrottle::LoginThrottle(const ServerStore &store)
    : m_store(store)
{ }

// The time the count for one name or address drops below the limit again: when the
// limit-th most recent failure leaves the window. nullopt when the count is under it.
Result<std::optional<qint64>> LoginThrottle::blockedUntil(const QString &column,
                                                          const QString &value, int limit,
                                                          qint64 now) const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT failed_at FROM login_failures "
                                           "WHERE %1 = ? AND failed_at > ? "
                                           "ORDER BY failed_at DESC LIMIT 1 OFFSET %2")
                                .arg(column)
                                .arg(limit - 1),
                            {value, now - kWindowSeconds});
        !s) {
        return s.error();
    }
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong() + kWindowSeconds);
}

Result<std::optional<qint64>> LoginThrottle::retryAfter(const QString &username,
                                                        const QString &address, qint64 now) const
{
    const Result<std::optional<qint64>> byName = blockedUntil(
        QStringLiteral("username"), username.left(kMaxNameLength), kMaxFailuresPerName, now);
    if (!byName)
        return byName;
    const Result<std::optional<qint64>> byAddress
        = blockedUntil(QStringLiteral("address"), address, kMaxFailuresPerAddress, now);
    if (!byAddress)
        return byAddress;
    const qint64 until = std::max(byName.value().value_or(0), byAddress.value().value_or(0));
    if (until <= now)
        return std::optional<qint64>();
    return std::optional<qint64>(until - now);
}

Status LoginThrottle::recordFailure(const QString &username, const QString &address,
                                    qint64 now) const
{
    QSqlQuery query(m_store.database());
    // Housekeeping first: failures older than the window count for nothing.
    if (Status s
        = sql::run(query, QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"),
                   {now - kWindowSeconds});
        !s) {
        return s;
    }
    return sql::run(query,
                    QStringLiteral("INSERT INTO login_failures (username, address, failed_at) "
                                   "VALUES (?, ?, ?)"),
                    {username.left(kMaxNameLength), address, now});
}

Status LoginThrottle::forget(const QString &username) const
{
    QSqlQuery query(m_store.database());
    return sql::run(query, QStringLiteral("DELETE FROM login_failures WHERE username = ?"),
                    {username.left(kMaxNameLength)});
}

} // namespace lectern
