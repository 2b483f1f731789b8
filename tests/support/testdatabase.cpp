#include "testdatabase.h"

#include "postgresprocess.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <memory>

#include <unistd.h>

namespace lectern::testing {
namespace {

QMutex g_mutex;
std::unique_ptr<PostgresProcess> g_postgres;
QString g_startError;
std::atomic<int> g_databases{0};

void stopPostgres()
{
    const QMutexLocker locker(&g_mutex);
    g_postgres.reset();
}

} // namespace

TestDatabase::Kind TestDatabase::kind()
{
    const QString value = qEnvironmentVariable("LECTERN_TEST_DATABASE");
    if (value.isEmpty() || value == u"sqlite")
        return Kind::Sqlite;
    if (value == u"postgresql")
        return Kind::Postgresql;
    return Kind::Invalid;
}

PostgresProcess *TestDatabase::postgres(QString *error)
{
    const QMutexLocker locker(&g_mutex);
    if (!g_postgres && g_startError.isEmpty()) {
        auto postgres = std::make_unique<PostgresProcess>();
        if (postgres->start()) {
            g_postgres = std::move(postgres);
            // Stopped while the application still exists: QProcess needs it to run pg_ctl.
            qAddPostRoutine(stopPostgres);
        } else {
            g_startError
                = QStringLiteral("PostgreSQL did not start: %1").arg(postgres->errorString());
        }
    }
    if (!g_postgres && error)
        *error = g_startError;
    return g_postgres.get();
}

QString TestDatabase::createPostgresDatabase(QString *error)
{
    PostgresProcess *server = postgres(error);
    if (!server)
        return QString();
    const QString name = QStringLiteral("lectern_%1_%2").arg(::getpid()).arg(++g_databases);
    const QString url = server->createDatabase(name);
    if (url.isEmpty() && error)
        *error = QStringLiteral("cannot create database %1: %2").arg(name, server->errorString());
    return url;
}

} // namespace lectern::testing
