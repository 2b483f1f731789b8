#pragma once

#include "domain/result.h"
#include "mediafolder.h"

#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lectern {

// Puts an import's clips into the server's media folder (DATA/media) without ever showing a
// half-copied clip: clips are copied into a staging folder inside DATA/media first (same file
// system, so moving them in is a rename), and the folders they replace are kept until the
// import's transaction has committed, so a failure puts everything back.
//
//   stage()    copy the clips whose manifest changed, checking every file's SHA-256
//   install()  rename them into DATA/media/clips (inside the import's transaction)
//   finish()   after the commit: drop the replaced folders
//   rollback() instead of finish(): put the replaced folders back (also done on destruction)
class ClipInstaller final
{
public:
    explicit ClipInstaller(const QString &mediaDirectory);
    ~ClipInstaller();
    Q_DISABLE_COPY_MOVE(ClipInstaller)

    Status stage(const MediaFolder::Outcome &source);
    QStringList stagedClips() const { return m_staged; }

    Status install();
    void finish();
    void rollback();

    // Makes DATA/media a media folder for the lectures in clipOfLecture (every lecture in the
    // store, not just one programme's): writes lectures.json and points
    // by-lecture/LECTURE at ../clips/CLIP with relative symlinks, each replaced atomically,
    // removing the links of lectures that are gone. The server itself never reads these; they
    // let nginx serve media by lecture id (packaging/nginx/lectern.conf).
    Status publish(const QHash<QString, QString> &clipOfLecture) const;

    static QString clipsFolder(const QString &mediaDirectory);

private:
    bool isInstalled(const QString &sourceFolder, const ClipManifest &manifest) const;
    Status stageClip(const QString &sourceFolder, const ClipManifest &manifest);

    QString m_mediaDirectory;
    std::unique_ptr<QTemporaryDir> m_staging;
    QStringList m_staged;
    QStringList m_installed; // clips moved in, in order
    QStringList m_replaced; // clips whose old folder waits in the staging folder
    bool m_finished = false;
};

} // namespace lectern
