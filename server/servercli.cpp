#include "servercli.h"

#include <QCommandLineParser>
#include <QFile>

namespace lectern {
namespace {

Error usage(const QString &message)
{
    return Error{QStringLiteral("usage"), message};
}

const QString kDescription = QStringLiteral(
    "The Lectern server: imports programme content, serves the Lectern API and checks quiz\n"
    "files.\n"
    "\n"
    "Commands:\n"
    "  import DIR --data DATA [--database URL] [--demo-users] [--media MEDIA]\n"
    "      Check the programme folder DIR (see docs/content-format.md) and load it into\n"
    "      the store (DATA/lectern.sqlite, or the PostgreSQL database of --database).\n"
    "      Nothing is written unless the whole folder is valid; every problem is printed\n"
    "      as file:line: reason and the exit code is 1. Importing again updates what\n"
    "      changed; courses that disappeared are removed from clients.\n"
    "      With --media, every lecture also gets its video from the media folder MEDIA\n"
    "      (see docs/media.md): clips are checked, copied into DATA/media (only those\n"
    "      whose manifest changed) and each lecture takes its duration from its clip.\n"
    "      Without --media, lectures keep the clips an earlier import gave them.\n"
    "  serve --data DATA --port N [--bind ADDRESS] [--database URL] [options below]\n"
    "      Serve the API over HTTP until SIGTERM or SIGINT, which stop accepting\n"
    "      connections and finish the requests in flight first (--shutdown-timeout).\n"
    "      Put a TLS proxy (nginx) in front of it for anything but local use. Media URLs\n"
    "      are signed with the secret in LECTERN_MEDIA_SECRET or DATA/media-secret (made\n"
    "      on first start, mode 0600). One line per request goes to stderr (--log-format).\n"
    "      GET /metrics answers in Prometheus text format to loopback clients that did\n"
    "      not come through a proxy, and to anyone sending the metrics token.\n"
    "  gift-check FILE...\n"
    "      Check GIFT quiz files before an upload, without importing anything or needing\n"
    "      --data. Prints JSON to stdout: {\"questions\": [...], \"errors\": [...]}.\n"
    "      Each question has file, line, name, category, type (multiple_choice,\n"
    "      multiple_answer, true_false, short_answer, missing_word, numerical, matching\n"
    "      or description), format (moodle, html, markdown, plain), text, text_after\n"
    "      (missing word), answers [{text, match (matching), weight (1 = full marks,\n"
    "      0.5 = half, -1 = minus full), feedback, value and tolerance or min and max\n"
    "      (numerical)}], true_false_answer, true_feedback and false_feedback (true/false)\n"
    "      and general_feedback. Each error has file, line, column and message; a file\n"
    "      that cannot be read has line 0. Errors are also printed to stderr as\n"
    "      file:line:column: reason. Exit code 1 if any file has an error.\n"
    "\n"
    "Environment: an option that is not given is read from its variable, if set:\n"
    "  LECTERN_DATA (--data), LECTERN_DATABASE (--database), LECTERN_PORT (--port),\n"
    "  LECTERN_BIND (--bind), LECTERN_THREADS (--threads), LECTERN_LOG_FORMAT\n"
    "  (--log-format), LECTERN_TRUSTED_PROXIES (--trusted-proxy, comma-separated),\n"
    "  LECTERN_MIN_CLIENT_VERSION (--min-client-version), LECTERN_SHUTDOWN_TIMEOUT\n"
    "  (--shutdown-timeout), LECTERN_PUSH_LIMIT (--push-limit), LECTERN_METRICS_TOKEN (the token "
    "itself; --metrics-token-file\n"
    "  keeps it out of the environment). Also LECTERN_MEDIA_SECRET (see serve), and\n"
    "  PGPASSWORD or ~/.pgpass for a PostgreSQL password left out of the URL.\n"
    "\n"
    "Exit codes: 0 success, 1 failure (invalid content or quiz files, database, network),\n"
    "2 usage.");

// The option's value, else its environment variable's; empty when neither is set.
class Settings
{
public:
    Settings(const QCommandLineParser &parser, const QProcessEnvironment &environment)
        : m_parser(parser)
        , m_environment(environment)
    { }

    bool isSet(const QCommandLineOption &option, const QString &variable) const
    {
        return m_parser.isSet(option) || !m_environment.value(variable).isEmpty();
    }

    QString value(const QCommandLineOption &option, const QString &variable) const
    {
        return m_parser.isSet(option) ? m_parser.value(option) : m_environment.value(variable);
    }

private:
    const QCommandLineParser &m_parser;
    const QProcessEnvironment &m_environment;
};

Result<int> wholeNumber(const QString &text, const QString &name, int low, int high)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < low || number > high)
        return usage(
            QStringLiteral("%1 must be a number from %2 to %3.").arg(name).arg(low).arg(high));
    return number;
}

Result<QList<QHostAddress>> addressList(const QString &text)
{
    QList<QHostAddress> addresses;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        QHostAddress address;
        if (!address.setAddress(part.trimmed()))
            return usage(QStringLiteral("--trusted-proxy must be IP addresses, not \"%1\".")
                             .arg(part.trimmed()));
        addresses.append(address);
    }
    return addresses;
}

Result<QString> metricsToken(const QString &file, const QString &fromEnvironment)
{
    QString token = fromEnvironment;
    if (!file.isEmpty()) {
        QFile tokenFile(file);
        if (!tokenFile.open(QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read the metrics token file %1.").arg(file));
        token = QString::fromUtf8(tokenFile.readAll()).trimmed();
    }
    // The token is compared with what scrapers send; a short one would be guessed.
    if (!token.isEmpty() && (token.size() < 16 || token.contains(u' ')))
        return usage(QStringLiteral("the metrics token must be at least 16 characters, "
                                    "without spaces."));
    return token;
}

} // namespace

Result<ServerOptions> ServerCli::parse(const QStringList &arguments,
                                       const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(kDescription);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("import, serve or gift-check (see above)."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("import: the programme folder to load. "
                                                "gift-check: the GIFT files to check."),
                                 QStringLiteral("[DIR | FILE...]"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("The server's data folder: secrets, media, and the SQLite database "
                       "unless --database names another; created if missing (import, serve)."),
        QStringLiteral("DATA"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("import, serve: a PostgreSQL database instead of DATA/lectern.sqlite, as "
                       "postgresql://USER@HOST:PORT/NAME[?sslmode=require]. Several servers "
                       "may share one."),
        QStringLiteral("URL"));
    const QCommandLineOption demoUsers(
        QStringLiteral("demo-users"),
        QStringLiteral("import: also create the demo accounts learner/learner-demo and "
                       "faculty/faculty-demo. Public passwords: demo machines only."));
    const QCommandLineOption media(
        QStringLiteral("media"),
        QStringLiteral("import: the media folder with lectures.json and clips/ to take the "
                       "lectures' videos from."),
        QStringLiteral("MEDIA"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("serve: the TCP port to listen on; 0 picks a free one and prints it."),
        QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("serve: the address to listen on "
                                                 "(default 127.0.0.1)."),
                                  QStringLiteral("ADDRESS"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("serve: request threads, each with its own database connection "
                       "(default: the number of cores, 2 to 8)."),
        QStringLiteral("N"));
    const QCommandLineOption logFormat(
        QStringLiteral("log-format"),
        QStringLiteral("serve: logfmt (default) or json, one line per request and per message."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption metricsTokenFile(
        QStringLiteral("metrics-token-file"),
        QStringLiteral("serve: a file holding a token (16+ characters) that lets a scraper "
                       "read /metrics from anywhere with \"Authorization: Bearer TOKEN\"."),
        QStringLiteral("FILE"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("serve: a proxy (nginx) whose X-Forwarded-For names the client for the "
                       "login rate limit and the logs; repeat or separate with commas."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption minClientVersion(
        QStringLiteral("min-client-version"),
        QStringLiteral("serve: clients sending an older X-Lectern-Client version get 426 "
                       "client_too_old."),
        QStringLiteral("VERSION"));
    const QCommandLineOption shutdownTimeout(
        QStringLiteral("shutdown-timeout"),
        QStringLiteral("serve: seconds SIGTERM waits for requests in flight (default 25)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption pushLimit(
        QStringLiteral("push-limit"),
        QStringLiteral("serve: pushes a user may send per minute before 429 too_many_pushes "
                       "(default 120; 0 turns the limit off)."),
        QStringLiteral("N"));
    const QList<QCommandLineOption> serveOnly{port,
                                              bind,
                                              threads,
                                              logFormat,
                                              metricsTokenFile,
                                              trustedProxy,
                                              minClientVersion,
                                              shutdownTimeout,
                                              pushLimit};
    parser.addOptions({data, database, demoUsers, media});
    parser.addOptions(serveOnly);

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("Name a command: import, serve or gift-check."));

    ServerOptions options;
    const QString command = positional.constFirst();
    if (command == u"gift-check") {
        if (positional.size() < 2)
            return usage(QStringLiteral("gift-check needs at least one GIFT file."));
        for (const QCommandLineOption &option :
             QList<QCommandLineOption>{data, database, demoUsers, media} + serveOnly) {
            if (parser.isSet(option))
                return usage(QStringLiteral("gift-check takes only GIFT files, no options."));
        }
        options.command = ServerOptions::Command::GiftCheck;
        options.giftFiles = positional.mid(1);
        return options;
    }

    const Settings settings(parser, environment);
    options.dataDirectory = settings.value(data, QStringLiteral("LECTERN_DATA"));
    if (options.dataDirectory.isEmpty())
        return usage(QStringLiteral("--data DATA is required (or LECTERN_DATA)."));
    const Result<DatabaseUrl> url
        = DatabaseUrl::parse(settings.value(database, QStringLiteral("LECTERN_DATABASE")));
    if (!url)
        return url.error();
    options.database = url.value();

    if (command == u"import") {
        if (positional.size() != 2)
            return usage(QStringLiteral("import takes exactly one programme folder."));
        for (const QCommandLineOption &option : serveOnly) {
            if (parser.isSet(option)) {
                return usage(QStringLiteral("--%1 belongs to serve, not import.")
                                 .arg(option.names().constFirst()));
            }
        }
        options.command = ServerOptions::Command::Import;
        options.contentDirectory = positional.at(1);
        options.demoUsers = parser.isSet(demoUsers);
        options.mediaDirectory = parser.value(media);
        if (parser.isSet(media) && options.mediaDirectory.isEmpty())
            return usage(QStringLiteral("--media needs a folder."));
        return options;
    }
    if (command != u"serve") {
        return usage(QStringLiteral("Unknown command \"%1\": use import, serve or gift-check.")
                         .arg(command));
    }

    if (positional.size() != 1)
        return usage(QStringLiteral("serve takes no folder; use --data."));
    if (parser.isSet(demoUsers) || parser.isSet(media))
        return usage(QStringLiteral("--demo-users and --media belong to import, not serve."));
    if (!settings.isSet(port, QStringLiteral("LECTERN_PORT")))
        return usage(QStringLiteral("--port N is required (0 picks a free port)."));
    const Result<int> portNumber = wholeNumber(settings.value(port, QStringLiteral("LECTERN_PORT")),
                                               QStringLiteral("--port"), 0, 65535);
    if (!portNumber)
        return portNumber.error();
    options.port = quint16(portNumber.value());
    const QString bindText = settings.isSet(bind, QStringLiteral("LECTERN_BIND"))
        ? settings.value(bind, QStringLiteral("LECTERN_BIND"))
        : QStringLiteral("127.0.0.1");
    if (!options.bindAddress.setAddress(bindText))
        return usage(QStringLiteral("--bind must be an IP address, not \"%1\".").arg(bindText));

    if (settings.isSet(threads, QStringLiteral("LECTERN_THREADS"))) {
        const Result<int> count
            = wholeNumber(settings.value(threads, QStringLiteral("LECTERN_THREADS")),
                          QStringLiteral("--threads"), 1, 64);
        if (!count)
            return count.error();
        options.threads = count.value();
    }
    const QString format = settings.value(logFormat, QStringLiteral("LECTERN_LOG_FORMAT"));
    if (format == u"json")
        options.logFormat = ServerOptions::LogFormat::Json;
    else if (!format.isEmpty() && format != u"logfmt")
        return usage(
            QStringLiteral("--log-format must be logfmt or json, not \"%1\".").arg(format));

    const Result<QString> token = metricsToken(
        parser.value(metricsTokenFile), environment.value(QStringLiteral("LECTERN_METRICS_TOKEN")));
    if (!token)
        return token.error();
    options.metricsToken = token.value();

    const Result<QList<QHostAddress>> proxies = addressList(
        parser.isSet(trustedProxy) ? parser.values(trustedProxy).join(u',')
                                   : environment.value(QStringLiteral("LECTERN_TRUSTED_PROXIES")));
    if (!proxies)
        return proxies.error();
    options.trustedProxies = proxies.value();

    const QString minimum
        = settings.value(minClientVersion, QStringLiteral("LECTERN_MIN_CLIENT_VERSION"));
    if (!minimum.isEmpty()) {
        qsizetype end = 0;
        options.minimumClientVersion = QVersionNumber::fromString(minimum, &end);
        if (options.minimumClientVersion.isNull() || end != minimum.size()) {
            return usage(QStringLiteral("--min-client-version must be a version like 1.2.0, "
                                        "not \"%1\".")
                             .arg(minimum));
        }
    }
    if (settings.isSet(shutdownTimeout, QStringLiteral("LECTERN_SHUTDOWN_TIMEOUT"))) {
        const Result<int> seconds = wholeNumber(
            settings.value(shutdownTimeout, QStringLiteral("LECTERN_SHUTDOWN_TIMEOUT")),
            QStringLiteral("--shutdown-timeout"), 0, 3600);
        if (!seconds)
            return seconds.error();
        options.shutdownSeconds = seconds.value();
    }
    if (settings.isSet(pushLimit, QStringLiteral("LECTERN_PUSH_LIMIT"))) {
        const Result<int> pushes
            = wholeNumber(settings.value(pushLimit, QStringLiteral("LECTERN_PUSH_LIMIT")),
                          QStringLiteral("--push-limit"), 0, 100000);
        if (!pushes)
            return pushes.error();
        options.pushesPerMinute = pushes.value();
    }
    options.command = ServerOptions::Command::Serve;
    return options;
}

} // namespace lectern
