#include "contentimporter.h"

#include "changelog.h"
#include "progresschanges.h"
#include "quizkeysalts.h"
#include "serverstore.h"
#include "sqlexec.h"
#include "sync/catalogcodec.h"
#include "sync/quizcodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace lectern {
namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A quiz's version (docs/protocol.md): changes whenever anything a client stores of the quiz
// does. QJsonObject keeps its keys sorted, so equal content always gives equal bytes.
QString quizVersion(const QJsonObject &settings, const QJsonArray &questions)
{
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("settings"), settings},
                                                       {QStringLiteral("questions"), questions}})
                                 .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).left(16).toHex());
}

// Runs the import on one connection; a class so the steps can share it and the summary.
class Import
{
public:
    Import(QSqlDatabase db, const ProgrammeContent &content,
           const QHash<QString, ClipManifest> &media, const QuizKeySalts &salts)
        : m_db(std::move(db))
        , m_content(content)
        , m_media(media)
        , m_salts(salts)
    { }

    Result<ImportSummary> run()
    {
        m_summary.programmeId = m_content.programme.id;
        if (Status s = writeProgramme(); !s)
            return s.error();
        if (Status s = writeClips(); !s)
            return s.error();
        const Result<QHash<QString, QString>> owners = courseOwners();
        if (!owners)
            return owners.error();
        QSet<QString> imported;
        for (const Course &course : m_content.courses) {
            const QString owner = owners.value().value(course.code, m_content.programme.id);
            if (owner != m_content.programme.id) {
                return Error{QStringLiteral("course_code_taken"),
                             QStringLiteral("Course %1 already belongs to programme %2 in this "
                                            "store; course codes must be unique across "
                                            "programmes.")
                                 .arg(course.code, owner)};
            }
            if (Status s = writeCourse(withMedia(course), owners.value().contains(course.code));
                !s) {
                return s.error();
            }
            imported.insert(course.code);
        }
        for (auto it = owners.value().begin(); it != owners.value().end(); ++it) {
            if (it.value() == m_content.programme.id && !imported.contains(it.key())) {
                if (Status s = removeCourse(it.key()); !s)
                    return s.error();
            }
        }
        if (Status s = dropUnusedClips(); !s)
            return s.error();
        return m_summary;
    }

private:
    Status writeProgramme()
    {
        const Programme &programme = m_content.programme;
        const QJsonObject data = codec::toJson(programme);
        QSqlQuery query(m_db);
        if (Status s
            = sql::run(query,
                       QStringLiteral("INSERT INTO programmes (id, title, data, updated_at) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                      "SET title = excluded.title, data = excluded.data, "
                                      "updated_at = excluded.updated_at "
                                      "WHERE programmes.data <> excluded.data"),
                       {programme.id, programme.title, compact(data), now()});
            !s) {
            return s;
        }
        const Result<ChangeLog::Outcome> outcome = ChangeLog::record(
            m_db, {ChangeKind::Programme, programme.id, programme.id, ChangeOp::Upsert, {}, data});
        if (!outcome)
            return outcome.error();
        m_summary.programmeChanged = outcome.value() == ChangeLog::Outcome::Recorded;
        return ok();
    }

    // Every stored course code and the programme it belongs to.
    Result<QHash<QString, QString>> courseOwners() const
    {
        QSqlQuery query(m_db);
        if (Status s = sql::run(query, QStringLiteral("SELECT code, programme_id FROM courses"));
            !s) {
            return s.error();
        }
        QHash<QString, QString> owners;
        while (query.next())
            owners.insert(query.value(0).toString(), query.value(1).toString());
        return owners;
    }

    // The course as the catalog should show it: durations and credits from the media.
    Course withMedia(Course course) const
    {
        for (Week &week : course.weeks) {
            for (Lecture &lecture : week.lectures) {
                const auto clip = m_media.constFind(lecture.id);
                if (clip == m_media.constEnd())
                    continue;
                lecture.durationSeconds = clip->roundedDuration();
                lecture.creditsSeconds = clip->roundedCredits();
            }
        }
        return course;
    }

    // Every clip the media uses, before the lectures that refer to it.
    Status writeClips()
    {
        QSet<QString> written;
        QSqlQuery query(m_db);
        for (const ClipManifest &clip : m_media) {
            if (written.contains(clip.clipId))
                continue;
            written.insert(clip.clipId);
            if (Status s = sql::run(
                    query,
                    QStringLiteral("INSERT INTO media_clips (clip_id, manifest, imported_at) "
                                   "VALUES (?, ?, ?) ON CONFLICT (clip_id) DO UPDATE "
                                   "SET manifest = excluded.manifest, "
                                   "imported_at = excluded.imported_at "
                                   "WHERE media_clips.manifest <> excluded.manifest"),
                    {clip.clipId, compact(clip.json), now()});
                !s) {
                return s;
            }
        }
        return ok();
    }

    // Clips no lecture plays any more; their files stay in DATA/media/clips.
    Status dropUnusedClips()
    {
        QSqlQuery query(m_db);
        return sql::run(query,
                        QStringLiteral("DELETE FROM media_clips WHERE clip_id NOT IN "
                                       "(SELECT clip_id FROM lectures WHERE clip_id IS NOT NULL)"));
    }

    // The course's lectures and their clips. Upserts, because a lecture may have moved here
    // from a course that comes later in this import.
    Status writeLectures(const Course &course)
    {
        QSqlQuery remove(m_db);
        if (Status s
            = sql::run(remove, QStringLiteral("DELETE FROM lectures WHERE course_code = ?"),
                       {course.code});
            !s) {
            return s;
        }
        QSqlQuery insert(m_db);
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                const auto clip = m_media.constFind(lecture.id);
                const QVariant clipId
                    = clip == m_media.constEnd() ? QVariant() : QVariant(clip->clipId);
                if (Status s = sql::run(
                        insert,
                        QStringLiteral("INSERT INTO lectures "
                                       "(id, course_code, clip_id, duration_ms, credits_ms) "
                                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                       "SET course_code = excluded.course_code, "
                                       "clip_id = excluded.clip_id, "
                                       "duration_ms = excluded.duration_ms, "
                                       "credits_ms = excluded.credits_ms"),
                        {lecture.id, course.code, clipId, qint64(lecture.durationSeconds) * 1000,
                         qint64(lecture.creditsSeconds) * 1000});
                    !s) {
                    return s;
                }
                ++m_summary.lectures;
                if (!clipId.isNull())
                    ++m_summary.lecturesWithMedia;
            }
        }
        return ok();
    }

    Status writeCourse(const Course &course, bool existed)
    {
        const QJsonObject data = codec::toJson(course);
        const QString status = courseStatusName(course.status);
        {
            QSqlQuery query(m_db);
            // The threshold is in data too; comparing it as well fills the column in a store
            // migrated from schema 2, whose data has not changed.
            if (Status s = sql::run(
                    query,
                    QStringLiteral("INSERT INTO courses (code, programme_id, title, status, data, "
                                   "updated_at, unlock_threshold) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (code) DO UPDATE "
                                   "SET title = excluded.title, status = excluded.status, "
                                   "data = excluded.data, updated_at = excluded.updated_at, "
                                   "unlock_threshold = excluded.unlock_threshold "
                                   "WHERE courses.data <> excluded.data "
                                   "OR courses.unlock_threshold <> excluded.unlock_threshold"),
                    {course.code, m_content.programme.id, course.title, status, compact(data),
                     now(), course.unlockThreshold});
                !s) {
                return s;
            }
        }
        if (Status s = writeQuizzes(course); !s)
            return s;
        if (Status s = writeLectures(course); !s)
            return s;
        const Result<ChangeLog::Outcome> outcome
            = ChangeLog::record(m_db,
                                {ChangeKind::Course, course.code, m_content.programme.id,
                                 ChangeOp::Upsert, status, data});
        if (!outcome)
            return outcome.error();
        if (!existed)
            m_summary.addedCourses.append(course.code);
        else if (outcome.value() == ChangeLog::Outcome::Recorded)
            m_summary.changedCourses.append(course.code);
        else
            ++m_summary.unchangedCourses;
        return ok();
    }

    // The questions with the full key and each question's salt, the effective settings and the
    // version. A quiz whose version changes has its attempts sent to their learners again,
    // since what their reviews may show follows the settings.
    Status writeQuizzes(const Course &course)
    {
        const Result<QHash<QString, QString>> before = quizVersions(course.code);
        if (!before)
            return before.error();
        QSqlQuery remove(m_db);
        if (Status s = sql::run(remove, QStringLiteral("DELETE FROM quizzes WHERE course_code = ?"),
                                {course.code});
            !s) {
            return s;
        }
        QSqlQuery insert(m_db);
        int position = 0;
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                QJsonArray questions;
                const QList<Question> parsed = m_content.quizzes.value(lecture.id);
                for (qsizetype i = 0; i < parsed.size(); ++i) {
                    Question question = parsed.at(i);
                    question.keySalt = m_salts.saltFor(lecture.id, int(i), question);
                    questions.append(codec::toJson(question, codec::KeyForm::Full));
                }
                const QJsonObject settings = codec::toJson(lecture.quiz.settings);
                const QString version = quizVersion(settings, questions);
                // An upsert: the lecture may have moved here from a course later in the import.
                if (Status s = sql::run(
                        insert,
                        QStringLiteral("INSERT INTO quizzes (lecture_id, course_code, title, "
                                       "questions, settings, version, position) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT (lecture_id) DO UPDATE "
                                       "SET course_code = excluded.course_code, "
                                       "title = excluded.title, questions = excluded.questions, "
                                       "settings = excluded.settings, version = excluded.version, "
                                       "position = excluded.position"),
                        {lecture.id, course.code, lecture.quiz.title, compact(questions),
                         compact(settings), version, position++});
                    !s) {
                    return s;
                }
                const auto previous = before.value().constFind(lecture.id);
                if (previous != before.value().constEnd() && *previous != version) {
                    if (Status s = ProgressChanges::touchAttemptsOfLecture(m_db, lecture.id); !s)
                        return s;
                }
            }
        }
        return ok();
    }

    Result<QHash<QString, QString>> quizVersions(const QString &courseCode) const
    {
        QSqlQuery query(m_db);
        if (Status s = sql::run(
                query,
                QStringLiteral("SELECT lecture_id, version FROM quizzes WHERE course_code = ?"),
                {courseCode});
            !s) {
            return s.error();
        }
        QHash<QString, QString> versions;
        while (query.next())
            versions.insert(query.value(0).toString(), query.value(1).toString());
        return versions;
    }

    Status removeCourse(const QString &code)
    {
        QSqlQuery query(m_db);
        // By name as well as by cascade: connections with foreign keys off leave them.
        for (const QString &table : {QStringLiteral("lectures"), QStringLiteral("quizzes")}) {
            if (Status s
                = sql::run(query, QStringLiteral("DELETE FROM %1 WHERE course_code = ?").arg(table),
                           {code});
                !s) {
                return s;
            }
        }
        if (Status s
            = sql::run(query, QStringLiteral("DELETE FROM courses WHERE code = ?"), {code});
            !s) {
            return s;
        }
        const Result<ChangeLog::Outcome> outcome = ChangeLog::record(
            m_db, {ChangeKind::Course, code, m_content.programme.id, ChangeOp::Delete, {}, {}});
        if (!outcome)
            return outcome.error();
        m_summary.removedCourses.append(code);
        return ok();
    }

    QSqlDatabase m_db;
    const ProgrammeContent &m_content;
    const QHash<QString, ClipManifest> &m_media;
    const QuizKeySalts &m_salts;
    ImportSummary m_summary;
};

} // namespace

ContentImporter::ContentImporter(const ServerStore &store, const QuizKeySalts &salts)
    : m_store(store)
    , m_salts(salts)
{ }

Result<ImportSummary> ContentImporter::import(const ProgrammeContent &content,
                                              const QHash<QString, ClipManifest> &media) const
{
    return Import(m_store.database(), content, media, m_salts).run();
}

} // namespace lectern
