#include "serverprocess.h"

#include "support/testpaths.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace lectern::testing {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::importProgramme(const QString &programmeDir, QString *output,
                                    const QString &mediaDir)
{
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("import"), programmeDir, QStringLiteral("--data"),
                          m_dataDir.path(), QStringLiteral("--demo-users")};
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
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(serverBinary(),
                     {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir.path(),
                      QStringLiteral("--port"), QString::number(port)});
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
    qWarning("lectern-server did not start: %s", seen.constData());
    return false;
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
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

} // namespace lectern::testing
