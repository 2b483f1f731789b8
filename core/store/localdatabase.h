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
    };

    // A database written by a newer Lectern is refused, never migrated down or touched.
    // A file that is not a readable SQLite database is moved aside (kept for support) and
    // a fresh one created: the catalog it held comes back with the next sync.
    static Result<Opened> open(const QString &path, const QString &connectionName);

    static int schemaVersion(); // the newest version this build knows

private:
    static Status migrate(QSqlDatabase &database);
};

} // namespace lectern
