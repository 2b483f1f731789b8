#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

namespace lectern {

class ServerStore;

struct IssuedToken
{
    QString token; // shown to the client once; the store keeps only its SHA-256
    QDateTime expiresAt;
};

// Bearer tokens for the API: 32 random bytes from libsodium, base64url without padding,
// valid for 14 days. Only the SHA-256 of a token is stored: the token has 256 bits of
// entropy, so a fast hash is enough, and a stolen database does not hold usable tokens.
class TokenIssuer final
{
public:
    static constexpr int kLifetimeDays = 14;

    explicit TokenIssuer(const ServerStore &store);

    Result<IssuedToken> issue(qint64 userId) const;

    // The id of the user the token belongs to; Error "unauthorized" when the token is
    // unknown or expired, "storage_error" when the database fails.
    Result<qint64> verify(const QString &token) const;

private:
    const ServerStore &m_store;
};

} // namespace lectern
