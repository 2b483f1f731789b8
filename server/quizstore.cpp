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

// One row of kQuizColumns as a Quiz with its full key.
Result<Quiz> quizFromRow(const QSqlQuery &query)
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
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT l.course_code, l.duration_ms, l.credits_ms, "
                                           "c.unlock_threshold FROM lectures l "
                                           "JOIN courses c ON c.code = l.course_code "
                                           "WHERE l.id = ?"),
                            {lectureId});
        !s) {
        return s.error();
    }
    if (!query.next())
        return std::optional<LectureFacts>();
    return std::optional<LectureFacts>(
        LectureFacts{lectureId, query.value(0).toString(), query.value(1).toLongLong(),
                     query.value(2).toLongLong(), query.value(3).toDouble()});
}

Result<std::optional<Quiz>> QuizStore::quiz(const QString &lectureId) const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(
            query, QStringLiteral("SELECT %1 FROM quizzes WHERE lecture_id = ?").arg(kQuizColumns),
            {lectureId});
        !s) {
        return s.error();
    }
    if (!query.next())
        return std::optional<Quiz>();
    Result<Quiz> quiz = quizFromRow(query);
    if (!quiz)
        return quiz.error();
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
