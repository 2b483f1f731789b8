#include "localdatabase.h"

#include "domain/logging.h"
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

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

// One unsent outbox row read back from a damaged file.
struct SalvagedEvent
{
    QString eventId;
    QString kind;
    QString payloadJson;
    QString createdAt;
};

bool isUsable(const SalvagedEvent &event)
{
    return !event.eventId.isEmpty() && !event.kind.isEmpty() && !event.payloadJson.isEmpty();
}

// Reads what it can of the outbox of a damaged file, opened read-only so the copy kept for
// support stays as it was found. A damaged page ends a scan early, so the rows after the last
// one read are then looked up one by one: each readable row is kept, each unreadable one
// skipped. Events the server refused are not salvaged: they will never be sent again.
QList<SalvagedEvent> salvageOutbox(const QString &path)
{
    const QString connectionName
        = QStringLiteral("lectern-salvage-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QList<SalvagedEvent> events;
    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database.open()) {
            QSqlQuery query(database);
            // Refused events carry refused_at from schema 4 on; older files have none.
            QString pending = QStringLiteral(" AND refused_at IS NULL");
            if (!query.exec(QStringLiteral("SELECT refused_at FROM outbox LIMIT 0")))
                pending.clear();
            const QString columns
                = QStringLiteral("SELECT id, event_id, kind, payload_json, created_at FROM outbox");
            QSet<QString> seen;
            qint64 lastId = 0;
            auto take = [&](const QSqlQuery &row) {
                const SalvagedEvent event{row.value(1).toString(), row.value(2).toString(),
                                          row.value(3).toString(), row.value(4).toString()};
                lastId = qMax(lastId, row.value(0).toLongLong());
                if (isUsable(event) && !seen.contains(event.eventId)) {
                    seen.insert(event.eventId);
                    events.append(event);
                }
            };
            if (query.exec(columns + QStringLiteral(" WHERE 1") + pending
                           + QStringLiteral(" ORDER BY id"))) {
                while (query.next())
                    take(query);
            }
            // The largest id the table's index still names, then each id after the last read.
            QSqlQuery probe(database);
            qint64 maxId = 0;
            if (probe.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"))
                && probe.next())
                maxId = probe.value(0).toLongLong();
            if (probe.exec(QStringLiteral("SELECT max(id) FROM outbox")) && probe.next())
                maxId = qMax(maxId, probe.value(0).toLongLong());
            constexpr qint64 kMaxProbes = 200000; // a bound on a wild sqlite_sequence value
            const qint64 until = qMin(maxId, lastId + kMaxProbes);
            probe.prepare(columns + QStringLiteral(" WHERE id = ?") + pending);
            for (qint64 id = lastId + 1; id <= until; ++id) {
                probe.addBindValue(id);
                if (probe.exec() && probe.next())
                    take(probe);
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return events;
}

Status restoreOutbox(QSqlDatabase &database, const QList<SalvagedEvent> &events)
{
    if (!database.transaction())
        return storeError(QStringLiteral("Cannot restore the outbox"), database.lastError());
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox(event_id, kind, payload_json, "
                                 "created_at) VALUES (?, ?, ?, ?)"));
    for (const SalvagedEvent &event : events) {
        query.addBindValue(event.eventId);
        query.addBindValue(event.kind);
        query.addBindValue(event.payloadJson);
        query.addBindValue(event.createdAt.isEmpty()
                               ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                               : event.createdAt);
        if (!query.exec()) {
            const Error error
                = storeError(QStringLiteral("Cannot restore the outbox"), query.lastError());
            database.rollback();
            return error;
        }
    }
    if (!database.commit())
        return storeError(QStringLiteral("Cannot restore the outbox"), database.lastError());
    return ok();
}

Status applyPragmas(QSqlDatabase &database)
{
    QSqlQuery pragma(database);
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                  "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return storeError(QLatin1String(statement), pragma.lastError());
    }
    return ok();
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
        return rebuild(path, connectionName);
    }
    if (const Status set = applyPragmas(opened.database); !set) {
        closeConnection(connectionName);
        return rebuild(path, connectionName);
    }
    if (const Status migrated = migrate(opened.database); !migrated) {
        closeConnection(connectionName);
        // A newer Lectern's file is not damaged: it is left alone for that version.
        if (migrated.error().code == u"store_too_new")
            return migrated.error();
        qCWarning(lcStore) << "database" << path
                           << "cannot be migrated:" << migrated.error().message;
        return rebuild(path, connectionName);
    }
    return opened;
}

Result<LocalDatabase::Opened> LocalDatabase::rebuild(const QString &path,
                                                     const QString &connectionName)
{
    Opened opened;
    opened.recovery = Recovery::RebuiltCorruptFile;
    opened.backupPath
        = QStringLiteral("%1.corrupt-%2")
              .arg(path,
                   QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    qCWarning(lcStore) << "database" << path << "is unreadable; moving it to" << opened.backupPath;
    if (!QFile::rename(path, opened.backupPath)) {
        return Error{QStringLiteral("store_corrupt"),
                     QStringLiteral("The local database %1 is damaged and could not be moved "
                                    "aside.")
                         .arg(path)};
    }
    // The write-ahead log holds the latest commits: it goes with the file it belongs to, so
    // the salvage reads them and the fresh database does not replay them.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1String(suffix), opened.backupPath + QLatin1String(suffix));
    const QList<SalvagedEvent> salvaged = salvageOutbox(opened.backupPath);

    Result<QSqlDatabase> connection = openConnection(path, connectionName);
    if (!connection)
        return connection.error();
    opened.database = connection.value();
    Status ready = applyPragmas(opened.database);
    if (ready)
        ready = migrate(opened.database);
    if (ready)
        ready = restoreOutbox(opened.database, salvaged);
    if (!ready) {
        closeConnection(connectionName);
        return ready.error();
    }
    opened.salvagedEvents = int(salvaged.size());
    qCWarning(lcStore) << "rebuilt" << path << "with" << opened.salvagedEvents
                       << "unsent event(s) salvaged from" << opened.backupPath;
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
