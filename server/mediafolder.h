#pragma once

#include "clipmanifest.h"
#include "content/programmeloader.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lectern {

// A media folder (docs/media.md) read and checked for one programme: every lecture of the
// programme has a clip, every clip it uses has a valid manifest, and every file the manifest
// lists is in the clip folder with the size it states. Clips that no lecture of the programme
// uses are not looked at, so one folder can serve several programmes.
class MediaFolder final
{
public:
    static constexpr auto kLecturesFile = "lectures.json";

    struct Outcome
    {
        QString directory;
        QHash<QString, QString> clipOfLecture; // the programme's lecture ids → clip id
        QHash<QString, ClipManifest> clips; // clip id → its manifest
        QList<ContentError> errors; // file relative to the media folder
        bool isOk() const { return errors.isEmpty(); }

        // Lecture id → the manifest of its clip, for the importer.
        QHash<QString, ClipManifest> manifestOfLecture() const;
    };

    static Outcome load(const QString &directory, const ProgrammeContent &content);

    // "clips/CLIP", the clip's folder relative to a media folder.
    static QString clipFolder(const QString &clipId);

    // The file's canonical path when it is a regular file inside the folder (after symlinks
    // are resolved), or empty. folder must already be canonical.
    static QString fileInside(const QString &canonicalFolder, const QString &relativePath);
};

} // namespace lectern
