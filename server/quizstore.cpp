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

Result<std::optional<Quiz>> QuizStore::quiz(const QString &lectureId) const
{
    // From the index of schema 6 alone, never the row with its questions. SQLite would take
    // the primary key's index (one row for sure) and then read the row, so it is told which
    // one; PostgreSQL keeps the questions out of line and reads the row cheaply.
    static const QString versionOf
        = QStringLiteral("SELECT course_code, title, version FROM quizzes%1 WHERE lecture_id = ?");
    static const QString sqliteVersionOf
        = versionOf.arg(QStringLiteral(" INDEXED BY quizzes_by_lecture_version"));
    static const QString postgresqlVersionOf = versionOf.arg(QString());
    QString courseCode;
    QString title;
    QString version;
    {
        const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(
            m_store.isPostgresql() ? postgresqlVersionOf : sqliteVersionOf, {lectureId});
        if (!run)
            return run.error();
        KeptQuery &query = *run.value();
        const bool found = query.next();
        if (found) {
            courseCode = query.value(0).toString();
            title = query.value(1).toString();
            version = query.value(2).toString();
        }
        query.finish();
        if (!found)
            return std::optional<Quiz>();
    }
    if (!version.isEmpty()) {
        const QMutexLocker locker(&m_mutex);
        const auto cached = m_decoded.constFind(lectureId);
        if (cached != m_decoded.constEnd() && cached->version == version) {
            // The course and the title may change without the version.
            Quiz quiz = *cached;
            quiz.courseCode = courseCode;
            quiz.title = title;
            return std::optional<Quiz>(std::move(quiz));
        }
    }

    static const QString statement
        = QStringLiteral("SELECT %1 FROM quizzes WHERE lecture_id = ?").arg(kQuizColumns);
    const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(statement, {lectureId});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    if (!query.next()) {
        query.finish();
        return std::optional<Quiz>();
    }
    Result<Quiz> quiz = quizFromRow(query);
    query.finish();
    if (!quiz)
        return quiz.error();
    const QMutexLocker locker(&m_mutex);
    m_decoded.insert(lectureId, quiz.value());
    return std::optional<Quiz>(std::move(quiz).value());
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
