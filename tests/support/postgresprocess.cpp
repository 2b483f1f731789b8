#include "postgresprocess.h"

#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace lectern::testing {
namespace {

// Debian installs server binaries under /usr/lib/postgresql/VERSION/bin, off the PATH.
QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(root.filePath(entry + QStringLiteral("/bin/initdb"))) && version > best) {
            best = version;
            bestDir = root.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return bestDir;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed when probe goes; a race is possible and reported
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresProcess::PostgresProcess()
    : m_binDir(findBinDir())
{ }

PostgresProcess::~PostgresProcess()
{
    stop();
}

bool PostgresProcess::run(const QString &program, const QStringList &arguments, QString *output,
                          int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program}
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), text);
        return false;
    }
    return true;
}

bool PostgresProcess::start()
{
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found under "
                                 "/usr/lib/postgresql (Debian package postgresql)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (runningAsRoot()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user) {
            m_error = QStringLiteral("running as root and there is no postgres user to run "
                                     "PostgreSQL as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("lectern"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             nullptr, 120000)) {
        return false;
    }
    // Two attempts: the free port we probed may be taken by someone else before we bind it.
    for (int attempt = 0; attempt < 2 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options
            = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                             "-c synchronous_commit=off -c full_page_writes=off "
                             "-c max_connections=200")
                  .arg(m_port)
                  .arg(m_dir.path());
        m_running
            = run(m_binDir + QStringLiteral("/pg_ctl"),
                  {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                   m_dir.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
                   QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                  nullptr, 90000);
    }
    return m_running;
}

void PostgresProcess::stop()
{
    if (!m_running)
        return;
    run(m_binDir + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

std::optional<QString> PostgresProcess::psql(const QString &database, const QString &sql)
{
    QString output;
    if (!m_running
        || !run(QStringLiteral("psql"),
                {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                 QString::number(m_port), QStringLiteral("-U"), QStringLiteral("lectern"),
                 QStringLiteral("-d"), database, QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"), QStringLiteral("-c"),
                 sql},
                &output)) {
        return std::nullopt;
    }
    return output.trimmed();
}

void PostgresProcess::startPsql(QProcess &process, const QString &database, const QString &sql)
{
    const QStringList arguments{QStringLiteral("-h"),
                                QStringLiteral("127.0.0.1"),
                                QStringLiteral("-p"),
                                QString::number(m_port),
                                QStringLiteral("-U"),
                                QStringLiteral("lectern"),
                                QStringLiteral("-d"),
                                database,
                                QStringLiteral("-q"),
                                QStringLiteral("-v"),
                                QStringLiteral("ON_ERROR_STOP=1"),
                                QStringLiteral("-c"),
                                sql};
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), QStringLiteral("psql")}
                          + arguments);
    } else {
        process.start(QStringLiteral("psql"), arguments);
    }
}

QString PostgresProcess::createDatabase(const QString &name)
{
    if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
        return QString();
    return QStringLiteral("postgresql://lectern@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

} // namespace lectern::testing
