#include "servecommand.h"

#include "accountstore.h"
#include "catalogfeed.h"
#include "clipinstaller.h"
#include "httpapi.h"
#include "loginthrottle.h"
#include "logwriter.h"
#include "mediasigner.h"
#include "mediastore.h"
#include "passwordhasher.h"
#include "progresspages.h"
#include "progressstore.h"
#include "pushapplier.h"
#include "pushthrottle.h"
#include "quizstore.h"
#include "rosterreport.h"
#include "serverlog.h"
#include "servermetrics.h"
#include "serverstore.h"
#include "signalwatcher.h"
#include "tokenissuer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace lectern {
namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "lectern-server: %s\n", qPrintable(message));
}

void printLine(const QString &message)
{
    std::fprintf(stdout, "%s\n", qPrintable(message));
    std::fflush(stdout);
}

// Waits, on the event loop, for the answers in flight after the listeners closed: done when
// no request is being answered and no answer is left in a socket buffer, twice in a row 20 ms
// apart (a finished answer is written by a queued call, so one idle look may come just before
// it), or when the deadline passes.
class Drain final : public QObject
{
public:
    Drain(HttpApi &api, int seconds, QCoreApplication &app)
        : m_api(api)
        , m_deadline(std::chrono::seconds(seconds))
        , m_app(app)
    {
        connect(&m_timer, &QTimer::timeout, this, &Drain::check);
        m_timer.start(20);
        check();
    }

    void stopNow()
    {
        qCWarning(lcServer) << "second signal: stopping without waiting for"
                            << m_api.requestsInFlight() << "request(s) in flight";
        m_app.quit();
    }

private:
    void check()
    {
        const bool idle = m_api.requestsInFlight() == 0 && !m_api.hasUnsentAnswers();
        m_idleChecks = idle ? m_idleChecks + 1 : 0;
        if (m_idleChecks >= 2) {
            m_timer.stop();
            m_app.quit();
        } else if (m_deadline.hasExpired()) {
            m_timer.stop();
            qCWarning(lcServer) << "shutdown timeout: stopping with" << m_api.requestsInFlight()
                                << "request(s) still in flight";
            m_app.quit();
        }
    }

    HttpApi &m_api;
    QDeadlineTimer m_deadline;
    QCoreApplication &m_app;
    QTimer m_timer;
    int m_idleChecks = 0;
};

} // namespace

ServeCommand::ServeCommand(QCoreApplication &app, ServerOptions options)
    : m_app(app)
    , m_options(std::move(options))
{ }

int ServeCommand::run()
{
    ServerMetrics metrics;
    LogWriter::install(m_options.logFormat == ServerOptions::LogFormat::Json
                           ? LogWriter::Format::Json
                           : LogWriter::Format::Logfmt,
                       &metrics);
    // Messages logged after this function (Qt's own, at exit) must not count into metrics.
    const struct Detach
    {
        ~Detach() { LogWriter::detachMetrics(); }
    } detach;

    ServerStore store(m_options.dataDirectory, m_options.database);
    if (Status opened = store.open(); !opened) {
        printError(opened.error().message);
        return 1;
    }
    qCInfo(lcServer).noquote() << "store:" << store.location();
    const Result<QByteArray> secret = MediaSigner::loadSecret(m_options.dataDirectory);
    if (!secret) {
        printError(secret.error().message);
        return 1;
    }
    const PasswordHasher hasher;
    const AccountStore accounts(store);
    const TokenIssuer tokens(store);
    const CatalogFeed feed(store, accounts);
    const MediaStore media(store);
    const MediaSigner signer(secret.value());
    const QuizStore quizzes(store);
    const ProgressStore progress(store);
    const PushApplier pusher(store, accounts, feed, quizzes, progress);
    const ProgressPages progressPages(progress, quizzes);
    const LoginThrottle throttle(store);
    const PushThrottle pushThrottle(store, m_options.pushesPerMinute);
    const RosterReport roster(store);
    if (const Result<int> stale = quizzes.quizzesNeedingImport(); stale && stale.value() > 0) {
        qCWarning(lcServer).noquote()
            << stale.value()
            << "quiz(zes) were imported by an older lectern-server and cannot be served or "
               "graded until the content is imported again";
    }
    {
        // Threads that never expire keep their database connections for the whole run.
        // Each login holds 64 MiB while it hashes, which bounds the pool's size.
        QThreadPool pool;
        pool.setExpiryTimeout(-1);
        pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads
                                                     : qBound(2, QThread::idealThreadCount(), 8));

        HttpApi api(
            {&accounts, &tokens, &feed, &hasher, &media, &signer,
             ClipInstaller::clipsFolder(
                 QDir(m_options.dataDirectory).filePath(QStringLiteral("media"))),
             &quizzes, &pusher, &progressPages, &throttle, &metrics, &pushThrottle, &roster},
            {m_options.metricsToken, m_options.trustedProxies, m_options.minimumClientVersion},
            pool);

        // Watch for SIGTERM before announcing the port: whoever waits for that line may
        // send it at once.
        std::unique_ptr<Drain> drain;
        SignalWatcher watcher({SIGTERM, SIGINT});
        QObject::connect(&watcher, &SignalWatcher::signalReceived, &m_app, [&](int number) {
            if (drain) {
                drain->stopNow();
                return;
            }
            qCInfo(lcServer).noquote()
                << "received signal" << number << "- no new connections; waiting up to"
                << m_options.shutdownSeconds << "s for" << api.requestsInFlight()
                << "request(s) in flight";
            api.stopListening();
            drain = std::make_unique<Drain>(api, m_options.shutdownSeconds, m_app);
        });

        const quint16 port = api.listen(m_options.bindAddress, m_options.port);
        if (port == 0) {
            printError(QStringLiteral("cannot listen on %1 port %2.")
                           .arg(m_options.bindAddress.toString())
                           .arg(m_options.port));
            return 1;
        }
        const QString host = m_options.bindAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(m_options.bindAddress.toString())
            : m_options.bindAddress.toString();
        // Scripts and tests wait for this exact line to learn the port.
        printLine(QStringLiteral("lectern-server listening on http://%1:%2").arg(host).arg(port));

        m_app.exec();
        // Requests still running after a shutdown timeout finish before the API they report
        // to goes; leaving the scope then closes the connections.
        pool.waitForDone();
    }
    printLine(QStringLiteral("lectern-server stopped"));
    return 0;
}

} // namespace lectern
