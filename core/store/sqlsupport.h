#pragma once

#include "domain/logging.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

// Small helpers shared by the quiz and progress repositories (store thread only).
namespace lectern::store {

inline Error sqlError(const QSqlQuery &query)
{
    // Without the bound values: they hold learners' answers.
    qCWarning(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery();
    return Error{QStringLiteral("store_error"), query.lastError().text()};
}

inline QVariant isoTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime fromIso(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty()
        ? QDateTime()
        : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

inline QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonArray arrayFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

inline QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Appends one event to the outbox; the caller holds the transaction that also writes the
// action itself, so the two commit together or not at all.
inline Status appendOutboxEvent(QSqlDatabase database, const QString &kind,
                                const QJsonObject &payload)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO outbox(event_id, kind, payload_json, created_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(kind);
    query.addBindValue(compact(payload));
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query);
    return ok();
}

// A transaction that nests: the outermost one begins and commits, inner ones are savepoints.
// Lets a repository method that is one transaction on its own also run inside a bigger one
// (a pushed batch's results, a pulled page with its cursor). Rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase database)
        : m_database(std::move(database))
        , m_name(QStringLiteral("sp%1").arg(++s_depth))
    {
        QSqlQuery query(m_database);
        m_active = query.exec(QStringLiteral("SAVEPOINT %1").arg(m_name));
        if (!m_active) {
            m_error = sqlError(query);
            --s_depth;
        }
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_database);
        query.exec(QStringLiteral("ROLLBACK TO %1").arg(m_name));
        query.exec(QStringLiteral("RELEASE %1").arg(m_name));
        --s_depth;
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    Status commit()
    {
        if (!m_active)
            return m_error;
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("RELEASE %1").arg(m_name)))
            return sqlError(query); // the destructor rolls back
        m_active = false;
        --s_depth;
        return ok();
    }

private:
    // Savepoint names only need to differ between nesting levels; the store has one thread.
    static inline thread_local int s_depth = 0;
    QSqlDatabase m_database;
    QString m_name;
    Error m_error;
    bool m_active = false;
};

} // namespace lectern::store
