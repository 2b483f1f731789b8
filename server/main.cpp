// lectern-server's entry point: parses the command line and runs the command asked for; each
// command (ImportCommand, ServeCommand, GiftCheckCommand) builds what it needs.

#include "giftcheckcommand.h"
#include "importcommand.h"
#include "servecommand.h"
#include "servercli.h"

#include <QCoreApplication>

#include <cstdio>

#include <sodium.h>

using namespace lectern;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "lectern-server: %s\n", qPrintable(message));
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
        return ServeCommand(app, options.value()).run();
    case ServerOptions::Command::GiftCheck:
        break; // handled above
    }
    return 1;
}
