#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace lectern::testing {

// A real lectern-server for a test: imports a programme into a temporary data folder, serves
// it on a free loopback port, and is stopped with SIGTERM when the test ends.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    // Runs `lectern-server import DIR --data TMP --demo-users [--media MEDIA]`; false with
    // output on failure.
    bool importProgramme(const QString &programmeDir, QString *output = nullptr,
                         const QString &mediaDir = QString());
    // Starts serving; after stop() or kill() it may be called again on the same data folder.
    // port 0 lets the kernel pick; a fixed port brings a server back where clients expect it.
    bool start(quint16 port = 0);
    // SIGTERM, then waits; returns the exit code (or -1 if it had to be killed).
    int stop();
    // SIGKILL, as a crash or a power cut would end it: nothing is finished, nothing flushed.
    void kill();

    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir.path(); }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

} // namespace lectern::testing
