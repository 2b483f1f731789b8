#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace lectern::testing {

// A throwaway PostgreSQL for a test: initdb in a temporary folder, a postmaster listening only
// on 127.0.0.1 at a free port (and on a socket inside that folder), fsync off because the data
// dies with the test. Stopped and deleted by the destructor.
//
// PostgreSQL refuses to run as root; when the test runs as root (CI containers) every command
// runs as the `postgres` system user through runuser, and the folder is handed to that user.
class PostgresProcess final
{
public:
    PostgresProcess();
    ~PostgresProcess();
    Q_DISABLE_COPY_MOVE(PostgresProcess)

    // initdb + start; false with the reason in errorString() (missing binaries, a port race, …).
    bool start();
    void stop();

    // Creates an empty database and returns its URL for `lectern-server --database`:
    // postgresql://lectern@127.0.0.1:PORT/NAME. Empty on failure.
    QString createDatabase(const QString &name);
    // Runs SQL through psql on a database: its output (unaligned, tuples only), or nullopt
    // with the reason in errorString().
    std::optional<QString> psql(const QString &database, const QString &sql);
    // Starts psql on a database without waiting, for SQL that holds a lock while the test
    // goes on (BEGIN; LOCK …; SELECT pg_sleep(2); COMMIT). The caller waits for it.
    void startPsql(QProcess &process, const QString &database, const QString &sql);

    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr,
             int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace lectern::testing
