#pragma once

#include <QDateTime>
#include <QHttpServerResponse>
#include <QString>

namespace lectern {

struct ApiServices;

// The faculty routes of docs/protocol.md, apart from the HTTP plumbing (tokens, the worker
// pool), which is HttpApi's. Each runs on the pool for a signed-in user.
namespace roster {

// GET /api/v1/courses/CODE/roster: the course's learners and their progress (RosterReport),
// only for faculty who teach the course. Everyone else signed in gets 403 forbidden, whether
// or not the course exists: the answer tells nobody which codes are real or who teaches them.
// A course its faculty still teach after an import removed it answers 404 not_found.
QHttpServerResponse courseRoster(const ApiServices &services, qint64 userId,
                                 const QString &courseCode, const QDateTime &now);

} // namespace roster
} // namespace lectern
