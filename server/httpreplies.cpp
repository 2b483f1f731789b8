#include "httpreplies.h"

#include <QJsonDocument>

namespace lectern::http {

QByteArray errorBody(const QString &code, const QString &message)
{
    const QJsonObject body{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpServerResponse error(StatusCode status, const QString &code, const QString &message)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), errorBody(code, message),
                               status);
}

QHttpServerResponse error(StatusCode status, const Error &failure)
{
    return error(status, failure.code, failure.message);
}

QHttpServerResponse json(const QJsonObject &body, StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse internalError()
{
    return error(StatusCode::InternalServerError, QStringLiteral("internal_error"),
                 QStringLiteral("The server failed to answer; try again later."));
}

} // namespace lectern::http
