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
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

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

// --- KeptQuery ------------------------------------------------------------------------------

// The few functions of SQLite's C API (https://sqlite.org/c3ref/intro.html) that KeptQuery
// uses, found in the libsqlite3 Qt's driver loaded. Declared here rather than taken from
// sqlite3.h, which the build does not otherwise need; that ABI has been stable since 2004.
struct SqliteApi
{
    using Destructor = void (*)(void *);
    static constexpr int kOk = 0;
    static constexpr int kRow = 100;
    static constexpr int kDone = 101;
    static constexpr int kInteger = 1;
    static constexpr int kFloat = 2;
    static constexpr int kText = 3;
    static constexpr int kBlob = 4;

    int (*prepare)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*reset)(sqlite3_stmt *) = nullptr;
    int (*clearBindings)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    int (*bindInt64)(sqlite3_stmt *, int, qint64) = nullptr;
    int (*bindDouble)(sqlite3_stmt *, int, double) = nullptr;
    int (*bindText)(sqlite3_stmt *, int, const char *, int, Destructor) = nullptr;
    int (*bindBlob)(sqlite3_stmt *, int, const void *, int, Destructor) = nullptr;
    int (*bindNull)(sqlite3_stmt *, int) = nullptr;
    int (*bindParameterCount)(sqlite3_stmt *) = nullptr;
    int (*columnType)(sqlite3_stmt *, int) = nullptr;
    qint64 (*columnInt64)(sqlite3_stmt *, int) = nullptr;
    double (*columnDouble)(sqlite3_stmt *, int) = nullptr;
    const unsigned char *(*columnText)(sqlite3_stmt *, int) = nullptr;
    const void *(*columnBlob)(sqlite3_stmt *, int) = nullptr;
    int (*columnBytes)(sqlite3_stmt *, int) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    sqlite3 *(*dbHandle)(sqlite3_stmt *) = nullptr;
    const char *(*libversion)() = nullptr;

    // The API of the shared libsqlite3 already loaded into the process, or nullptr.
    static const SqliteApi *loaded();
};

namespace {

template<typename Function>
bool resolve(void *library, const char *name, Function &function)
{
#if defined(Q_OS_UNIX)
    function = reinterpret_cast<Function>(dlsym(library, name));
#else
    Q_UNUSED(library);
    Q_UNUSED(name);
    function = nullptr;
#endif
    return function != nullptr;
}

SqliteApi resolveApi(bool *found)
{
    SqliteApi api;
    *found = false;
#if defined(Q_OS_UNIX)
    // RTLD_NOLOAD: only the library that is in the process already, which is the one Qt's
    // driver uses when it is linked to the shared libsqlite3 (Debian's Qt is). A driver with
    // SQLite built in loads no such library, and the statements stay QSqlQuerys.
    void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return api;
    *found = resolve(library, "sqlite3_prepare_v2", api.prepare)
        && resolve(library, "sqlite3_step", api.step)
        && resolve(library, "sqlite3_reset", api.reset)
        && resolve(library, "sqlite3_clear_bindings", api.clearBindings)
        && resolve(library, "sqlite3_finalize", api.finalize)
        && resolve(library, "sqlite3_bind_int64", api.bindInt64)
        && resolve(library, "sqlite3_bind_double", api.bindDouble)
        && resolve(library, "sqlite3_bind_text", api.bindText)
        && resolve(library, "sqlite3_bind_blob", api.bindBlob)
        && resolve(library, "sqlite3_bind_null", api.bindNull)
        && resolve(library, "sqlite3_bind_parameter_count", api.bindParameterCount)
        && resolve(library, "sqlite3_column_type", api.columnType)
        && resolve(library, "sqlite3_column_int64", api.columnInt64)
        && resolve(library, "sqlite3_column_double", api.columnDouble)
        && resolve(library, "sqlite3_column_text", api.columnText)
        && resolve(library, "sqlite3_column_blob", api.columnBlob)
        && resolve(library, "sqlite3_column_bytes", api.columnBytes)
        && resolve(library, "sqlite3_errmsg", api.errmsg)
        && resolve(library, "sqlite3_db_handle", api.dbHandle)
        && resolve(library, "sqlite3_libversion", api.libversion);
    // The handle stays open: the library is Qt's driver's, loaded for the process's lifetime.
#endif
    return api;
}

// The connection's sqlite3 handle when SQLite's API can be used on it, else nullptr.
sqlite3 *directHandle(const QSqlDatabase &db, const SqliteApi **api)
{
    *api = nullptr;
    const QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    *api = SqliteApi::loaded();
    if (!*api)
        return nullptr;
    // The same library as the driver's: it reports the version the driver's SQL sees.
    static const bool sameLibrary = [&db, api] {
        QSqlQuery version(db);
        const bool same = version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
            && version.value(0).toString() == QString::fromLatin1((*api)->libversion());
        if (!same)
            qCWarning(lcServerStore) << "the loaded libsqlite3 is not the one Qt's driver uses;"
                                        " statements go through QSqlQuery";
        return same;
    }();
    if (!sameLibrary) {
        *api = nullptr;
        return nullptr;
    }
    return connection;
}

} // namespace

const SqliteApi *SqliteApi::loaded()
{
    static bool found = false;
    static const SqliteApi api = resolveApi(&found);
    return found ? &api : nullptr;
}

KeptQuery::KeptQuery(QSqlDatabase db, QString statement)
    : m_db(std::move(db))
    , m_statement(std::move(statement))
{ }

KeptQuery::~KeptQuery()
{
    if (m_stmt)
        m_api->finalize(m_stmt);
}

Result<std::shared_ptr<KeptQuery>> KeptQuery::prepare(const QSqlDatabase &db,
                                                      const QString &statement)
{
    std::shared_ptr<KeptQuery> kept(new KeptQuery(db, statement));
    if (sql::isPostgresql(db))
        return kept; // run through sql::run each time
    const SqliteApi *api = nullptr;
    if (sqlite3 *connection = directHandle(db, &api)) {
        const QByteArray text = statement.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare(connection, text.constData(), int(text.size()), &stmt, nullptr)
                != SqliteApi::kOk
            || !stmt) {
            const QString error = QString::fromUtf8(api->errmsg(connection));
            qCWarning(lcServerStore).noquote() << "cannot prepare" << statement << "—" << error;
            return sql::storageError(error);
        }
        kept->m_api = api;
        kept->m_stmt = stmt;
        return kept;
    }
    kept->m_query = std::make_unique<QSqlQuery>(db);
    kept->m_query->setForwardOnly(true);
    if (!kept->m_query->prepare(statement)) {
        qCWarning(lcServerStore).noquote()
            << "cannot prepare" << statement << "—" << kept->m_query->lastError().text();
        return sql::storageError(kept->m_query->lastError().text());
    }
    return kept;
}

Status KeptQuery::exec(const QVariantList &values)
{
    if (!m_stmt) {
        if (sql::isPostgresql(m_db)) {
            m_query = std::make_unique<QSqlQuery>(m_db);
            return sql::run(*m_query, m_statement, values);
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query->bindValue(int(i), values.at(i));
        if (!m_query->exec()) {
            const QString error = m_query->lastError().text();
            qCWarning(lcServerStore).noquote()
                << "query failed:" << m_statement << "with" << values << "—" << error;
            m_query->finish();
            return sql::storageError(error);
        }
        return ok();
    }

    m_api->reset(m_stmt);
    m_api->clearBindings(m_stmt);
    m_texts.clear();
    m_pendingRow = false;
    m_done = true;
    if (values.size() != m_api->bindParameterCount(m_stmt)) {
        qCWarning(lcServerStore).noquote()
            << "placeholders and values do not match:" << m_statement << values;
        return sql::storageError(QStringLiteral("placeholders and values do not match"));
    }
    // As Qt's driver binds them: null as NULL, whole numbers and booleans as integers, text
    // as UTF-8 text (the database's own encoding, so SQLite converts nothing).
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = int(i) + 1;
        int rc = SqliteApi::kOk;
        if (value.isNull()) {
            rc = m_api->bindNull(m_stmt, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::Char:
                rc = m_api->bindInt64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong:
                rc = m_api->bindInt64(m_stmt, index, qint64(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = m_api->bindDouble(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                m_texts.append(value.toByteArray());
                const QByteArray &bytes = m_texts.constLast();
                rc = m_api->bindBlob(m_stmt, index, bytes.constData(), int(bytes.size()), nullptr);
                break;
            }
            default: {
                m_texts.append(value.toString().toUtf8());
                const QByteArray &text = m_texts.constLast();
                rc = m_api->bindText(m_stmt, index, text.constData(), int(text.size()), nullptr);
                break;
            }
            }
        }
        if (rc != SqliteApi::kOk) {
            const QString error = QString::fromUtf8(m_api->errmsg(m_api->dbHandle(m_stmt)));
            qCWarning(lcServerStore).noquote()
                << "cannot bind" << value << "for" << m_statement << "—" << error;
            finish();
            return sql::storageError(error);
        }
    }
    const int rc = m_api->step(m_stmt);
    if (rc == SqliteApi::kRow) {
        m_pendingRow = true;
        m_done = false;
        return ok();
    }
    if (rc == SqliteApi::kDone)
        return ok();
    const QString error = QString::fromUtf8(m_api->errmsg(m_api->dbHandle(m_stmt)));
    qCWarning(lcServerStore).noquote()
        << "query failed:" << m_statement << "with" << values << "—" << error;
    finish();
    return sql::storageError(error);
}

bool KeptQuery::next()
{
    if (!m_stmt)
        return m_query->next();
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = m_api->step(m_stmt);
    if (rc == SqliteApi::kRow)
        return true;
    m_done = true;
    if (rc != SqliteApi::kDone) {
        qCWarning(lcServerStore).noquote()
            << "reading" << m_statement
            << "failed:" << QString::fromUtf8(m_api->errmsg(m_api->dbHandle(m_stmt)));
    }
    return false;
}

QVariant KeptQuery::value(int column) const
{
    if (!m_stmt)
        return m_query->value(column);
    switch (m_api->columnType(m_stmt, column)) {
    case SqliteApi::kInteger:
        return QVariant(m_api->columnInt64(m_stmt, column));
    case SqliteApi::kFloat:
        return QVariant(m_api->columnDouble(m_stmt, column));
    case SqliteApi::kText: {
        const auto *text = reinterpret_cast<const char *>(m_api->columnText(m_stmt, column));
        return QVariant(QString::fromUtf8(text, m_api->columnBytes(m_stmt, column)));
    }
    case SqliteApi::kBlob: {
        const auto *bytes = static_cast<const char *>(m_api->columnBlob(m_stmt, column));
        return QVariant(QByteArray(bytes, m_api->columnBytes(m_stmt, column)));
    }
    default:
        return QVariant();
    }
}

void KeptQuery::finish()
{
    if (!m_stmt) {
        if (m_query)
            m_query->finish();
        return;
    }
    m_api->reset(m_stmt);
    m_api->clearBindings(m_stmt); // before the texts they point at go
    m_texts.clear();
    m_pendingRow = false;
    m_done = true;
}

// --- ServerStore ----------------------------------------------------------------------------

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

Result<std::shared_ptr<KeptQuery>> ServerStore::runKept(const QString &statement,
                                                        const QVariantList &values) const
{
    // The same refusal as sql::run, which the kept statements bypass.
    if (std::any_of(values.begin(), values.end(), [](const QVariant &value) {
            return value.typeId() == QMetaType::QString && sql::hasNulCharacter(value.toString());
        })) {
        qCWarning(lcServerStore).noquote() << "refused text with a NUL character for:" << statement;
        return Error{QStringLiteral("nul_character"),
                     QStringLiteral("Text may not contain NUL characters.")};
    }
    std::shared_ptr<KeptQuery> query;
    if (m_url.isPostgresql()) {
        // Nothing to keep: sql::run sends the statement with its values in one round trip.
        Result<std::shared_ptr<KeptQuery>> prepared = KeptQuery::prepare(database(), statement);
        if (!prepared)
            return prepared.error();
        query = std::move(prepared).value();
    } else {
        const quint64 thread = threadSerial();
        {
            const QMutexLocker locker(&m_mutex);
            query = m_kept.value(thread).value(statement);
        }
        if (!query) {
            Result<std::shared_ptr<KeptQuery>> prepared = KeptQuery::prepare(database(), statement);
            if (!prepared)
                return prepared.error();
            query = std::move(prepared).value();
            const QMutexLocker locker(&m_mutex);
            m_kept[thread].insert(statement, query);
        }
    }
    if (Status s = query->exec(values); !s)
        return s.error();
    return query;
}

Status
ServerStore::runInChunks(const QString &statement, const QString &onePlaceholder, qsizetype count,
                         const QVariantList &leading,
                         const std::function<void(QVariantList &values, qsizetype item)> &bindItem,
                         const std::function<void(const KeptQuery &row)> &eachRow) const
{
    const qsizetype valuesPerItem = onePlaceholder.count(u'?');
    qsizetype done = 0;
    for (const qsizetype size : sql::chunkSizes(count, isPostgresql())) {
        QVariantList values = leading;
        values.reserve(leading.size() + size * valuesPerItem);
        for (qsizetype item = done; item < done + size; ++item)
            bindItem(values, item);
        done += size;
        const Result<std::shared_ptr<KeptQuery>> run
            = runKept(statement.arg(sql::placeholders(size, onePlaceholder)), values);
        if (!run)
            return run.error();
        KeptQuery &query = *run.value();
        if (eachRow) {
            while (query.next())
                eachRow(query);
        }
        query.finish(); // no kept statement holds a read snapshot
    }
    return ok();
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
    // Statement journals (a multi-row INSERT inside a transaction keeps one, to undo its own
    // rows should a later one fail) and temporary tables in memory: on disk each was a file
    // created and deleted in the temporary folder, for every statement of every push.
    sql::run(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
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
