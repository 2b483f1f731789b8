#pragma once

#include "domain/result.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace lectern::http {

using StatusCode = QHttpServerResponse::StatusCode;

// Every error the API sends has this one shape: {"error": {"code", "message"}}. The code is
// for programs, stable across releases; the message is for people.
QByteArray errorBody(const QString &code, const QString &message);
QHttpServerResponse error(StatusCode status, const QString &code, const QString &message);
QHttpServerResponse error(StatusCode status, const Error &failure);

QHttpServerResponse json(const QJsonObject &body, StatusCode status = StatusCode::Ok);

// A 500 for a failure the client cannot fix; the details are already in the server log.
QHttpServerResponse internalError();

} // namespace lectern::http
