#include "localdatabase.h"

#include "domain/logging.h"
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSqlError>
#include <QSqlQuery>

namespace lectern {

namespace {

QString schemaPath(int version)
{
    return QStringLiteral(":/schema/client/%1.sql").arg(version, 3, 10, QLatin1Char('0'));
}

Error storeError(const QString &what, const QSqlError &sqlError)
{
    return Error{QStringLiteral("store_error"),
                 QStringLiteral("%1: %2").arg(what, sqlError.text())};
}

Result<int> userVersion(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storeError(QStringLiteral("Cannot read the database version"), query.lastError());
    return query.value(0).toInt();
}

// A file that SQLite cannot read as a database fails here, not at the first real query.
bool looksHealthy(QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()
        && query.value(0).toString() == u"ok";
}

Result<QSqlDatabase> openConnection(const QString &path, const QString &connectionName)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    database.setDatabaseName(path);
    if (!database.open())
        return storeError(QStringLiteral("Cannot open %1").arg(path), database.lastError());
    return database;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace

int LocalDatabase::schemaVersion()
{
    int version = 0;
    while (QFile::exists(schemaPath(version + 1)))
        ++version;
    return version;
}

Result<LocalDatabase::Opened> LocalDatabase::open(const QString &path,
                                                  const QString &connectionName)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    Opened opened;
    Result<QSqlDatabase> connection = openConnection(path, connectionName);
    if (!connection)
        return connection.error();
    opened.database = connection.value();

    if (!looksHealthy(opened.database)) {
        closeConnection(connectionName);
        opened.backupPath
            = QStringLiteral("%1.corrupt-%2")
                  .arg(path,
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        qCWarning(lcStore) << "database" << path << "is unreadable; moving it to"
                           << opened.backupPath;
        if (!QFile::rename(path, opened.backupPath)) {
            return Error{QStringLiteral("store_corrupt"),
                         QStringLiteral("The local database %1 is damaged and could not be moved "
                                        "aside.")
                             .arg(path)};
        }
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), opened.backupPath + QLatin1String(suffix));
        connection = openConnection(path, connectionName);
        if (!connection)
            return connection.error();
        opened.database = connection.value();
        opened.recovery = Recovery::RebuiltCorruptFile;
    }

    QSqlQuery pragma(opened.database);
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                  "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (!pragma.exec(QLatin1String(statement))) {
            const Error error = storeError(QLatin1String(statement), pragma.lastError());
            closeConnection(connectionName);
            return error;
        }
    }
    if (const Status migrated = migrate(opened.database); !migrated) {
        closeConnection(connectionName);
        return migrated.error();
    }
    return opened;
}

Status LocalDatabase::migrate(QSqlDatabase &database)
{
    const Result<int> current = userVersion(database);
    if (!current)
        return current.error();
    const int newest = schemaVersion();
    if (current.value() > newest) {
        return Error{QStringLiteral("store_too_new"),
                     QStringLiteral("This database was written by a newer version of Lectern "
                                    "(schema %1; this version knows up to %2). Update Lectern "
                                    "to open it.")
                         .arg(current.value())
                         .arg(newest)};
    }
    for (int version = current.value() + 1; version <= newest; ++version) {
        QFile file(schemaPath(version));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("store_error"),
                         QStringLiteral("Missing schema %1").arg(schemaPath(version))};
        const QString script = QString::fromUtf8(file.readAll());
        // One transaction per step: a failed migration leaves the previous version intact.
        if (!database.transaction())
            return storeError(QStringLiteral("Cannot begin migration"), database.lastError());
        QSqlQuery query(database);
        for (const QString &statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QString sql;
            for (const QString &line : statement.split(u'\n')) {
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    sql += line + u'\n';
            }
            if (sql.trimmed().isEmpty())
                continue;
            if (!query.exec(sql)) {
                const Error error = storeError(QStringLiteral("Migration %1 failed").arg(version),
                                               query.lastError());
                qCWarning(lcStore) << error.message << "in" << sql;
                database.rollback();
                return error;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            || !database.commit()) {
            database.rollback();
            return storeError(QStringLiteral("Cannot finish migration %1").arg(version),
                              query.lastError());
        }
        qCInfo(lcStore) << "migrated local database to schema" << version;
    }
    return ok();
}

} // namespace lectern
