#pragma once

#include "domain/result.h"
#include "quiz/attempt.h"
#include "quiz/quiz.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace lectern {

// The quiz part of the wire format shared by lectern-server and the client (docs/protocol.md,
// docs/quizzes.md). Encoding cannot fail; decoding checks types and required keys because the
// bytes come from the network or from a local file that may be damaged.
namespace codec {

// Which form of the answer key a quiz is written in.
enum class KeyForm {
    Full, // plain answers: the server's own copy, and what faculty of the course receive
    Protected, // exact answers as salted hashes: what learners receive
};

QJsonObject toJson(const QuizSettings &settings);
Result<QuizSettings> quizSettingsFromJson(const QJsonObject &json);

// One question. For KeyForm::Protected the question must carry a keySalt (the server keeps a
// stable one per question); exact short answers and the true/false key are written as hashes.
QJsonObject toJson(const Question &question, KeyForm form);
// Reads either form; hashed answers come back with Answer::textHash set and an empty text.
Result<Question> questionFromJson(const QJsonObject &json);

// {"lecture_id", "title", "version", "settings", "questions"}; courseCode and hasPlainKey are
// not on the wire (the route gives them).
QJsonObject toJson(const Quiz &quiz, KeyForm form);
Result<Quiz> quizFromJson(const QJsonObject &json);

// Responses as {"question": i, …} objects carrying only the fields that are set.
QJsonArray responsesToJson(const QList<Response> &responses);
// Returns one Response per question index 0 … questionCount-1; indexes out of range are an error.
Result<QList<Response>> responsesFromJson(const QJsonArray &json, int questionCount);

QJsonObject toJson(const AttemptResult &result);
Result<AttemptResult> attemptResultFromJson(const QJsonObject &json);

// The payload of a "quiz_attempt" outbox event (docs/protocol.md).
QJsonObject attemptEventPayload(const Attempt &attempt, const QString &deviceId);

// A "quiz_attempt" payload as the server reads it. Responses stay JSON until the server knows
// the quiz (and so the question count) the attempt is for; then responsesFromJson reads them.
struct AttemptEvent
{
    QString attemptId;
    QString lectureId;
    QString deviceId;
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC, as the device's clock said
    bool autoSubmitted = false;
    QJsonArray responses;
    std::optional<QuizGrade> provisional; // the client's own grade, kept for comparison
};
Result<AttemptEvent> attemptEventFromJson(const QJsonObject &payload);

// Timestamps on the wire: ISO 8601 in UTC with milliseconds ("2026-11-26T09:00:00.000Z");
// an invalid time is an empty string. The reader accepts any ISO 8601 offset and returns UTC.
QString timestampToJson(const QDateTime &time);
QDateTime timestampFromJson(const QString &text);

} // namespace codec
} // namespace lectern
