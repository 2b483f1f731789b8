#include "importcommand.h"

#include "accountstore.h"
#include "clipinstaller.h"
#include "demousers.h"
#include "feedlocks.h"
#include "mediastore.h"
#include "passwordhasher.h"
#include "quizkeysalts.h"
#include "serverstore.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace lectern {
namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "lectern-server: %s\n", qPrintable(message));
}

void printProblems(const QList<ContentError> &errors, const QString &directory)
{
    for (const ContentError &error : errors)
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    printError(QStringLiteral("%1 problem(s) in %2; nothing was imported.")
                   .arg(errors.size())
                   .arg(directory));
}

QString summaryLine(const ImportSummary &summary)
{
    return QStringLiteral("Imported programme %1: %2 course(s) added, %3 changed, %4 removed, "
                          "%5 unchanged; programme %6.")
        .arg(summary.programmeId)
        .arg(summary.addedCourses.size())
        .arg(summary.changedCourses.size())
        .arg(summary.removedCourses.size())
        .arg(summary.unchangedCourses)
        .arg(summary.programmeChanged ? QStringLiteral("updated") : QStringLiteral("unchanged"));
}

QString mediaDirectoryOf(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("media"));
}

} // namespace

ImportCommand::ImportCommand(ServerOptions options)
    : m_options(std::move(options))
{ }

int ImportCommand::run()
{
    // Check everything before touching the store, so invalid content changes nothing.
    if (!loadContent() || !loadMedia())
        return 1;

    ServerStore store(m_options.dataDirectory, m_options.database);
    if (Status opened = store.open(); !opened) {
        printError(opened.error().message);
        return 1;
    }
    ClipInstaller installer(mediaDirectoryOf(m_options.dataDirectory));
    const Result<ImportSummary> summary = importAll(store, installer);
    if (!summary) {
        printError(summary.error().message + QStringLiteral(" Nothing was imported."));
        return 1;
    }
    installer.finish();

    std::fprintf(stdout, "%s\n", qPrintable(summaryLine(summary.value())));
    const bool withMedia = !m_options.mediaDirectory.isEmpty();
    if (withMedia || summary.value().lecturesWithMedia > 0) {
        std::fprintf(stdout, "Media: %d of %d lecture(s) have a clip; %d clip(s) copied.\n",
                     summary.value().lecturesWithMedia, summary.value().lectures,
                     int(installer.stagedClips().size()));
    }
    std::fflush(stdout);
    if (m_options.demoUsers)
        std::fprintf(stderr, "%s\n", qPrintable(DemoUsers::warning()));
    return publishMedia(store, installer) ? 0 : 1;
}

bool ImportCommand::loadContent()
{
    ProgrammeLoader::Outcome loaded = ProgrammeLoader::load(m_options.contentDirectory);
    if (!loaded.isOk()) {
        printProblems(loaded.errors, m_options.contentDirectory);
        return false;
    }
    m_content = std::move(loaded.content);
    return true;
}

bool ImportCommand::loadMedia()
{
    if (m_options.mediaDirectory.isEmpty())
        return true;
    m_media = MediaFolder::load(m_options.mediaDirectory, m_content);
    if (!m_media.isOk()) {
        printProblems(m_media.errors, m_options.mediaDirectory);
        return false;
    }
    return true;
}

// The content, the lectures' clips and the demo users in one transaction, and the clips'
// files moved into place before it commits: all of it or none of it.
Result<ImportSummary> ImportCommand::importAll(const ServerStore &store,
                                               ClipInstaller &installer) const
{
    const Result<QByteArray> quizSecret = QuizKeySalts::loadSecret(m_options.dataDirectory);
    if (!quizSecret)
        return quizSecret.error();
    const QuizKeySalts salts(quizSecret.value());
    const bool withMedia = !m_options.mediaDirectory.isEmpty();
    if (withMedia) {
        // Copying can take a while: do it before taking the database's write lock.
        if (Status staged = installer.stage(m_media); !staged)
            return staged.error();
    }
    SqlTransaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    // First, so that two imports into one PostgreSQL take turns (FeedLocks).
    if (Status locked = FeedLocks::lockCatalog(store.database()); !locked)
        return locked.error();
    const Result<QHash<QString, ClipManifest>> media = mediaOfLectures(store);
    if (!media)
        return media.error();
    Result<ImportSummary> summary = ContentImporter(store, salts).import(m_content, media.value());
    if (!summary)
        return summary;
    if (m_options.demoUsers) {
        const PasswordHasher hasher;
        const AccountStore accounts(store);
        if (Status created = DemoUsers(accounts, hasher).create(m_content.programme); !created)
            return created.error();
    }
    if (Status installed = installer.install(); !installed)
        return installed.error(); // the installer puts the old clips back
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

// With --media, the clips of the media folder; without, the clips the lectures already have,
// so importing changed content alone does not take the lectures' videos away.
Result<QHash<QString, ClipManifest>> ImportCommand::mediaOfLectures(const ServerStore &store) const
{
    if (!m_options.mediaDirectory.isEmpty())
        return m_media.manifestOfLecture();
    const Result<QHash<QString, ClipManifest>> stored = MediaStore(store).manifestOfEveryLecture();
    if (!stored)
        return stored;
    QHash<QString, ClipManifest> media;
    for (const Course &course : m_content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                const auto clip = stored.value().constFind(lecture.id);
                if (clip != stored.value().constEnd())
                    media.insert(lecture.id, *clip);
            }
        }
    }
    return media;
}

// The links nginx serves media through. They follow the committed store, so a failure here
// leaves the import in place and only needs another import to fix.
bool ImportCommand::publishMedia(const ServerStore &store, const ClipInstaller &installer) const
{
    if (m_options.mediaDirectory.isEmpty()
        && !QFileInfo::exists(mediaDirectoryOf(m_options.dataDirectory))) {
        return true;
    }
    const Result<QHash<QString, QString>> clips = MediaStore(store).clipOfEveryLecture();
    const Status published = clips ? installer.publish(clips.value()) : Status(clips.error());
    if (!published) {
        printError(QStringLiteral("The import is complete, but the media links for nginx in "
                                  "%1 could not be updated: %2 Import again to retry.")
                       .arg(mediaDirectoryOf(m_options.dataDirectory), published.error().message));
        return false;
    }
    return true;
}

} // namespace lectern
