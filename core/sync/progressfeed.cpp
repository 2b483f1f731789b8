#include "progressfeed.h"

#include "sync/quizcodec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace lectern::codec {
namespace {

Error malformed(const QString &what)
{
    return Error{QStringLiteral("malformed_reply"),
                 QCoreApplication::translate("lectern::ProgressFeed",
                                             "The server sent progress that could not be read "
                                             "(%1).")
                     .arg(what)};
}

// A whole number the server sent, or -1 when it is missing or not one a qint64 holds exactly
// (converting a larger double, e.g. 1e300, to qint64 would be undefined behaviour).
qint64 wholeNumber(const QJsonValue &value)
{
    constexpr double limit = double(qint64(1) << 53);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || std::abs(number) > limit)
        return -1;
    return qint64(number);
}

// The cursor is opaque to the client but arrives as a string; a number is accepted too so a
// server that writes "cursor": 14 is not treated as broken.
QString cursorFrom(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() && wholeNumber(value) >= 0)
        return QString::number(wholeNumber(value));
    return {};
}

Result<PulledViewing> viewingFromJson(const QJsonObject &json)
{
    PulledViewing viewing;
    viewing.seq = wholeNumber(json.value(QStringLiteral("seq")));
    viewing.lectureId = json.value(QStringLiteral("lecture_id")).toString();
    if (viewing.lectureId.isEmpty())
        return malformed(QStringLiteral("viewing without lecture_id"));
    Result<IntervalSet> watched = IntervalSet::fromJson(json.value(QStringLiteral("intervals")));
    if (!watched)
        return malformed(
            QStringLiteral("intervals of %1: %2").arg(viewing.lectureId, watched.error().message));
    viewing.watched = watched.value();
    const QJsonValue position = json.value(QStringLiteral("position_ms"));
    viewing.positionMs = position.isUndefined() ? 0 : wholeNumber(position);
    viewing.positionAt = timestampFromJson(json.value(QStringLiteral("position_at")).toString());
    viewing.positionDevice = json.value(QStringLiteral("position_device")).toString();
    if (viewing.positionMs < 0)
        return malformed(QStringLiteral("bad position for %1").arg(viewing.lectureId));
    return viewing;
}

} // namespace

QJsonObject pushRequestToJson(const QString &deviceId, const QList<OutboxEvent> &events)
{
    QJsonArray array;
    for (const OutboxEvent &event : events) {
        array.append(QJsonObject{
            {QStringLiteral("event_id"), event.eventId},
            {QStringLiteral("kind"), event.kind},
            {QStringLiteral("created_at"), timestampToJson(event.createdAt)},
            {QStringLiteral("payload"), event.payload},
        });
    }
    return QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("events"), array}};
}

Result<QList<PushResult>> pushResultsFromJson(const QJsonObject &json)
{
    const QJsonValue results = json.value(QStringLiteral("results"));
    if (!results.isArray())
        return malformed(QStringLiteral("no results"));
    QList<PushResult> list;
    for (const QJsonValue &value : results.toArray()) {
        const QJsonObject object = value.toObject();
        PushResult result;
        result.eventId = object.value(QStringLiteral("event_id")).toString();
        const QString status = object.value(QStringLiteral("status")).toString();
        if (result.eventId.isEmpty())
            return malformed(QStringLiteral("a result without event_id"));
        if (status == u"applied")
            result.status = PushStatus::Applied;
        else if (status == u"rejected")
            result.status = PushStatus::Rejected;
        else
            return malformed(QStringLiteral("status \"%1\"").arg(status));
        result.reason = object.value(QStringLiteral("reason")).toString();
        if (const QJsonValue attempt = object.value(QStringLiteral("attempt"));
            attempt.isObject()) {
            Result<AttemptResult> decoded = attemptResultFromJson(attempt.toObject());
            if (!decoded)
                return decoded.error();
            result.attempt = decoded.value();
        }
        list.append(result);
    }
    return list;
}

Result<ProgressPage> progressPageFromJson(const QJsonObject &json)
{
    const QJsonValue viewing = json.value(QStringLiteral("viewing"));
    const QJsonValue attempts = json.value(QStringLiteral("attempts"));
    if (!viewing.isArray() || !attempts.isArray()
        || !json.value(QStringLiteral("has_more")).isBool())
        return malformed(QStringLiteral("viewing, attempts or has_more missing"));
    ProgressPage page;
    page.cursor = cursorFrom(json.value(QStringLiteral("cursor")));
    if (page.cursor.isEmpty())
        return malformed(QStringLiteral("no cursor"));
    page.hasMore = json.value(QStringLiteral("has_more")).toBool();
    for (const QJsonValue &value : viewing.toArray()) {
        Result<PulledViewing> entry = viewingFromJson(value.toObject());
        if (!entry)
            return entry.error();
        page.viewing.append(entry.value());
    }
    for (const QJsonValue &value : attempts.toArray()) {
        Result<AttemptResult> entry = attemptResultFromJson(value.toObject());
        if (!entry)
            return entry.error();
        if (entry.value().attemptId.isEmpty() || entry.value().lectureId.isEmpty())
            return malformed(QStringLiteral("an attempt without attempt_id or lecture_id"));
        page.attempts.append(entry.value());
    }
    return page;
}

Result<CourseQuizzes> courseQuizzesFromJson(const QJsonObject &json)
{
    const QJsonValue quizzes = json.value(QStringLiteral("quizzes"));
    CourseQuizzes course;
    course.courseCode = json.value(QStringLiteral("course")).toString();
    if (course.courseCode.isEmpty() || !quizzes.isArray())
        return malformed(QStringLiteral("course or quizzes missing"));
    course.preview = json.value(QStringLiteral("preview")).toBool();
    for (const QJsonValue &value : quizzes.toArray()) {
        const QJsonObject object = value.toObject();
        const Result<Quiz> quiz = quizFromJson(object);
        if (!quiz)
            return quiz.error();
        course.quizzes.append(object);
    }
    return course;
}

} // namespace lectern::codec
