#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace lectern {

// argon2id password hashes through libsodium (crypto_pwhash_str), with the "interactive"
// cost: about 64 MiB and tens of milliseconds per hash. That cost is the point, and also why
// callers must run it on a worker thread, never on the server's event loop.
// sodium_init() must have succeeded before the first instance is made. Thread-safe.
class PasswordHasher final
{
public:
    PasswordHasher();

    Result<QByteArray> hash(const QString &password) const;

    // True when password matches storedHash. An empty storedHash (the user does not exist)
    // is checked against a dummy hash and gives false, so an unknown user costs the same
    // time as a wrong password and the answer does not reveal which user names exist.
    bool verify(const QByteArray &storedHash, const QString &password) const;

private:
    QByteArray m_dummyHash;
};

} // namespace lectern
