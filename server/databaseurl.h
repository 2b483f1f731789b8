#pragma once

#include "domain/result.h"

#include <QString>

namespace lectern {

// Where the server store lives: SQLite in DATA/lectern.sqlite (the default), or a PostgreSQL
// database named by a URL for several servers sharing one store (docs/operations.md):
//
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require&connect_timeout=10…]
//
// postgres:// is accepted too. Query items are passed to libpq as connection options, so
// sslmode, sslrootcert, connect_timeout, application_name and the like work as in psql. A
// password is better kept out of the URL (it shows in `ps`): leave it out and libpq reads
// PGPASSWORD or ~/.pgpass.
struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // libpq options as QPSQL takes them: "key=value;key=value"

    bool isPostgresql() const { return kind == Kind::Postgresql; }

    // The URL without the password, for logs and error messages.
    QString redacted() const;

    // An empty text is SQLite; anything else must be a postgresql:// URL.
    static Result<DatabaseUrl> parse(const QString &text);
};

} // namespace lectern
