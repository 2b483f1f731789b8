#include "quizstore.h"

#include "serverstore.h"
#include "sqlexec.h"
#include "sync/quizcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lectern {
namespace {

const QString kQuizColumns
    = QStringLiteral("lecture_id, course_code, title, version, settings, questions");

// One row of kQuizColumns as a Quiz with its full key; Query: a KeptQuery or a QSqlQuery.
template<typename Query>
Result<Quiz> quizFromRow(const Query &query)
{
    Quiz quiz;
    quiz.lectureId = query.value(0).toString();
    quiz.courseCode = query.value(1).toString();
    quiz.title = query.value(2).toString();
    quiz.version = query.value(3).toString();
    quiz.hasPlainKey = true;
    const auto broken = [&quiz](const QString &why) {
        return sql::storageError(
            QStringLiteral("the stored quiz of lecture %1 %2").arg(quiz.lectureId, why));
    };
    if (quiz.version.isEmpty())
        return broken(QStringLiteral("was imported before schema 3; import the content again"));
    const Result<QuizSettings> settings = codec::quizSettingsFromJson(
        QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
    if (!settings)
        return broken(settings.error().message);
    quiz.settings = settings.value();
    const QJsonArray questions
        = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
    for (const QJsonValue &value : questions) {
        const Result<Question> question = codec::questionFromJson(value.toObject());
        if (!question)
            return broken(question.error().message);
        quiz.questions.append(question.value());
    }
    return quiz;
}

} // namespace

QuizStore::QuizStore(const ServerStore &store)
    : m_store(store)
{ }

Result<std::optional<LectureFacts>> QuizStore::lecture(const QString &lectureId) const
{
    static const QString statement = QStringLiteral(
        "SELECT l.course_code, l.duration_ms, l.credits_ms, c.unlock_threshold FROM lectures l "
        "JOIN courses c ON c.code = l.course_code WHERE l.id = ?");
    const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(statement, {lectureId});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    std::optional<LectureFacts> facts;
    if (query.next()) {
        facts = LectureFacts{lectureId, query.value(0).toString(), query.value(1).toLongLong(),
                             query.value(2).toLongLong(), query.value(3).toDouble()};
    }
    query.finish();
    return facts;
}

Result<QHash<QString, LectureFacts>> QuizStore::lectures(const QStringList &lectureIds) const
{
    QHash<QString, LectureFacts> found;
    const Status read = m_store.runInChunks(
        QStringLiteral("SELECT l.id, l.course_code, l.duration_ms, l.credits_ms, "
                       "c.unlock_threshold FROM lectures l "
                       "JOIN courses c ON c.code = l.course_code WHERE l.id IN (%1)"),
        QStringLiteral("?"), lectureIds.size(), {},
        [&](QVariantList &values, qsizetype i) { values << lectureIds.at(i); },
        [&](const KeptQuery &row) {
            const QString id = row.value(0).toString();
            found.insert(id,
                         LectureFacts{id, row.value(1).toString(), row.value(2).toLongLong(),
                                      row.value(3).toLongLong(), row.value(4).toDouble()});
        });
    if (!read)
        return read.error();
    return found;
}

Result<std::optional<Quiz>> QuizStore::quiz(const QString &lectureId) const
{
    const Result<QHash<QString, Quiz>> found = quizzes({lectureId});
    if (!found)
        return found.error();
    const auto quiz = found.value().constFind(lectureId);
    if (quiz == found.value().constEnd())
        return std::optional<Quiz>();
    return std::optional<Quiz>(*quiz);
}

Result<QHash<QString, Quiz>> QuizStore::quizzes(const QStringList &lectureIds) const
{
    // From the index of schema 6 alone, never the rows with their questions. SQLite would take
    // the primary key's index (one row for sure) and then read the row, so it is told which
    // one; PostgreSQL keeps the questions out of line and reads the row cheaply.
    struct Current
    {
        QString courseCode;
        QString title;
        QString version;
    };
    QHash<QString, Current> current;
    const Status read = m_store.runInChunks(
        QStringLiteral("SELECT lecture_id, course_code, title, version FROM quizzes%1 "
                       "WHERE lecture_id IN (%2)")
            .arg(m_store.isPostgresql() ? QString()
                                        : QStringLiteral(" INDEXED BY quizzes_by_lecture_version")),
        QStringLiteral("?"), lectureIds.size(), {},
        [&](QVariantList &values, qsizetype i) { values << lectureIds.at(i); },
        [&](const KeptQuery &row) {
            current.insert(
                row.value(0).toString(),
                Current{row.value(1).toString(), row.value(2).toString(), row.value(3).toString()});
        });
    if (!read)
        return read.error();

    QHash<QString, Quiz> found;
    QStringList stale;
    {
        const QMutexLocker locker(&m_mutex);
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            const auto cached = m_decoded.constFind(it.key());
            if (it->version.isEmpty() || cached == m_decoded.constEnd()
                || cached->version != it->version) {
                stale.append(it.key());
                continue;
            }
            // The course and the title may change without the version.
            Quiz quiz = *cached;
            quiz.courseCode = it->courseCode;
            quiz.title = it->title;
            found.insert(it.key(), std::move(quiz));
        }
    }
    static const QString statement
        = QStringLiteral("SELECT %1 FROM quizzes WHERE lecture_id = ?").arg(kQuizColumns);
    for (const QString &lectureId : std::as_const(stale)) {
        const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(statement, {lectureId});
        if (!run)
            return run.error();
        KeptQuery &query = *run.value();
        if (!query.next()) {
            query.finish();
            continue; // deleted meanwhile
        }
        Result<Quiz> quiz = quizFromRow(query);
        query.finish();
        if (!quiz)
            return quiz.error();
        const QMutexLocker locker(&m_mutex);
        m_decoded.insert(lectureId, quiz.value());
        found.insert(lectureId, std::move(quiz).value());
    }
    return found;
}

Result<QList<Quiz>> QuizStore::quizzesOfCourse(const QString &courseCode) const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT %1 FROM quizzes WHERE course_code = ? "
                                           "ORDER BY position, lecture_id")
                                .arg(kQuizColumns),
                            {courseCode});
        !s) {
        return s.error();
    }
    QList<Quiz> quizzes;
    while (query.next()) {
        Result<Quiz> quiz = quizFromRow(query);
        if (!quiz)
            return quiz.error();
        if (!quiz.value().questions.isEmpty())
            quizzes.append(std::move(quiz).value());
    }
    return quizzes;
}

Result<int> QuizStore::quizzesNeedingImport() const
{
    QSqlQuery query(m_store.database());
    if (Status s
        = sql::run(query, QStringLiteral("SELECT COUNT(*) FROM quizzes WHERE version = ''"));
        !s) {
        return s.error();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace lectern
