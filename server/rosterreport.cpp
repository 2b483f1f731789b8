#include "rosterreport.h"

#include "catalogfeed.h"
#include "domain/intervalset.h"
#include "domain/unlockrule.h"
#include "serverstore.h"
#include "sqlexec.h"
#include "sync/catalogcodec.h"
#include "sync/quizcodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {

struct LectureRow
{
    QString id;
    QString title;
    int week = 0;
    qint64 durationMs = 0;
    qint64 creditsMs = 0;
    bool hasQuiz = false;
};

struct QuizTally
{
    std::optional<double> bestPercent; // of counted attempts only
    int attempts = 0; // every attempt the server recorded, counted or not
    int counted = 0;
};

struct LearnerRow
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Enrolment enrolment;
    QHash<QString, IntervalSet> watched; // by lecture id
    QHash<QString, QuizTally> quizzes; // by lecture id
    QString lastActivity; // ISO 8601 UTC text, which sorts as time
};

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

double roundedPercent(double fraction)
{
    return std::round(std::clamp(fraction, 0.0, 1.0) * 1000.0) / 10.0;
}

} // namespace

RosterReport::RosterReport(const ServerStore &store)
    : m_store(store)
{ }

Result<std::optional<QJsonObject>> RosterReport::build(const QString &courseCode,
                                                       const QDateTime &generatedAt) const
{
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT c.programme_id, c.data, c.unlock_threshold, "
                                           "p.data FROM courses c JOIN programmes p "
                                           "ON p.id = c.programme_id WHERE c.code = ?"),
                            {courseCode});
        !s) {
        return s.error();
    }
    if (!query.next())
        return std::optional<QJsonObject>();
    const QString programmeId = query.value(0).toString();
    const Result<Course> course = codec::courseFromJson(parseObject(query.value(1)));
    const double threshold = query.value(2).toDouble();
    const Result<Programme> programme = codec::programmeFromJson(parseObject(query.value(3)));
    if (!course || !programme) {
        return sql::storageError(
            QStringLiteral("course %1 or its programme does not decode").arg(courseCode));
    }

    // The lectures in the course's order, with the durations the server measures viewing by.
    QHash<QString, std::pair<qint64, qint64>> durations;
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT id, duration_ms, credits_ms FROM lectures "
                                           "WHERE course_code = ?"),
                            {courseCode});
        !s) {
        return s.error();
    }
    while (query.next())
        durations.insert(query.value(0).toString(),
                         {query.value(1).toLongLong(), query.value(2).toLongLong()});
    QList<LectureRow> lectures;
    for (const Week &week : course.value().weeks) {
        for (const Lecture &lecture : week.lectures) {
            const auto duration = durations.value(
                lecture.id,
                {qint64(lecture.durationSeconds) * 1000, qint64(lecture.creditsSeconds) * 1000});
            lectures.append({lecture.id, lecture.title, week.number, duration.first,
                             duration.second, lecture.quiz.questionCount > 0});
        }
    }

    // The programme's learners, then only those who take the course.
    QList<LearnerRow> learners;
    QHash<qint64, qsizetype> byId;
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT u.id, u.username, u.display_name "
                                           "FROM users u JOIN enrolments e ON e.user_id = u.id "
                                           "WHERE e.programme_id = ? AND e.role = 'learner' "
                                           "ORDER BY u.username"),
                            {programmeId});
        !s) {
        return s.error();
    }
    while (query.next()) {
        LearnerRow learner;
        learner.id = query.value(0).toLongLong();
        learner.username = query.value(1).toString();
        learner.displayName = query.value(2).toString();
        learner.enrolment.programmeId = programmeId;
        learner.enrolment.role = QStringLiteral("learner");
        byId.insert(learner.id, learners.size());
        learners.append(learner);
    }
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT ec.user_id, ec.slot_id, ec.course_code "
                                           "FROM elective_choices ec JOIN enrolments e "
                                           "ON e.user_id = ec.user_id WHERE e.programme_id = ?"),
                            {programmeId});
        !s) {
        return s.error();
    }
    while (query.next()) {
        const auto found = byId.constFind(query.value(0).toLongLong());
        if (found != byId.constEnd()) {
            learners[*found].enrolment.electiveChoices.append(
                {query.value(1).toString(), query.value(2).toString()});
        }
    }

    if (Status s = sql::run(query,
                            QStringLiteral("SELECT v.user_id, v.lecture_id, v.intervals, "
                                           "v.updated_at FROM viewing v JOIN lectures l "
                                           "ON l.id = v.lecture_id WHERE l.course_code = ?"),
                            {courseCode});
        !s) {
        return s.error();
    }
    while (query.next()) {
        const auto found = byId.constFind(query.value(0).toLongLong());
        if (found == byId.constEnd())
            continue;
        LearnerRow &learner = learners[*found];
        const Result<IntervalSet> watched = IntervalSet::fromJson(
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array());
        if (watched)
            learner.watched.insert(query.value(1).toString(), watched.value());
        learner.lastActivity = std::max(learner.lastActivity, query.value(3).toString());
    }

    if (Status s = sql::run(query,
                            QStringLiteral("SELECT a.user_id, a.lecture_id, a.status, a.percent, "
                                           "a.received_at FROM attempts a JOIN lectures l "
                                           "ON l.id = a.lecture_id WHERE l.course_code = ?"),
                            {courseCode});
        !s) {
        return s.error();
    }
    while (query.next()) {
        const auto found = byId.constFind(query.value(0).toLongLong());
        if (found == byId.constEnd())
            continue;
        LearnerRow &learner = learners[*found];
        QuizTally &tally = learner.quizzes[query.value(1).toString()];
        ++tally.attempts;
        if (query.value(2).toString() == u"counted") {
            ++tally.counted;
            tally.bestPercent = std::max(tally.bestPercent.value_or(0), query.value(3).toDouble());
        }
        learner.lastActivity = std::max(learner.lastActivity, query.value(4).toString());
    }

    QJsonArray lectureJson;
    for (const LectureRow &lecture : std::as_const(lectures)) {
        lectureJson.append(QJsonObject{{QStringLiteral("id"), lecture.id},
                                       {QStringLiteral("title"), lecture.title},
                                       {QStringLiteral("week"), lecture.week},
                                       {QStringLiteral("duration_ms"), lecture.durationMs},
                                       {QStringLiteral("has_quiz"), lecture.hasQuiz}});
    }
    QJsonArray learnerJson;
    for (const LearnerRow &learner : std::as_const(learners)) {
        if (!CatalogFeed::takesCourse(learner.enrolment, programme.value(), courseCode))
            continue;
        QJsonArray viewing;
        QJsonArray quizzes;
        qint64 required = 0;
        qint64 covered = 0;
        for (const LectureRow &lecture : std::as_const(lectures)) {
            const IntervalSet watched = learner.watched.value(lecture.id);
            const Coverage coverage
                = UnlockRule::coverage(watched, lecture.durationMs, lecture.creditsMs, threshold);
            required += coverage.requiredMs;
            covered += coverage.coveredMs;
            viewing.append(QJsonObject{
                {QStringLiteral("lecture_id"), lecture.id},
                {QStringLiteral("watched"), watched.toJson()},
                {QStringLiteral("watched_percent"), roundedPercent(coverage.fraction)}});
            if (!lecture.hasQuiz)
                continue;
            const QuizTally tally = learner.quizzes.value(lecture.id);
            quizzes.append(
                QJsonObject{{QStringLiteral("lecture_id"), lecture.id},
                            {QStringLiteral("best_percent"),
                             tally.bestPercent ? QJsonValue(*tally.bestPercent) : QJsonValue()},
                            {QStringLiteral("attempts"), tally.attempts},
                            {QStringLiteral("counted_attempts"), tally.counted}});
        }
        learnerJson.append(QJsonObject{
            {QStringLiteral("username"), learner.username},
            {QStringLiteral("display_name"), learner.displayName},
            {QStringLiteral("watched_percent"),
             roundedPercent(required > 0 ? double(covered) / double(required) : 0.0)},
            {QStringLiteral("last_activity"),
             learner.lastActivity.isEmpty() ? QJsonValue() : QJsonValue(learner.lastActivity)},
            {QStringLiteral("lectures"), viewing},
            {QStringLiteral("quizzes"), quizzes}});
    }
    return std::optional<QJsonObject>(
        QJsonObject{{QStringLiteral("course"), courseCode},
                    {QStringLiteral("title"), course.value().title},
                    {QStringLiteral("generated_at"), codec::timestampToJson(generatedAt)},
                    {QStringLiteral("lectures"), lectureJson},
                    {QStringLiteral("learners"), learnerJson}});
}

} // namespace lectern
