#include "serverstore.h"

#include "feedlocks.h"
#include "serverlog.h"
#include "sqlexec.h"
#include "sqltransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace lectern {
namespace {

QString schemaFolder(DatabaseUrl::Kind kind)
{
    return kind == DatabaseUrl::Kind::Postgresql ? QStringLiteral(":/schema/server/postgresql")
                                                 : QStringLiteral(":/schema/server/sqlite");
}

// Schema files by version, read from the resources compiled into the binary.
QMap<int, QString> schemaFiles(DatabaseUrl::Kind kind)
{
    QMap<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{3})\\.sql$"));
    const QString folder = schemaFolder(kind);
    const QStringList entries = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), folder + u'/' + entry);
    }
    return files;
}

// QSqlQuery runs one statement at a time, so a schema file is cut at semicolons that end
// a line; pieces holding only comments are dropped.
QStringList statementsOf(const QString &script)
{
    static const QRegularExpression separator(QStringLiteral(";[ \\t]*$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    QStringList statements;
    const QStringList pieces = script.split(separator);
    for (const QString &piece : pieces) {
        if (!QString(piece).remove(comment).trimmed().isEmpty())
            statements.append(piece.trimmed());
    }
    return statements;
}

std::atomic<int> g_instances{0};
std::atomic<quint64> g_threads{0};

// A number for the calling thread that is never reused, unlike the thread id of a
// finished thread, so a new thread can never pick up a dead thread's connection.
quint64 threadSerial()
{
    thread_local const quint64 serial = ++g_threads;
    return serial;
}

} // namespace

ServerStore::ServerStore(const QString &dataDirectory, const DatabaseUrl &url)
    : m_directory(dataDirectory)
    , m_path(QDir(dataDirectory).filePath(QStringLiteral("lectern.sqlite")))
    , m_url(url)
    , m_connectionPrefix(QStringLiteral("lectern-server-%1").arg(++g_instances))
{ }

ServerStore::~ServerStore()
{
    // Every QSqlDatabase handle is out of scope by now, and the threads that opened them
    // are finished; dropping the names closes the connections.
    const QMutexLocker locker(&m_mutex);
    m_kept.clear();
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString ServerStore::location() const
{
    return m_url.isPostgresql() ? m_url.redacted() : m_path;
}

Result<std::shared_ptr<QSqlQuery>> ServerStore::runKept(const QString &statement,
                                                       const QVariantList &values) const
{
    if (m_url.isPostgresql()) {
        auto query = std::make_shared<QSqlQuery>(database());
        if (Status s = sql::run(*query, statement, values); !s)
            return s.error();
        return query;
    }
    // The same refusal as sql::run, which the kept statements bypass.
    if (std::any_of(values.begin(), values.end(), [](const QVariant &value) {
            return value.typeId() == QMetaType::QString && sql::hasNulCharacter(value.toString());
        })) {
        qCWarning(lcServerStore).noquote() << "refused text with a NUL character for:" << statement;
        return Error{QStringLiteral("nul_character"),
                     QStringLiteral("Text may not contain NUL characters.")};
    }
    const quint64 thread = threadSerial();
    std::shared_ptr<QSqlQuery> query;
    {
        const QMutexLocker locker(&m_mutex);
        query = m_kept.value(thread).value(statement);
    }
    if (!query) {
        query = std::make_shared<QSqlQuery>(database());
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            qCWarning(lcServerStore).noquote()
                << "cannot prepare" << statement << "—" << query->lastError().text();
            return sql::storageError(query->lastError().text());
        }
        const QMutexLocker locker(&m_mutex);
        m_kept[thread].insert(statement, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        const QString error = query->lastError().text();
        qCWarning(lcServerStore).noquote()
            << "query failed:" << statement << "with" << values << "—" << error;
        query->finish();
        return sql::storageError(error);
    }
    return query;
}

QSqlDatabase ServerStore::database() const
{
    // The name is made once per thread and store: formatting it on every call showed up in
    // the push's profile.
    thread_local QHash<QString, QString> names;
    QString &cached = names[m_connectionPrefix];
    if (cached.isEmpty())
        cached = QStringLiteral("%1-thread-%2").arg(m_connectionPrefix).arg(threadSerial());
    const QString name = cached;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Never inside a transaction: a new connection's statements would run outside it.
        if (!SqlTransaction::isOpenOnThisThread()) {
            if (m_url.isPostgresql() && db.isOpen())
                checkIdleConnection(db);
            // Closed after it was lost (sql::run closes those) or by the check: open again.
            if (!db.isOpen())
                openConnection(db);
        }
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_url.isPostgresql() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    {
        const QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    if (m_url.isPostgresql()) {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(m_url.options);
    } else {
        db.setDatabaseName(m_path);
        // Waiting a while for the write lock beats failing a request because an import or a
        // login on another thread is writing at that moment.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    openConnection(db);
    return db;
}

// A PostgreSQL connection can die while it waits (the database restarted, a proxy dropped it),
// and the thread learns of it only when a statement fails, which would fail a request. So a
// connection that has been idle for a second is asked first, at the cost of one round trip.
void ServerStore::checkIdleConnection(QSqlDatabase &db) const
{
    thread_local QHash<QString, QElapsedTimer> lastUse;
    QElapsedTimer &idle = lastUse[db.connectionName()];
    if (idle.isValid() && idle.elapsed() < 1000) {
        idle.start();
        return;
    }
    idle.start();
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT 1"))) {
        qCInfo(lcServerStore) << "the PostgreSQL connection was lost; opening a new one";
        db.close();
    }
}

bool ServerStore::openConnection(QSqlDatabase &db) const
{
    if (!db.open()) {
        qCWarning(lcServerStore).noquote()
            << "cannot open" << location() << "—" << db.lastError().text();
        return false;
    }
    if (m_url.isPostgresql()) {
        // Times are stored as text in UTC; nothing reads the session's time zone, but a
        // server in another zone should not make psql output differ between processes.
        sql::run(db, QStringLiteral("SET TIME ZONE 'UTC'"));
        // NOTICEs ("relation already exists, skipping") would only clutter the server's log.
        sql::run(db, QStringLiteral("SET client_min_messages TO WARNING"));
        return true;
    }
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL keeps readers and the one writer out of each other's way; NORMAL sync is safe
    // with WAL (a power cut may lose the last commit, never corrupt the file).
    sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

Status ServerStore::open()
{
    // The two dialects must know the same versions, or one database would end up with a
    // schema the other never has.
    if (schemaFiles(DatabaseUrl::Kind::Sqlite).keys()
        != schemaFiles(DatabaseUrl::Kind::Postgresql).keys()) {
        return Error{QStringLiteral("schema_mismatch"),
                     QStringLiteral("This lectern-server was built with different schema "
                                    "versions for SQLite and PostgreSQL.")};
    }
    if (!QDir().mkpath(m_directory)) {
        return Error{QStringLiteral("data_folder"),
                     QStringLiteral("Cannot create the data folder %1.").arg(m_directory)};
    }
    const QSqlDatabase db = database();
    if (!db.isOpen()) {
        return Error{QStringLiteral("database_open"),
                     QStringLiteral("Cannot open the database %1: %2")
                         .arg(location(), db.lastError().text())};
    }
    if (!m_url.isPostgresql()) {
        if (Status status = sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL")); !status)
            return status;
    }
    return migrate(db);
}

int ServerStore::latestSchemaVersion()
{
    const QMap<int, QString> files = schemaFiles(DatabaseUrl::Kind::Sqlite);
    return files.isEmpty() ? 0 : files.lastKey();
}

// SQLite keeps the version in the file header (PRAGMA user_version); PostgreSQL has no such
// place, so a one-row table holds it.
Result<int> ServerStore::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (m_url.isPostgresql()) {
        if (Status s = sql::run(db,
                                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                               "(version INTEGER NOT NULL)"));
            !s) {
            return s.error();
        }
        if (Status s = sql::run(query, QStringLiteral("SELECT version FROM schema_version")); !s)
            return s.error();
        if (query.next())
            return query.value(0).toInt();
        if (Status s = sql::run(db, QStringLiteral("INSERT INTO schema_version VALUES (0)")); !s)
            return s.error();
        return 0;
    }
    if (Status s = sql::run(query, QStringLiteral("PRAGMA user_version")); !s)
        return s.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Status ServerStore::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    // Neither statement takes bound values here; the number comes from our own file name.
    if (m_url.isPostgresql())
        return sql::run(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(version));
    return sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status ServerStore::migrate(const QSqlDatabase &db)
{
    const QMap<int, QString> files = schemaFiles(m_url.kind);
    const int latest = files.isEmpty() ? 0 : files.lastKey();

    SqlTransaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    // SQLite's BEGIN IMMEDIATE already holds the only write lock; PostgreSQL needs its own,
    // or two servers starting together would both create the tables.
    if (Status status = FeedLocks::lockMigrations(db); !status)
        return status;
    // Read under the lock: another process may have migrated meanwhile.
    const Result<int> current = schemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return Error{QStringLiteral("database_too_new"),
                     QStringLiteral("The database %1 has schema version %2, but this "
                                    "lectern-server only knows up to %3. Use a newer "
                                    "lectern-server; the database was left untouched.")
                         .arg(location())
                         .arg(current.value())
                         .arg(latest)};
    }
    for (auto it = files.upperBound(current.value()); it != files.end(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return sql::storageError(QStringLiteral("cannot read %1").arg(it.value()));
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (Status status = sql::run(db, statement); !status)
                return status;
        }
        if (Status status = setSchemaVersion(db, it.key()); !status)
            return status;
        qCInfo(lcServerStore).noquote() << "applied schema" << it.key() << "to" << location();
    }
    return transaction.commit();
}

} // namespace lectern
