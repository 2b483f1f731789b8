#pragma once

#include "domain/catalog.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lectern {

class ServerStore;

struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // "learner" or "faculty"
    QByteArray passwordHash; // crypto_pwhash_str output
};

// Users and their enrolments in the server store. Every call uses the calling thread's
// connection, so the same object serves the import command and the request threads.
class AccountStore final
{
public:
    explicit AccountStore(const ServerStore &store);

    Result<std::optional<Account>> findByUsername(const QString &username) const;
    Result<std::optional<Account>> findById(qint64 id) const;

    // Creates the user or, when the user name exists, updates its name, role and password.
    // Returns the user's id.
    Result<qint64> saveUser(const Account &account) const;

    Result<std::optional<Enrolment>> enrolmentOf(qint64 userId) const;

    // Replaces the user's enrolment and records it in the change feed (kind "enrolment",
    // id = user name), so the user's next sync brings it.
    Status saveEnrolment(const Account &account, const Enrolment &enrolment) const;

private:
    Result<std::optional<Account>> findWhere(const QString &condition, const QVariant &value) const;

    const ServerStore &m_store;
};

} // namespace lectern
