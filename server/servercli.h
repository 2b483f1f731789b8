#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QHostAddress>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace lectern {

struct ServerOptions
{
    enum class Command { Import, Serve, GiftCheck };
    enum class LogFormat { Logfmt, Json };

    Command command = Command::Serve;
    QString contentDirectory; // import: the programme folder
    QString dataDirectory; // secrets, media, and lectern.sqlite unless databaseUrl says otherwise
    DatabaseUrl database; // SQLite in the data folder unless --database names PostgreSQL
    QStringList giftFiles; // gift-check: the GIFT files to check
    bool demoUsers = false; // import: also create the demo accounts
    QString mediaDirectory; // import: the media folder (docs/media.md); empty without --media
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;

    // serve: operations (docs/operations.md).
    int threads = 0; // request threads; 0 picks from the cores
    LogFormat logFormat = LogFormat::Logfmt;
    QString metricsToken; // empty: /metrics only from loopback
    QList<QHostAddress> trustedProxies; // whose X-Forwarded-For names the client
    QVersionNumber minimumClientVersion; // null: every client version is served
    int shutdownSeconds = 25; // how long SIGTERM waits; under systemd's TimeoutStopSec=30
    int pushesPerMinute = 120; // per user (PushThrottle); 0: no limit
};

// The command line of lectern-server, with environment variables standing in for options that
// are not given (LECTERN_DATA for --data, LECTERN_DATABASE for --database, …; a flag wins over
// its variable). --help and --version print and exit the process, as QCommandLineParser does;
// anything else comes back parsed or as an Error to print with a hint to --help (exit code 2).
class ServerCli final
{
public:
    static constexpr int kUsageExitCode = 2;

    static Result<ServerOptions> parse(const QStringList &arguments,
                                       const QProcessEnvironment &environment
                                       = QProcessEnvironment::systemEnvironment());
};

} // namespace lectern
