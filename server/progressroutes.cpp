#include "progressroutes.h"

#include "accountstore.h"
#include "catalogfeed.h"
#include "httpapi.h"
#include "httpreplies.h"
#include "progresspages.h"
#include "pushapplier.h"
#include "quizstore.h"
#include "serverlog.h"
#include "servermetrics.h"
#include "sqlexec.h"
#include "sync/quizcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::progress {
namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse malformed(const QString &message)
{
    return http::error(StatusCode::BadRequest, QStringLiteral("malformed_json"), message);
}

} // namespace

QHttpServerResponse courseQuizzes(const ApiServices &services, qint64 userId,
                                  const QString &courseCode)
{
    // No course code holds a NUL, which the store would refuse to look up.
    const Result<bool> visible = sql::hasNulCharacter(courseCode)
        ? Result<bool>(false)
        : services.feed->takesCourse(userId, courseCode);
    if (!visible)
        return http::internalError();
    if (!visible.value()) {
        return http::error(StatusCode::NotFound, QStringLiteral("not_found"),
                           QStringLiteral("There is no course %1.").arg(courseCode.left(100)));
    }
    const Result<std::optional<Enrolment>> enrolment = services.accounts->enrolmentOf(userId);
    if (!enrolment)
        return http::internalError();
    // Only the course's own faculty get the plain key; other faculty see what learners see.
    const bool preview = enrolment.value() && enrolment.value()->role == u"faculty"
        && enrolment.value()->teachingCourses.contains(courseCode);
    const Result<QList<Quiz>> quizzes = services.quizzes->quizzesOfCourse(courseCode);
    if (!quizzes) {
        qCWarning(lcServerHttp).noquote()
            << "cannot serve the quizzes of" << courseCode << "—" << quizzes.error().message;
        return http::internalError();
    }
    const codec::KeyForm form = preview ? codec::KeyForm::Full : codec::KeyForm::Protected;
    QJsonArray json;
    for (const Quiz &quiz : quizzes.value())
        json.append(codec::toJson(quiz, form));
    return http::json(QJsonObject{{QStringLiteral("course"), courseCode},
                                  {QStringLiteral("preview"), preview},
                                  {QStringLiteral("quizzes"), json}});
}

QHttpServerResponse push(const ApiServices &services, qint64 userId, const QByteArray &body,
                         const QDateTime &receivedAt)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(QStringLiteral("The body must be a JSON object with an \"events\" list."));
    const QJsonObject request = document.object();
    const QJsonValue events = request.value(QStringLiteral("events"));
    if (!events.isArray())
        return malformed(QStringLiteral("The body must have an \"events\" list."));
    const QJsonValue deviceId = request.value(QStringLiteral("device_id"));
    if (!deviceId.isUndefined()
        && (!deviceId.isString() || sql::hasNulCharacter(deviceId.toString()))) {
        return malformed(QStringLiteral("device_id must be a string without NUL characters."));
    }
    // Stored with every attempt and viewing position the batch brings.
    if (deviceId.toString().size() > PushApplier::kMaxIdLength) {
        return http::error(
            StatusCode::BadRequest, QStringLiteral("device_id_too_long"),
            QStringLiteral("device_id is at most %1 characters.").arg(PushApplier::kMaxIdLength));
    }
    if (events.toArray().size() > PushApplier::kMaxEvents) {
        return http::error(StatusCode::PayloadTooLarge, QStringLiteral("too_large"),
                           QStringLiteral("A push carries at most %1 events; this one had %2. "
                                          "Send them in smaller batches.")
                               .arg(PushApplier::kMaxEvents)
                               .arg(events.toArray().size()));
    }
    const Result<PushOutcome> outcome = services.pusher->apply(
        userId, events.toArray(), deviceId.toString(), receivedAt, PushApplier::mayHoldNul(body));
    if (!outcome)
        return http::internalError();
    if (services.metrics) {
        services.metrics->recordEvents(outcome.value().appliedByKind, outcome.value().duplicates,
                                       outcome.value().rejected);
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"), outcome.value().body);
}

QHttpServerResponse page(const ApiServices &services, qint64 userId, qint64 after, int limit)
{
    const Result<QJsonObject> json = services.progress->page(userId, after, limit);
    if (!json)
        return http::internalError();
    return http::json(json.value());
}

} // namespace lectern::progress
