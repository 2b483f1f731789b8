#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace lectern {

struct SqliteApi;

// One statement ServerStore::runKept keeps for a connection, and the rows of its latest run,
// read like QSqlQuery's: next(), value(), and finish() once read, which resets it so that it
// holds no read snapshot.
//
// On SQLite it goes straight to SQLite's own API on the connection Qt opened (the driver's
// handle): QSqlQuery costs more than the statement itself there (each bound value is filed
// under a generated name, each run describes every column anew, and text goes through UTF-16
// both ways), and a push runs a few hundred of them. That needs the shared libsqlite3 that
// Qt's driver loaded; where there is none (a Qt with SQLite built in), and on PostgreSQL, it is
// a QSqlQuery.
class KeptQuery final
{
public:
    // Prepares statement on db: through SQLite's API when it can, else as a QSqlQuery
    // (prepared once on SQLite; run through sql::run, one round trip, on PostgreSQL).
    static Result<std::shared_ptr<KeptQuery>> prepare(const QSqlDatabase &db,
                                                      const QString &statement);
    ~KeptQuery();
    Q_DISABLE_COPY_MOVE(KeptQuery)

    // Binds values to the "?" placeholders in order and runs the statement up to its first row.
    Status exec(const QVariantList &values);
    bool next();
    // The current row's column: qint64, double, QString, QByteArray, or a null QVariant.
    QVariant value(int column) const;
    void finish();

private:
    KeptQuery(QSqlDatabase db, QString statement);

    QSqlDatabase m_db;
    QString m_statement;
    std::unique_ptr<QSqlQuery> m_query; // QSqlQuery's way
    const SqliteApi *m_api = nullptr; // SQLite's own
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_texts; // bound without a copy: kept until the statement is reset
    bool m_pendingRow = false; // exec() stepped onto a row that next() has not handed out
    bool m_done = true;
};

// The server's database: SQLite in DATA/lectern.sqlite by default, or PostgreSQL when a
// database URL is given (several server processes may share one). Where it lives, one
// connection per thread, and the schema migrations.
//
// Logins and catalog pages run on a thread pool, and QSqlDatabase must not cross threads,
// so every thread gets its own connection, named after this instance and the thread and
// opened on first use. Connections are only removed when the store is destroyed: the pool
// that uses it must be gone by then (its threads keep their connections while they live).
//
// The queries in server/ are written once for both databases (docs/operations.md lists the
// rules); only the schema files differ: :/schema/server/sqlite/NNN.sql and
// :/schema/server/postgresql/NNN.sql, the same versions for both.
class ServerStore final
{
public:
    explicit ServerStore(const QString &dataDirectory, const DatabaseUrl &url = {});
    ~ServerStore();
    Q_DISABLE_COPY_MOVE(ServerStore)

    // Creates the data folder (and for SQLite the database) when missing and applies the
    // schema files newer than the database, in one transaction; on PostgreSQL under an
    // advisory lock, so servers starting together migrate once. A database written by a
    // newer server is refused rather than touched.
    Status open();

    // The calling thread's connection. SQLite: foreign keys on, a busy timeout. PostgreSQL: a
    // connection that sat idle for a second is checked first, and one found lost (a restart of
    // the database) is opened again, never inside a transaction.
    QSqlDatabase database() const;

    // Runs statement with values ("?" placeholders) on the calling thread's connection, for
    // statements run over and over (a push's, the token check): on SQLite through a statement
    // compiled once per connection and kept (compiling one costs about as much as running it),
    // run through SQLite's own API where it can (KeptQuery); on PostgreSQL through sql::run
    // (one round trip). Refuses text with NUL characters as sql::run does. The caller reads
    // what it needs and then resets the query (KeptQuery::finish()), so that no kept statement
    // holds a read snapshot.
    Result<std::shared_ptr<KeptQuery>> runKept(const QString &statement,
                                               const QVariantList &values) const;
    // runKept() over `count` items in the chunks the database takes (sql::chunkSizes): the
    // statement's lowest %N marker becomes the chunk's copies of `onePlaceholder` ("?" for an
    // IN list, "(?, ?, ?)" for the rows of an INSERT); the values are `leading` and then what
    // bindItem(values, i) appends for each item i of the chunk; eachRow, when given, reads each
    // row returned. The first failure stops the run and is returned.
    Status runInChunks(const QString &statement, const QString &onePlaceholder, qsizetype count,
                       const QVariantList &leading,
                       const std::function<void(QVariantList &values, qsizetype item)> &bindItem,
                       const std::function<void(const KeptQuery &row)> &eachRow = {}) const;

    bool isPostgresql() const { return m_url.isPostgresql(); }
    // The database for people: the SQLite file's path or the URL without its password.
    QString location() const;

    // The newest schema this build knows: the highest NNN of the schema files.
    static int latestSchemaVersion();

private:
    Status migrate(const QSqlDatabase &db);
    bool openConnection(QSqlDatabase &db) const;
    void checkIdleConnection(QSqlDatabase &db) const;
    Result<int> schemaVersion(const QSqlDatabase &db) const;
    Status setSchemaVersion(const QSqlDatabase &db, int version) const;

    QString m_directory;
    QString m_path;
    DatabaseUrl m_url;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    // runKept()'s statements by thread (each thread has its own connection) and statement;
    // each query is only ever used by its thread. Dropped before the connections are.
    mutable QHash<quint64, QHash<QString, std::shared_ptr<KeptQuery>>> m_kept;
};

} // namespace lectern
