#include "rosterroutes.h"

#include "accountstore.h"
#include "httpapi.h"
#include "httpreplies.h"
#include "rosterreport.h"
#include "serverlog.h"
#include "sqlexec.h"

namespace lectern::roster {

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse courseRoster(const ApiServices &services, qint64 userId,
                                 const QString &courseCode, const QDateTime &now)
{
    const Result<std::optional<Enrolment>> enrolment = services.accounts->enrolmentOf(userId);
    if (!enrolment)
        return http::internalError();
    // A learner's progress is personal data: only the faculty of the course may read it, and
    // "teaches" comes from the server's own records, never from the request.
    const bool teaches = enrolment.value() && enrolment.value()->role == u"faculty"
        && enrolment.value()->teachingCourses.contains(courseCode)
        && !sql::hasNulCharacter(courseCode);
    if (!teaches) {
        return http::error(StatusCode::Forbidden, QStringLiteral("forbidden"),
                           QStringLiteral("Only the faculty who teach a course may see its "
                                          "roster."));
    }
    if (!services.roster)
        return http::internalError();
    const Result<std::optional<QJsonObject>> report = services.roster->build(courseCode, now);
    if (!report) {
        qCWarning(lcServerHttp).noquote()
            << "cannot build the roster of" << courseCode << "—" << report.error().message;
        return http::internalError();
    }
    if (!report.value()) {
        return http::error(StatusCode::NotFound, QStringLiteral("not_found"),
                           QStringLiteral("There is no course %1.").arg(courseCode.left(100)));
    }
    return http::json(*report.value());
}

} // namespace lectern::roster
