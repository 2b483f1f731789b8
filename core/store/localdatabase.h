#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lectern {

// Opens the client's SQLite file: WAL, foreign keys, schema migrations from
// :/schema/client/NNN.sql tracked with PRAGMA user_version. Used on the store thread only.
class LocalDatabase final
{
public:
    enum class Recovery { None, RebuiltCorruptFile };

    struct Opened
    {
        QSqlDatabase database;
        Recovery recovery = Recovery::None;
        QString backupPath; // where the unreadable file was moved, when it was rebuilt
        int salvagedEvents = 0; // unsent outbox events read back from it into the new file
    };

    // A database written by a newer Lectern is refused, never migrated down or touched.
    // A file that is not a readable SQLite database, fails PRAGMA quick_check or cannot be
    // migrated is moved aside to PATH.corrupt-TIMESTAMP (never deleted: kept for support), the
    // unsent outbox events that can still be read from it are copied into a fresh database,
    // and the catalog and progress come back with the next sync (docs/protocol.md).
    static Result<Opened> open(const QString &path, const QString &connectionName);

    static int schemaVersion(); // the newest version this build knows

private:
    static Status migrate(QSqlDatabase &database);
    // Moves the damaged file (and its -wal, -shm) aside and reads what it can of its outbox.
    static Result<Opened> rebuild(const QString &path, const QString &connectionName);
};

} // namespace lectern
