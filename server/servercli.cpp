#include "servercli.h"

#include <QCommandLineParser>

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
    "  import DIR --data DATA [--demo-users] [--media MEDIA]\n"
    "      Check the programme folder DIR (see docs/content-format.md) and load it into\n"
    "      the store in DATA (DATA/lectern.sqlite). Nothing is written unless the whole\n"
    "      folder is valid; every problem is printed as file:line: reason and the exit\n"
    "      code is 1. Importing again updates what changed; courses that disappeared\n"
    "      are removed from clients.\n"
    "      With --media, every lecture also gets its video from the media folder MEDIA\n"
    "      (see docs/media.md): clips are checked, copied into DATA/media (only those\n"
    "      whose manifest changed) and each lecture takes its duration from its clip.\n"
    "      Without --media, lectures keep the clips an earlier import gave them.\n"
    "  serve --data DATA --port N [--bind ADDRESS]\n"
    "      Serve the API over HTTP until SIGTERM or SIGINT. Put a TLS proxy (nginx) in\n"
    "      front of it for anything but local use. Media URLs are signed with the secret\n"
    "      in LECTERN_MEDIA_SECRET or DATA/media-secret (made on first start, mode 0600).\n"
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
    "Exit codes: 0 success, 1 failure (invalid content or quiz files, database, network),\n"
    "2 usage.");

} // namespace

Result<ServerOptions> ServerCli::parse(const QStringList &arguments)
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
        QStringLiteral("The server's data folder; created if missing (import, serve)."),
        QStringLiteral("DATA"));
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
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    parser.addOptions({data, demoUsers, media, port, bind});

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
        for (const QCommandLineOption &option : {data, demoUsers, media, port, bind}) {
            if (parser.isSet(option))
                return usage(QStringLiteral("gift-check takes only GIFT files, no options."));
        }
        options.command = ServerOptions::Command::GiftCheck;
        options.giftFiles = positional.mid(1);
        return options;
    }

    options.dataDirectory = parser.value(data);
    if (options.dataDirectory.isEmpty())
        return usage(QStringLiteral("--data DATA is required."));

    if (command == u"import") {
        if (positional.size() != 2)
            return usage(QStringLiteral("import takes exactly one programme folder."));
        if (parser.isSet(port) || parser.isSet(bind))
            return usage(QStringLiteral("--port and --bind belong to serve, not import."));
        options.command = ServerOptions::Command::Import;
        options.contentDirectory = positional.at(1);
        options.demoUsers = parser.isSet(demoUsers);
        options.mediaDirectory = parser.value(media);
        if (parser.isSet(media) && options.mediaDirectory.isEmpty())
            return usage(QStringLiteral("--media needs a folder."));
        return options;
    }
    if (command == u"serve") {
        if (positional.size() != 1)
            return usage(QStringLiteral("serve takes no folder; use --data."));
        if (parser.isSet(demoUsers) || parser.isSet(media))
            return usage(QStringLiteral("--demo-users and --media belong to import, not serve."));
        if (!parser.isSet(port))
            return usage(QStringLiteral("--port N is required (0 picks a free port)."));
        bool ok = false;
        const uint number = parser.value(port).toUInt(&ok);
        if (!ok || number > 65535)
            return usage(QStringLiteral("--port must be a number from 0 to 65535."));
        options.port = quint16(number);
        if (!options.bindAddress.setAddress(parser.value(bind)))
            return usage(QStringLiteral("--bind must be an IP address, not \"%1\".")
                             .arg(parser.value(bind)));
        options.command = ServerOptions::Command::Serve;
        return options;
    }
    return usage(
        QStringLiteral("Unknown command \"%1\": use import, serve or gift-check.").arg(command));
}

} // namespace lectern
