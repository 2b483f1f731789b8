#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace lectern {

struct ServerOptions
{
    enum class Command { Import, Serve, GiftCheck };

    Command command = Command::Serve;
    QString contentDirectory; // import: the programme folder
    QString dataDirectory; // where lectern.sqlite lives
    QStringList giftFiles; // gift-check: the GIFT files to check
    bool demoUsers = false; // import: also create the demo accounts
    QString mediaDirectory; // import: the media folder (docs/media.md); empty without --media
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
};

// The command line of lectern-server. --help and --version print and exit the process, as
// QCommandLineParser does; anything else comes back parsed or as an Error to print with a
// hint to --help (exit code 2).
class ServerCli final
{
public:
    static constexpr int kUsageExitCode = 2;

    static Result<ServerOptions> parse(const QStringList &arguments);
};

} // namespace lectern
