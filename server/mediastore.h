#pragma once

#include "clipmanifest.h"
#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lectern {

class ServerStore;

struct LectureClip
{
    QString lectureId;
    QString courseCode;
    QString clipId; // empty: the lecture has no video yet
    QJsonObject manifest; // the clip's manifest as imported; empty without a clip
};

// Reads which clip plays each lecture (tables lectures and media_clips, written by
// ContentImporter). Every call uses the calling thread's connection, so the same object
// serves the import command and the request threads.
class MediaStore final
{
public:
    explicit MediaStore(const ServerStore &store);

    // The lecture and its clip; nullopt when no imported course has this lecture.
    Result<std::optional<LectureClip>> lecture(const QString &lectureId) const;

    // Lecture id → clip id, for every lecture in the store that has a clip.
    Result<QHash<QString, QString>> clipOfEveryLecture() const;

    // Lecture id → its clip's manifest, for every lecture in the store that has a clip.
    Result<QHash<QString, ClipManifest>> manifestOfEveryLecture() const;

private:
    const ServerStore &m_store;
};

} // namespace lectern
