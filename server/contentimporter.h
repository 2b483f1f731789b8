#pragma once

#include "clipmanifest.h"
#include "content/programmeloader.h"
#include "domain/result.h"

#include <QHash>
#include <QStringList>

namespace lectern {

class QuizKeySalts;
class ServerStore;

// What an import changed, for the operator's summary line.
struct ImportSummary
{
    QString programmeId;
    bool programmeChanged = false;
    QStringList addedCourses;
    QStringList changedCourses;
    QStringList removedCourses; // now delete tombstones in the feed
    int unchangedCourses = 0;
    int lectures = 0;
    int lecturesWithMedia = 0;
};

// Writes checked programme content (ProgrammeLoader) into the server store: the programme,
// its courses with their quiz summaries, the quiz questions with their full key, a stable
// salt per question (QuizKeySalts) and the effective settings, and one change-feed row for
// every entity that differs from what the store held. Courses of the programme that the
// content no longer has are deleted and become tombstones.
//
// media gives lectures their clips (lecture id → the clip's manifest): such a lecture takes
// its duration and credits from the manifest, rounded to whole seconds, because coverage is
// counted against the real video, not the length the content file planned. Lectures not in
// media keep the duration of the content file and have no clip.
//
// It writes on the calling thread's connection and does not open a transaction itself: the
// caller wraps the import (and anything done with it, like demo users) in one, so a failure
// anywhere leaves the store as it was.
class ContentImporter final
{
public:
    ContentImporter(const ServerStore &store, const QuizKeySalts &salts);

    Result<ImportSummary> import(const ProgrammeContent &content,
                                 const QHash<QString, ClipManifest> &media = {}) const;

private:
    const ServerStore &m_store;
    const QuizKeySalts &m_salts;
};

} // namespace lectern
