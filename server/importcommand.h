#pragma once

#include "contentimporter.h"
#include "mediafolder.h"
#include "servercli.h"

#include <QHash>
#include <QStringList>

namespace lectern {

class ClipInstaller;
class ServerStore;

// `lectern-server import`: checks the programme folder and, with --media, the media folder,
// then writes the store, the demo users and the clips all or nothing. Prints problems to
// stderr and the summary to stdout; run() returns the exit code.
class ImportCommand final
{
public:
    explicit ImportCommand(ServerOptions options);

    int run();

private:
    bool loadContent();
    bool loadMedia();
    Result<ImportSummary> importAll(const ServerStore &store, ClipInstaller &installer) const;
    Result<QHash<QString, ClipManifest>> mediaOfLectures(const ServerStore &store) const;
    bool publishMedia(const ServerStore &store, const ClipInstaller &installer) const;

    ServerOptions m_options;
    ProgrammeContent m_content;
    MediaFolder::Outcome m_media;
};

} // namespace lectern
