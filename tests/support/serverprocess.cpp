#include "serverprocess.h"

#include "support/testdatabase.h"
#include "support/testpaths.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

namespace lectern::testing {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::prepareDatabase(QString *reason)
{
    if (!m_databaseUrl.isEmpty())
        return true;
    switch (TestDatabase::kind()) {
    case TestDatabase::Kind::Sqlite:
        return true;
    case TestDatabase::Kind::Invalid:
        *reason = QStringLiteral("LECTERN_TEST_DATABASE must be sqlite or postgresql, not \"%1\"")
                      .arg(qEnvironmentVariable("LECTERN_TEST_DATABASE"));
        return false;
    case TestDatabase::Kind::Postgresql:
        m_databaseUrl = TestDatabase::createPostgresDatabase(reason);
        return !m_databaseUrl.isEmpty();
    }
    return false;
}

QStringList ServerProcess::databaseArguments() const
{
    if (m_databaseUrl.isEmpty())
        return {};
    return {QStringLiteral("--database"), m_databaseUrl};
}

bool ServerProcess::importProgramme(const QString &programmeDir, QString *output,
                                    const QString &mediaDir)
{
    QString reason;
    if (!prepareDatabase(&reason)) {
        if (output)
            *output = reason;
        qWarning("%s", qPrintable(reason));
        return false;
    }
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("import"), programmeDir, QStringLiteral("--data"),
                          m_dataDir.path(), QStringLiteral("--demo-users")};
    arguments += databaseArguments();
    if (!mediaDir.isEmpty())
        arguments << QStringLiteral("--media") << mediaDir;
    import.start(serverBinary(), arguments);
    const bool finished = import.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(import.readAll());
    return finished && import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0;
}

bool ServerProcess::start(quint16 port)
{
    QString reason;
    if (!prepareDatabase(&reason)) {
        qWarning("lectern-server cannot start: %s", qPrintable(reason));
        return false;
    }
    m_process = std::make_unique<QProcess>();
    // If the test itself crashes (an ASan report aborts it), the server must not outlive it:
    // it holds the test's output pipes, and ctest would wait for them until its timeout.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->setProcessChannelMode(m_captureLogs ? QProcess::SeparateChannels
                                                   : QProcess::ForwardedErrorChannel);
    m_process->start(serverBinary(),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--data"),
                                 m_dataDir.path(), QStringLiteral("--port"), QString::number(port)}
                         + databaseArguments() + m_serveArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    // The server prints its real address once it listens; --port 0 lets the kernel pick.
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QDeadlineTimer deadline(20000);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime())))
            break;
        seen += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    qWarning("lectern-server did not start: %s %s", seen.constData(), qPrintable(logs()));
    return false;
}

QString ServerProcess::logs()
{
    if (m_process && m_captureLogs)
        m_logs += m_process->readAllStandardError();
    return QString::fromUtf8(m_logs);
}

int ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : 0;
    m_process->terminate(); // SIGTERM: the server finishes what it is doing and exits
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished();
        return -1;
    }
    logs();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->terminate();
}

int ServerProcess::waitForExit(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(timeoutMs))
        return -1;
    logs();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

} // namespace lectern::testing
