#include "serverstore.h"

#include "serverlog.h"
#include "sqlexec.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace lectern {
namespace {

const QString kSchemaFolder = QStringLiteral(":/schema/server");

// Schema files by version, read from the resources compiled into the binary.
QMap<int, QString> schemaFiles()
{
    QMap<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{3})\\.sql$"));
    const QStringList entries = QDir(kSchemaFolder).entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), kSchemaFolder + u'/' + entry);
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

Result<int> userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (Status status = sql::run(query, QStringLiteral("PRAGMA user_version")); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
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

ServerStore::ServerStore(const QString &dataDirectory)
    : m_directory(dataDirectory)
    , m_path(QDir(dataDirectory).filePath(QStringLiteral("lectern.sqlite")))
    , m_connectionPrefix(QStringLiteral("lectern-server-%1").arg(++g_instances))
{ }

ServerStore::~ServerStore()
{
    // Every QSqlDatabase handle is out of scope by now, and the threads that opened them
    // are finished; dropping the names closes the files.
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase ServerStore::database() const
{
    const QString name = QStringLiteral("%1-thread-%2").arg(m_connectionPrefix).arg(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        const QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    db.setDatabaseName(m_path);
    // Waiting a while for the write lock beats failing a request because an import or a
    // login on another thread is writing at that moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcServerStore).noquote()
            << "cannot open" << m_path << "—" << db.lastError().text();
        return db;
    }
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL keeps readers and the one writer out of each other's way; NORMAL sync is safe
    // with WAL (a power cut may lose the last commit, never corrupt the file).
    sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

Status ServerStore::open()
{
    if (!QDir().mkpath(m_directory)) {
        return Error{QStringLiteral("data_folder"),
                     QStringLiteral("Cannot create the data folder %1.").arg(m_directory)};
    }
    const QSqlDatabase db = database();
    if (!db.isOpen()) {
        return Error{
            QStringLiteral("database_open"),
            QStringLiteral("Cannot open the database %1: %2").arg(m_path, db.lastError().text())};
    }
    if (Status status = sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL")); !status)
        return status;
    return migrate(db);
}

int ServerStore::latestSchemaVersion()
{
    const QMap<int, QString> files = schemaFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Status ServerStore::migrate(const QSqlDatabase &db)
{
    const QMap<int, QString> files = schemaFiles();
    const int latest = files.isEmpty() ? 0 : files.lastKey();

    SqlTransaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    // Read inside the write transaction: another process may have migrated meanwhile.
    const Result<int> current = userVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return Error{QStringLiteral("database_too_new"),
                     QStringLiteral("The database %1 has schema version %2, but this "
                                    "lectern-server only knows up to %3. Use a newer "
                                    "lectern-server; the database was left untouched.")
                         .arg(m_path)
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
        // PRAGMA takes no bound values; the number comes from our own file name.
        if (Status status = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
            !status) {
            return status;
        }
        qCInfo(lcServerStore).noquote() << "applied schema" << it.key() << "to" << m_path;
    }
    return transaction.commit();
}

} // namespace lectern
