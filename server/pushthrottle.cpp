#include "pushthrottle.h"

#include "serverstore.h"
#include "sqlexec.h"

#include <QSqlQuery>

namespace lectern {

PushThrottle::PushThrottle(const ServerStore &store, int maxPerWindow)
    : m_store(store)
    , m_maxPerWindow(maxPerWindow)
{ }

Result<std::optional<qint64>> PushThrottle::admit(qint64 userId, qint64 now) const
{
    if (m_maxPerWindow <= 0)
        return std::optional<qint64>();
    const qint64 windowStart = now - now % kWindowSeconds;
    QSqlQuery query(m_store.database());
    // Refused pushes count too: a client that ignores Retry-After stays refused until the
    // window ends, and the count cannot overflow in a minute.
    if (Status s = sql::run(query,
                            QStringLiteral("INSERT INTO push_counts (user_id, window_start, "
                                           "pushes) VALUES (?, ?, 1) "
                                           "ON CONFLICT (user_id, window_start) "
                                           "DO UPDATE SET pushes = push_counts.pushes + 1"),
                            {userId, windowStart});
        !s) {
        return s.error();
    }
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT pushes FROM push_counts "
                                           "WHERE user_id = ? AND window_start = ?"),
                            {userId, windowStart});
        !s) {
        return s.error();
    }
    const int pushes = query.next() ? query.value(0).toInt() : 0;
    if (pushes == 1) {
        // The first push of a window: the user's earlier windows count for nothing now.
        if (Status s = sql::run(query,
                                QStringLiteral("DELETE FROM push_counts "
                                               "WHERE user_id = ? AND window_start < ?"),
                                {userId, windowStart});
            !s) {
            return s.error();
        }
    }
    if (pushes <= m_maxPerWindow)
        return std::optional<qint64>();
    return std::optional<qint64>(windowStart + kWindowSeconds - now);
}

} // namespace lectern
