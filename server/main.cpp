// lectern-server's composition root: parses the command line, opens the store and wires the
// services for the command that was asked for.

#include "accountstore.h"
#include "catalogfeed.h"
#include "contentimporter.h"
#include "demousers.h"
#include "httpapi.h"
#include "passwordhasher.h"
#include "servercli.h"
#include "serverlog.h"
#include "serverstore.h"
#include "signalwatcher.h"
#include "sqltransaction.h"
#include "tokenissuer.h"

#include "content/programmeloader.h"

#include <QCoreApplication>
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

QString summaryLine(const ImportSummary &summary)
{
    return QStringLiteral("Imported programme %1: %2 course(s) added, %3 changed, %4 removed, "
                          "%5 unchanged; programme %6.")
        .arg(summary.programmeId)
        .arg(summary.addedCourses.size())
        .arg(summary.changedCourses.size())
        .arg(summary.removedCourses.size())
        .arg(summary.unchangedCourses)
        .arg(summary.programmeChanged ? QStringLiteral("updated") : QStringLiteral("unchanged"));
}

// The content and the demo users in one transaction: all of it or none of it.
Result<ImportSummary> importAll(const ServerStore &store, const ContentImporter &importer,
                                const DemoUsers &demoUsers, const ProgrammeContent &content,
                                bool withDemoUsers)
{
    SqlTransaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<ImportSummary> summary = importer.import(content);
    if (!summary)
        return summary;
    if (withDemoUsers) {
        if (Status created = demoUsers.create(content.programme); !created)
            return created.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

int runImport(const ServerOptions &options)
{
    // Check everything before touching the store, so invalid content changes nothing.
    const ProgrammeLoader::Outcome loaded = ProgrammeLoader::load(options.contentDirectory);
    if (!loaded.isOk()) {
        for (const ContentError &error : loaded.errors)
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        printError(QStringLiteral("%1 problem(s) in %2; nothing was imported.")
                       .arg(loaded.errors.size())
                       .arg(options.contentDirectory));
        return 1;
    }

    ServerStore store(options.dataDirectory);
    if (Status opened = store.open(); !opened) {
        printError(opened.error().message);
        return 1;
    }
    const PasswordHasher hasher;
    const AccountStore accounts(store);
    const Result<ImportSummary> summary
        = importAll(store, ContentImporter(store), DemoUsers(accounts, hasher), loaded.content,
                    options.demoUsers);
    if (!summary) {
        printError(summary.error().message + QStringLiteral(" Nothing was imported."));
        return 1;
    }
    printLine(summaryLine(summary.value()));
    if (options.demoUsers)
        std::fprintf(stderr, "%s\n", qPrintable(DemoUsers::warning()));
    return 0;
}

int runServe(QCoreApplication &app, const ServerOptions &options)
{
    ServerStore store(options.dataDirectory);
    if (Status opened = store.open(); !opened) {
        printError(opened.error().message);
        return 1;
    }
    const PasswordHasher hasher;
    const AccountStore accounts(store);
    const TokenIssuer tokens(store);
    const CatalogFeed feed(store, accounts);
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

        HttpApi api({&accounts, &tokens, &feed, &hasher}, pool);
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
    if (sodium_init() < 0) {
        printError(QStringLiteral("libsodium failed to initialise."));
        return 1;
    }
    switch (options.value().command) {
    case ServerOptions::Command::Import:
        return runImport(options.value());
    case ServerOptions::Command::Serve:
        return runServe(app, options.value());
    }
    return 1;
}
