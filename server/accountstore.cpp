#include "accountstore.h"

#include "changelog.h"
#include "serverstore.h"
#include "sqlexec.h"
#include "sync/catalogcodec.h"

#include <QDateTime>
#include <QSqlQuery>

namespace lectern {

AccountStore::AccountStore(const ServerStore &store)
    : m_store(store)
{ }

Result<std::optional<Account>> AccountStore::findByUsername(const QString &username) const
{
    return findWhere(QStringLiteral("username = ?"), username);
}

Result<std::optional<Account>> AccountStore::findById(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<Account>> AccountStore::findWhere(const QString &condition,
                                                       const QVariant &value) const
{
    // Every push and page asks (ServerStore::runKept keeps the statement).
    const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(
        QStringLiteral("SELECT id, username, display_name, role, password_hash FROM users WHERE ")
            + condition,
        {value});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    std::optional<Account> account;
    if (query.next()) {
        account = Account{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString().toUtf8()};
    }
    query.finish();
    return account;
}

Result<qint64> AccountStore::saveUser(const Account &account) const
{
    QSqlQuery query(m_store.database());
    if (Status s
        = sql::run(query,
                   QStringLiteral("INSERT INTO users "
                                  "(username, display_name, role, password_hash, created_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE "
                                  "SET display_name = excluded.display_name, role = excluded.role, "
                                  "password_hash = excluded.password_hash RETURNING id"),
                   {account.username, account.displayName, account.role,
                    QString::fromUtf8(account.passwordHash),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !s) {
        return s.error();
    }
    if (!query.next())
        return sql::storageError(
            QStringLiteral("saving user %1 returned no id").arg(account.username));
    return query.value(0).toLongLong();
}

Result<std::optional<Enrolment>> AccountStore::enrolmentOf(qint64 userId) const
{
    // Every push that names a course asks: the statements are kept (ServerStore::runKept).
    Enrolment enrolment;
    {
        const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(
            QStringLiteral("SELECT programme_id, role FROM enrolments WHERE user_id = ?"),
            {userId});
        if (!run)
            return run.error();
        KeptQuery &query = *run.value();
        const bool found = query.next();
        if (found) {
            enrolment.programmeId = query.value(0).toString();
            enrolment.role = query.value(1).toString();
        }
        query.finish();
        if (!found)
            return std::optional<Enrolment>();
    }
    {
        const Result<std::shared_ptr<KeptQuery>> run
            = m_store.runKept(QStringLiteral("SELECT slot_id, course_code FROM elective_choices "
                                             "WHERE user_id = ? ORDER BY slot_id"),
                              {userId});
        if (!run)
            return run.error();
        KeptQuery &query = *run.value();
        while (query.next())
            enrolment.electiveChoices.append(
                {query.value(0).toString(), query.value(1).toString()});
        query.finish();
    }
    const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(
        QStringLiteral("SELECT course_code FROM teaching WHERE user_id = ? ORDER BY course_code"),
        {userId});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    while (query.next())
        enrolment.teachingCourses.append(query.value(0).toString());
    query.finish();
    return std::optional<Enrolment>(enrolment);
}

Status AccountStore::saveEnrolment(const Account &account, const Enrolment &enrolment) const
{
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // The cascade would clear the choices and the teaching list, but only on connections with
    // foreign keys on; an operator's sqlite3 shell has them off, so clear them by name too.
    for (const QString &table : {QStringLiteral("elective_choices"), QStringLiteral("teaching"),
                                 QStringLiteral("enrolments")}) {
        if (Status s = sql::run(
                query, QStringLiteral("DELETE FROM %1 WHERE user_id = ?").arg(table), {account.id});
            !s) {
            return s;
        }
    }
    if (Status s = sql::run(query,
                            QStringLiteral("INSERT INTO enrolments (user_id, programme_id, role) "
                                           "VALUES (?, ?, ?)"),
                            {account.id, enrolment.programmeId, enrolment.role});
        !s) {
        return s;
    }
    for (const ElectiveChoice &choice : enrolment.electiveChoices) {
        if (Status s = sql::run(query,
                                QStringLiteral("INSERT INTO elective_choices "
                                               "(user_id, slot_id, course_code) VALUES (?, ?, ?)"),
                                {account.id, choice.slotId, choice.courseCode});
            !s) {
            return s;
        }
    }
    for (const QString &code : enrolment.teachingCourses) {
        if (Status s = sql::run(query,
                                QStringLiteral("INSERT INTO teaching (user_id, course_code) "
                                               "VALUES (?, ?)"),
                                {account.id, code});
            !s) {
            return s;
        }
    }
    // Re-read, so the feed carries exactly what is stored (ordered the same way every time).
    const Result<std::optional<Enrolment>> stored = enrolmentOf(account.id);
    if (!stored)
        return stored.error();
    const Result<ChangeLog::Outcome> outcome
        = ChangeLog::record(db,
                            {ChangeKind::Enrolment,
                             account.username,
                             enrolment.programmeId,
                             ChangeOp::Upsert,
                             {},
                             codec::toJson(stored.value().value_or(enrolment))});
    if (!outcome)
        return outcome.error();
    return ok();
}

} // namespace lectern
