#include "tokenissuer.h"

#include "serverstore.h"
#include "sqlexec.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <sodium.h>

namespace lectern {
namespace {

QByteArray digest(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

Error unauthorized()
{
    return Error{QStringLiteral("unauthorized"),
                 QStringLiteral("Sign in again: the session is missing, unknown or expired.")};
}

} // namespace

TokenIssuer::TokenIssuer(const ServerStore &store)
    : m_store(store)
{ }

Result<IssuedToken> TokenIssuer::issue(qint64 userId) const
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), size_t(bytes.size()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Whole seconds, so the expiry the client is told is exactly the one enforced.
    const QDateTime expiresAt
        = QDateTime::fromSecsSinceEpoch(now.addDays(kLifetimeDays).toSecsSinceEpoch(), Qt::UTC);
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // Housekeeping while we are here: this user's expired sessions are of no use to anyone.
    if (Status s = sql::run(query,
                            QStringLiteral("DELETE FROM sessions "
                                           "WHERE user_id = ? AND expires_at <= ?"),
                            {userId, now.toSecsSinceEpoch()});
        !s) {
        return s.error();
    }
    if (Status s = sql::run(
            query,
            QStringLiteral("INSERT INTO sessions "
                           "(token_hash, user_id, created_at, expires_at) "
                           "VALUES (?, ?, ?, ?)"),
            {digest(token), userId, now.toString(Qt::ISODate), expiresAt.toSecsSinceEpoch()});
        !s) {
        return s.error();
    }
    return IssuedToken{token, expiresAt};
}

Result<qint64> TokenIssuer::verify(const QString &token) const
{
    if (token.isEmpty())
        return unauthorized();
    // Every request asks: the statement is kept (ServerStore::runKept).
    static const QString statement
        = QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?");
    const Result<std::shared_ptr<KeptQuery>> run
        = m_store.runKept(statement, {digest(token), QDateTime::currentSecsSinceEpoch()});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    const bool found = query.next();
    const qint64 userId = found ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!found)
        return unauthorized();
    return userId;
}

} // namespace lectern
