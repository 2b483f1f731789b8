// lectern-server's composition root: parses the command line, opens the store and wires the
// services for the command that was asked for.

#include "accountstore.h"
#include "catalogfeed.h"
#include "clipinstaller.h"
#include "giftcheckcommand.h"
#include "httpapi.h"
#include "importcommand.h"
#include "mediasigner.h"
#include "mediastore.h"
#include "passwordhasher.h"
#include "progresspages.h"
#include "progressstore.h"
#include "pushapplier.h"
#include "quizstore.h"
#include "servercli.h"
#include "serverlog.h"
#include "serverstore.h"
#include "signalwatcher.h"
#include "tokenissuer.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QThreadPool>

#include <csignal>
#include <cstdio>

#include <sodium.h>

using namespace lectern;

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

int runServe(QCoreApplication &app, const ServerOptions &options)
{
    ServerStore store(options.dataDirectory, options.database);
    if (Status opened = store.open(); !opened) {
        printError(opened.error().message);
        return 1;
    }
    qCInfo(lcServer).noquote() << "store:" << store.location();
    const Result<QByteArray> secret = MediaSigner::loadSecret(options.dataDirectory);
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
        pool.setMaxThreadCount(qBound(2, QThread::idealThreadCount(), 8));

        // Watch for SIGTERM before announcing the port: whoever waits for that line may
        // send it at once.
        SignalWatcher watcher({SIGTERM, SIGINT});
        QObject::connect(&watcher, &SignalWatcher::signalReceived, &app, [&app](int number) {
            qCInfo(lcServer) << "received signal" << number << "- shutting down";
            app.quit();
        });

        HttpApi api({&accounts, &tokens, &feed, &hasher, &media, &signer,
                     ClipInstaller::clipsFolder(
                         QDir(options.dataDirectory).filePath(QStringLiteral("media"))),
                     &quizzes, &pusher, &progressPages},
                    pool);
        const quint16 port = api.listen(options.bindAddress, options.port);
        if (port == 0) {
            printError(QStringLiteral("cannot listen on %1 port %2.")
                           .arg(options.bindAddress.toString())
                           .arg(options.port));
            return 1;
        }
        const QString host = options.bindAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(options.bindAddress.toString())
            : options.bindAddress.toString();
        // Scripts and tests wait for this exact line to learn the port.
        printLine(QStringLiteral("lectern-server listening on http://%1:%2").arg(host).arg(port));

        app.exec();
        // Leaving this scope stops listening, then waits for the pool's running requests.
    }
    printLine(QStringLiteral("lectern-server stopped"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));

    const Result<ServerOptions> options = ServerCli::parse(QCoreApplication::arguments());
    if (!options) {
        printError(options.error().message);
        printError(QStringLiteral("Try lectern-server --help."));
        return ServerCli::kUsageExitCode;
    }
    // Checking quiz files needs neither the store nor libsodium.
    if (options.value().command == ServerOptions::Command::GiftCheck)
        return GiftCheckCommand(options.value().giftFiles).run();
    if (sodium_init() < 0) {
        printError(QStringLiteral("libsodium failed to initialise."));
        return 1;
    }
    switch (options.value().command) {
    case ServerOptions::Command::Import:
        return ImportCommand(options.value()).run();
    case ServerOptions::Command::Serve:
        return runServe(app, options.value());
    case ServerOptions::Command::GiftCheck:
        break; // handled above
    }
    return 1;
}
