#pragma once

#include "domain/intervalset.h"
#include "domain/result.h"
#include "quiz/attempt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// The client's side of the push, progress and quiz routes (docs/protocol.md): the values the
// sync engine hands between ApiClient and the store. The quiz objects themselves are read by
// codec:: in quizcodec.h; this only reads the envelopes around them.

// One local action waiting to be sent, as the outbox holds it.
struct OutboxEvent
{
    qint64 id = 0; // local order: oldest first
    QString eventId; // client UUID, the server's at-most-once key
    QString kind; // "viewing" or "quiz_attempt"
    QJsonObject payload;
    QDateTime createdAt;
    // Set when the server rejected the event: it is kept, shown, and never sent again.
    QString refusedReason;
    QDateTime refusedAt;

    bool isRefused() const { return refusedAt.isValid(); }
};

enum class PushStatus { Applied, Rejected };

// The server's answer for one pushed event.
struct PushResult
{
    QString eventId;
    PushStatus status = PushStatus::Applied;
    QString reason; // why rejected
    std::optional<AttemptResult> attempt; // the server's grade of a quiz_attempt event
};

// One lecture's viewing as the server merged it from every device.
struct PulledViewing
{
    qint64 seq = 0;
    QString lectureId;
    IntervalSet watched;
    qint64 positionMs = 0;
    QDateTime positionAt;
    QString positionDevice;
};

// One page of GET /api/v1/progress.
struct ProgressPage
{
    QList<PulledViewing> viewing;
    QList<AttemptResult> attempts;
    QString cursor;
    bool hasMore = false;
};

// One course's quizzes as GET /api/v1/courses/CODE/quizzes sent them. Each object has been
// read once by codec::quizFromJson, and is kept as received, so a learner's protected key is
// stored in the form it came in (hashes), never as a decoded plain key.
struct CourseQuizzes
{
    QString courseCode;
    bool preview = false; // faculty of the course: the full key
    QList<QJsonObject> quizzes;
};

namespace codec {

// {"device_id", "events": [{"event_id", "kind", "created_at", "payload"}, …]}
QJsonObject pushRequestToJson(const QString &deviceId, const QList<OutboxEvent> &events);
// {"results": [{"event_id", "status", "reason"?, "attempt"?}, …]}
Result<QList<PushResult>> pushResultsFromJson(const QJsonObject &json);
Result<ProgressPage> progressPageFromJson(const QJsonObject &json);
// Refuses the whole answer when any quiz in it cannot be read: a half-stored course would
// look complete and never be fetched again.
Result<CourseQuizzes> courseQuizzesFromJson(const QJsonObject &json);

} // namespace codec
} // namespace lectern
