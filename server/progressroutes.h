#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerResponse>
#include <QString>

namespace lectern {

struct ApiServices;

// The quiz and progress routes of docs/protocol.md, apart from the HTTP plumbing (tokens, body
// size, the worker pool), which is HttpApi's. Each runs on the pool for a signed-in user.
namespace progress {

// GET /api/v1/courses/CODE/quizzes: every quiz of a course the user sees, in the protected form
// for learners and the full one, with "preview": true, for faculty who teach the course. A
// course the user may not see answers exactly like one that does not exist.
QHttpServerResponse courseQuizzes(const ApiServices &services, qint64 userId,
                                  const QString &courseCode);

// POST /api/v1/sync/push: the body checked (JSON object, an "events" list of at most
// PushApplier::kMaxEvents) and the events applied in one transaction.
QHttpServerResponse push(const ApiServices &services, qint64 userId, const QByteArray &body,
                         const QDateTime &receivedAt);

// GET /api/v1/progress: one page of the user's progress feed.
QHttpServerResponse page(const ApiServices &services, qint64 userId, qint64 after, int limit);

} // namespace progress
} // namespace lectern
