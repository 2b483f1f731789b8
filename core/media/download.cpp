#include "download.h"

#include <algorithm>

namespace lectern {

QString downloadStateName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued:
        return QStringLiteral("queued");
    case DownloadState::Active:
        return QStringLiteral("active");
    case DownloadState::Paused:
        return QStringLiteral("paused");
    case DownloadState::Done:
        return QStringLiteral("done");
    case DownloadState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

std::optional<DownloadState> downloadStateFromName(const QString &name)
{
    for (DownloadState state : {DownloadState::Queued, DownloadState::Active, DownloadState::Paused,
                                DownloadState::Done, DownloadState::Failed}) {
        if (downloadStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

qint64 DownloadRecord::filesDoneBytes() const
{
    qint64 done = 0;
    for (const DownloadFile &file : files)
        done += file.verified ? file.size : std::min(file.doneBytes, file.size);
    return done;
}

} // namespace lectern
