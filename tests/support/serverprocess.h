#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace lectern::testing {

// A real lectern-server for a test: imports a programme into a temporary data folder, serves
// it on a free loopback port, and is stopped with SIGTERM when the test ends.
//
// The store is SQLite in the data folder unless a database URL is set, or the test runs with
// LECTERN_TEST_DATABASE=postgresql, in which case each ServerProcess gets a new database on a
// throwaway PostgreSQL (TestDatabase). If that PostgreSQL cannot start, importProgramme() and
// start() fail with the reason: a test meant for PostgreSQL never passes on SQLite instead.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    // The database both import and serve use (`--database URL`); empty for the default.
    // Two ServerProcess objects given one URL are two servers sharing one store.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    // The URL in use: the one set, the one made for LECTERN_TEST_DATABASE=postgresql on the
    // first import or start, or empty for SQLite in dataDir().
    QString databaseUrl() const { return m_databaseUrl; }
    bool usesPostgresql() const { return !m_databaseUrl.isEmpty(); }

    // Extra options for `serve` (--min-client-version, --trusted-proxy, …).
    void setServeArguments(const QStringList &arguments) { m_serveArguments = arguments; }
    // Keeps the server's stderr (its logs) for logs() instead of passing it through.
    void setCaptureLogs(bool capture) { m_captureLogs = capture; }
    // What the server wrote to stderr so far, with setCaptureLogs(true).
    QString logs();

    // Runs `lectern-server import DIR --data TMP --demo-users [--media MEDIA]`; false with
    // output on failure.
    bool importProgramme(const QString &programmeDir, QString *output = nullptr,
                         const QString &mediaDir = QString());
    // Starts serving; after stop() or kill() it may be called again on the same data folder.
    // port 0 lets the kernel pick; a fixed port brings a server back where clients expect it.
    bool start(quint16 port = 0);
    // SIGTERM, then waits; returns the exit code (or -1 if it had to be killed).
    int stop();
    // SIGTERM without waiting, for tests of what the server does while it shuts down.
    void terminate();
    // Waits up to timeoutMs for the process to end: its exit code, or -1 when it is still
    // running or crashed.
    int waitForExit(int timeoutMs);
    bool isRunning() const;
    // SIGKILL, as a crash or a power cut would end it: nothing is finished, nothing flushed.
    void kill();

    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir.path(); }

private:
    // Makes the PostgreSQL database when the environment asks for one; false with the reason.
    bool prepareDatabase(QString *reason);
    QStringList databaseArguments() const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_databaseUrl;
    QStringList m_serveArguments;
    bool m_captureLogs = false;
    QByteArray m_logs;
};

} // namespace lectern::testing
