#include "rostercodec.h"

#include "sync/quizcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

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

// Reads the keys of one object and keeps the first problem, so the decoder reads straight
// through and checks once per object.
class Fields
{
public:
    Fields(const QJsonObject &json, QString context)
        : m_json(json)
        , m_context(std::move(context))
    { }

    QString string(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isString())
            fail(key, "a string");
        return value.toString();
    }
    double number(const char *key, double min, double max)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || number < min || number > max)
            fail(key,
                 "a number from " + QByteArray::number(min) + " to " + QByteArray::number(max));
        return number;
    }
    qint64 whole(const char *key, double max)
    {
        const double value = number(key, 0, max);
        if (value != std::floor(value))
            fail(key, "a whole number");
        return qint64(value);
    }
    bool boolean(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isBool())
            fail(key, "true or false");
        return value.toBool();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isArray())
            fail(key, "a list");
        return value.toArray();
    }
    bool isNull(const char *key) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        return value.isNull() || value.isUndefined();
    }
    // An ISO 8601 time, or null.
    QDateTime optionalTime(const char *key)
    {
        if (isNull(key))
            return {};
        const QDateTime time = timestampFromJson(string(key));
        if (!time.isValid())
            fail(key, "an ISO 8601 time");
        return time;
    }
    void fail(const char *key, const QByteArray &expected)
    {
        if (m_problem.isEmpty()) {
            m_problem = QStringLiteral("%1: \"%2\" must be %3")
                            .arg(m_context, QLatin1String(key), QString::fromLatin1(expected));
        }
    }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = m_context + QStringLiteral(": ") + problem;
    }
    const QString &problem() const { return m_problem; }

private:
    QJsonObject m_json;
    QString m_context;
    QString m_problem;
};

constexpr double kMaxMs = 1e12; // about 30 years of video: anything past it is not a duration
constexpr double kMaxCount = 1e6;

} // namespace

Result<CourseRoster> courseRosterFromJson(const QJsonObject &json)
{
    CourseRoster roster;
    Fields top(json, QStringLiteral("roster"));
    roster.courseCode = top.string("course");
    roster.title = top.string("title");
    roster.generatedAt = top.optionalTime("generated_at");
    const QJsonArray lectures = top.array("lectures");
    const QJsonArray learners = top.array("learners");
    if (!top.problem().isEmpty())
        return malformed(top.problem());
    if (roster.courseCode.isEmpty())
        return malformed(QStringLiteral("roster: the course code is empty"));

    QSet<QString> quizLectures;
    for (qsizetype i = 0; i < lectures.size(); ++i) {
        Fields f(lectures.at(i).toObject(), QStringLiteral("lecture %1").arg(i + 1));
        if (!lectures.at(i).isObject())
            f.fail(QStringLiteral("not an object"));
        RosterLecture lecture;
        lecture.id = f.string("id");
        lecture.title = f.string("title");
        lecture.week = int(f.whole("week", 1000));
        lecture.durationMs = f.whole("duration_ms", kMaxMs);
        lecture.hasQuiz = f.boolean("has_quiz");
        if (!f.problem().isEmpty())
            return malformed(f.problem());
        if (lecture.hasQuiz)
            quizLectures.insert(lecture.id);
        roster.lectures.append(lecture);
    }

    for (qsizetype i = 0; i < learners.size(); ++i) {
        const QString context = QStringLiteral("learner %1").arg(i + 1);
        Fields f(learners.at(i).toObject(), context);
        if (!learners.at(i).isObject())
            f.fail(QStringLiteral("not an object"));
        RosterLearner learner;
        learner.username = f.string("username");
        learner.displayName = f.string("display_name");
        learner.watchedPercent = f.number("watched_percent", 0, 100);
        learner.lastActivity = f.optionalTime("last_activity");
        const QJsonArray viewing = f.array("lectures");
        const QJsonArray quizzes = f.array("quizzes");
        if (!f.problem().isEmpty())
            return malformed(f.problem());
        // One entry per lecture of the course, in its order: the page draws them in columns.
        if (viewing.size() != roster.lectures.size()) {
            return malformed(QStringLiteral("%1: %2 lectures, the course has %3")
                                 .arg(context)
                                 .arg(viewing.size())
                                 .arg(roster.lectures.size()));
        }
        for (qsizetype j = 0; j < viewing.size(); ++j) {
            Fields v(viewing.at(j).toObject(),
                     QStringLiteral("%1, lecture %2").arg(context).arg(j + 1));
            RosterViewing entry;
            entry.lectureId = v.string("lecture_id");
            entry.watchedPercent = v.number("watched_percent", 0, 100);
            const QJsonArray watched = v.array("watched");
            if (!v.problem().isEmpty())
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
            Fields q(quizzes.at(j).toObject(),
                     QStringLiteral("%1, quiz %2").arg(context).arg(j + 1));
            RosterQuiz quiz;
            quiz.lectureId = q.string("lecture_id");
            if (!q.isNull("best_percent"))
                quiz.bestPercent = q.number("best_percent", 0, 100);
            quiz.attempts = int(q.whole("attempts", kMaxCount));
            quiz.countedAttempts = int(q.whole("counted_attempts", kMaxCount));
            if (!q.problem().isEmpty())
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
