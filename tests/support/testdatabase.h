#pragma once

#include <QString>

namespace lectern::testing {

class PostgresProcess;

// Which database the server under test uses. By default SQLite in the server's data folder;
// with LECTERN_TEST_DATABASE=postgresql (the `_postgresql` copies of the server tests in
// tests/integration/CMakeLists.txt) a throwaway PostgreSQL, started once per test process on
// first use and stopped when the QCoreApplication goes, with a new empty database for every
// server. Anything but "postgresql" or empty in the variable fails the test rather than
// quietly testing SQLite.
class TestDatabase final
{
public:
    enum class Kind { Sqlite, Postgresql, Invalid };

    static Kind kind(); // from LECTERN_TEST_DATABASE

    // A new empty database on the shared PostgreSQL, started now if it is not running: its
    // postgresql:// URL, or empty with the reason in *error (no PostgreSQL installed, initdb
    // failed, …). Tests treat that as a failure, never as a skip.
    static QString createPostgresDatabase(QString *error = nullptr);

    // The shared PostgreSQL, started if needed; nullptr with the reason in *error.
    static PostgresProcess *postgres(QString *error = nullptr);
};

} // namespace lectern::testing
