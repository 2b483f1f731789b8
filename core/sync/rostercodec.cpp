#include "rostercodec.h"

#include "sync/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace lectern::codec {
namespace {

Error malformed(const QString &what)
{
    return Error{QStringLiteral("malformed_roster"),
                 QCoreApplication::translate("lectern::RosterCodec",
                                             "The server sent a roster this version of Lectern "
                                             "cannot read (%1).")
                     .arg(what)};
}

constexpr double kMaxMs = 1e12; // about 30 years of video: anything past it is not a duration
constexpr double kMaxCount = 1e6;

} // namespace

Result<CourseRoster> courseRosterFromJson(const QJsonObject &json)
{
    CourseRoster roster;
    JsonFields top(json, QStringLiteral("roster"));
    roster.courseCode = top.string("course");
    roster.title = top.string("title");
    roster.generatedAt = top.optionalTime("generated_at");
    const QJsonArray lectures = top.array("lectures");
    const QJsonArray learners = top.array("learners");
    if (!top.isOk())
        return malformed(top.problem());
    if (roster.courseCode.isEmpty())
        return malformed(QStringLiteral("roster: the course code is empty"));

    QSet<QString> quizLectures;
    for (qsizetype i = 0; i < lectures.size(); ++i) {
        JsonFields f(lectures.at(i).toObject(), QStringLiteral("lecture %1").arg(i + 1));
        if (!lectures.at(i).isObject())
            f.fail(QStringLiteral("not an object"));
        RosterLecture lecture;
        lecture.id = f.string("id");
        lecture.title = f.string("title");
        lecture.week = int(f.bigInteger("week", 1000));
        lecture.durationMs = f.bigInteger("duration_ms", kMaxMs);
        lecture.hasQuiz = f.boolean("has_quiz");
        if (!f.isOk())
            return malformed(f.problem());
        if (lecture.hasQuiz)
            quizLectures.insert(lecture.id);
        roster.lectures.append(lecture);
    }

    for (qsizetype i = 0; i < learners.size(); ++i) {
        const QString context = QStringLiteral("learner %1").arg(i + 1);
        JsonFields f(learners.at(i).toObject(), context);
        if (!learners.at(i).isObject())
            f.fail(QStringLiteral("not an object"));
        RosterLearner learner;
        learner.username = f.string("username");
        learner.displayName = f.string("display_name");
        learner.watchedPercent = f.number("watched_percent", 0, 100);
        learner.lastActivity = f.optionalTime("last_activity");
        const QJsonArray viewing = f.array("lectures");
        const QJsonArray quizzes = f.array("quizzes");
        if (!f.isOk())
            return malformed(f.problem());
        // One entry per lecture of the course, in its order: the page draws them in columns.
        if (viewing.size() != roster.lectures.size()) {
            return malformed(QStringLiteral("%1: %2 lectures, the course has %3")
                                 .arg(context)
                                 .arg(viewing.size())
                                 .arg(roster.lectures.size()));
        }
        for (qsizetype j = 0; j < viewing.size(); ++j) {
            JsonFields v(viewing.at(j).toObject(),
                         QStringLiteral("%1, lecture %2").arg(context).arg(j + 1));
            RosterViewing entry;
            entry.lectureId = v.string("lecture_id");
            entry.watchedPercent = v.number("watched_percent", 0, 100);
            const QJsonArray watched = v.array("watched");
            if (!v.isOk())
                return malformed(v.problem());
            if (entry.lectureId != roster.lectures.at(j).id) {
                return malformed(QStringLiteral("%1: lecture %2 is %3, expected %4")
                                     .arg(context)
                                     .arg(j + 1)
                                     .arg(entry.lectureId.left(100), roster.lectures.at(j).id));
            }
            const Result<IntervalSet> intervals = IntervalSet::fromJson(watched);
            if (!intervals) {
                return malformed(QStringLiteral("%1, lecture %2: %3")
                                     .arg(context)
                                     .arg(j + 1)
                                     .arg(intervals.error().message));
            }
            entry.watched = intervals.value();
            learner.lectures.append(entry);
        }
        for (qsizetype j = 0; j < quizzes.size(); ++j) {
            JsonFields q(quizzes.at(j).toObject(),
                         QStringLiteral("%1, quiz %2").arg(context).arg(j + 1));
            RosterQuiz quiz;
            quiz.lectureId = q.string("lecture_id");
            if (q.has("best_percent"))
                quiz.bestPercent = q.number("best_percent", 0, 100);
            quiz.attempts = int(q.bigInteger("attempts", kMaxCount));
            quiz.countedAttempts = int(q.bigInteger("counted_attempts", kMaxCount));
            if (!q.isOk())
                return malformed(q.problem());
            if (!quizLectures.contains(quiz.lectureId)) {
                return malformed(QStringLiteral("%1: a quiz for %2, which has none in this course")
                                     .arg(context, quiz.lectureId.left(100)));
            }
            if (quiz.countedAttempts > quiz.attempts
                || (quiz.bestPercent && quiz.countedAttempts == 0)) {
                return malformed(QStringLiteral("%1, quiz %2: the counts do not add up")
                                     .arg(context)
                                     .arg(j + 1));
            }
            learner.quizzes.append(quiz);
        }
        roster.learners.append(learner);
    }
    return roster;
}

} // namespace lectern::codec
