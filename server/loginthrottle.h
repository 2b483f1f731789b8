#pragma once

#include "domain/result.h"

#include <QString>

#include <optional>

namespace lectern {

class ServerStore;

// The login rate limit (docs/operations.md, docs/protocol.md): after kMaxFailuresPerName failed
// logins for one user name within kWindowSeconds, or kMaxFailuresPerAddress from one client
// address, further logins for it are refused with 429 and Retry-After until enough of those
// failures are kWindowSeconds old, without checking the password (argon2id is what an attacker
// would make us spend).
//
// Counting per name stops guessing one person's password from many addresses; per address,
// trying many names from one. The address limit is higher because a hospital's whole staff
// may reach us through one NAT address. The price of the name limit: anyone can lock a name
// out for five minutes at a time, which is why the window is short. A correct password ends
// the count for that name, not for the address (one valid account must not reset it).
//
// The failures are kept in the database, so every server sharing it counts them together.
class LoginThrottle final
{
public:
    static constexpr int kMaxFailuresPerName = 10;
    static constexpr int kMaxFailuresPerAddress = 30;
    static constexpr qint64 kWindowSeconds = 5 * 60;
    static constexpr qsizetype kMaxNameLength = 200;

    explicit LoginThrottle(const ServerStore &store);

    // Seconds until a login for username from address may be tried again; nullopt when it may
    // be tried now. now is seconds since the epoch.
    Result<std::optional<qint64>> retryAfter(const QString &username, const QString &address,
                                             qint64 now) const;
    Status recordFailure(const QString &username, const QString &address, qint64 now) const;
    Status forget(const QString &username) const;

private:
    Result<std::optional<qint64>> blockedUntil(const QString &column, const QString &value,
                                               int limit, qint64 now) const;

    const ServerStore &m_store;
};

} // namespace lectern
