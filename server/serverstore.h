#pragma once

#include "domain/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lectern {

// The server's SQLite database (DATA/lectern.sqlite): where it lives, one connection per
// thread, and the schema migrations.
//
// Logins and catalog pages run on a thread pool, and QSqlDatabase must not cross threads,
// so every thread gets its own connection, named after this instance and the thread and
// opened on first use. Connections are only removed when the store is destroyed: the pool
// that uses it must be gone by then (its threads keep their connections while they live).
class ServerStore final
{
public:
    explicit ServerStore(const QString &dataDirectory);
    ~ServerStore();
    Q_DISABLE_COPY_MOVE(ServerStore)

    // Creates the folder and the database when missing, switches it to WAL and applies the
    // schema files newer than the database. A database written by a newer server is refused
    // rather than touched.
    Status open();

    // The calling thread's connection, with foreign keys on and a busy timeout.
    QSqlDatabase database() const;

    QString databasePath() const { return m_path; }

    // The newest schema this build knows: the highest :/schema/server/NNN.sql.
    static int latestSchemaVersion();

private:
    Status migrate(const QSqlDatabase &db);

    QString m_directory;
    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace lectern
