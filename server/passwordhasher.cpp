#include "passwordhasher.h"

#include <sodium.h>

namespace lectern {

PasswordHasher::PasswordHasher()
{
    // A hash of random bytes nobody knows, made with the same cost as real hashes.
    QByteArray secret(32, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    const Result<QByteArray> dummy = hash(QString::fromLatin1(secret.toBase64()));
    if (dummy)
        m_dummyHash = dummy.value();
    sodium_memzero(secret.data(), size_t(secret.size()));
}

Result<QByteArray> PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return Error{QStringLiteral("out_of_memory"),
                     QStringLiteral("Not enough memory to hash a password.")};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    const bool known = !storedHash.isEmpty();
    const QByteArray &hash = known ? storedHash : m_dummyHash;
    // crypto_pwhash_str_verify wants a NUL-terminated string; QByteArray always has one.
    const bool matches
        = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    return known && matches;
}

} // namespace lectern
