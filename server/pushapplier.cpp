#include "pushapplier.h"

#include "accountstore.h"
#include "attemptjudge.h"
#include "attemptview.h"
#include "catalogfeed.h"
#include "feedlocks.h"
#include "isotime.h"
#include "jsonwriter.h"
#include "progressstore.h"
#include "quiz/attemptsession.h"
#include "quizstore.h"
#include "serverstore.h"
#include "sqlexec.h"
#include "sqltransaction.h"
#include "sync/quizcodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace lectern {
namespace {

// What one event came to, before it is answered.
struct Outcome
{
    bool applied = false;
    QString reason; // why rejected
    QString attemptId; // a quiz_attempt that applied: its result goes into the answer
};

Outcome rejected(const QString &reason)
{
    return Outcome{false, reason, {}};
}

Outcome applied(const QString &attemptId = {})
{
    return Outcome{true, {}, attemptId};
}

// A JSON number that is a whole number of milliseconds (doubles hold them exactly to 2^53).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9.0e15)
        return std::nullopt;
    return qint64(number);
}

// Whether any text of the JSON, keys included, holds U+0000, which the store refuses
// (sql::hasNulCharacter). Such an event is rejected, instead of failing the whole batch with a
// 500 that the client would resend forever. Qt's parser bounds the nesting to 1024 levels.
bool holdsNul(const QJsonValue &value)
{
    if (value.isString())
        return sql::hasNulCharacter(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return holdsNul(v); });
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (sql::hasNulCharacter(it.key()) || holdsNul(it.value()))
            return true;
    }
    return false;
}

// The size of a JSON value as stored: compact UTF-8.
qsizetype compactSize(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).size();
    if (value.isString())
        return value.toString().toUtf8().size();
    return 8;
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// --- Reading the events: before the batch takes the store -----------------------------------
//
// Everything about an event that needs nothing from the store is read here, outside the
// transaction (and, on SQLite, off the one writer thread), so that the part of a push that
// only one thread at a time may run is as short as can be. What is checked against the store (the
// user's role, the lecture, what was stored before) is checked later, in the same order as
// ever, so every event gets the answer it always got.

// A viewing event's payload.
struct ViewingInput
{
    QString lectureId;
    QString positionDevice; // the payload's device_id, else the batch's
    bool deviceIdTooLong = false;
    bool intervalsIsArray = false;
    // As sent, up to the first that is not a pair of whole numbers, whose index is
    // malformedInterval (or -1); the range checks need the lecture's duration.
    QList<Interval> intervals;
    qsizetype malformedInterval = -1;
    bool hasPosition = false;
    std::optional<qint64> positionMs;
    QDateTime positionAt;
};

// An attempt graded against one version of its quiz, with what the store keeps of it.
struct GradedAttempt
{
    QString quizVersion;
    QString responsesError; // the responses do not fit the quiz: the attempt is refused
    QuizGrade grade;
    QList<QuestionReview> review;
    AttemptTexts texts;
};

// A quiz_attempt event's payload.
struct AttemptInput
{
    std::optional<codec::AttemptEvent> event;
    QString refusal; // the first refusal that needs nothing from the store; empty when none
    QJsonObject provisional;
    // Graded before the batch took the store, against the quiz as it was then; used when the
    // quiz still has that version.
    std::optional<GradedAttempt> graded;
};

// The server's own grade from its full key; the device's provisional one is only kept.
GradedAttempt gradeAttempt(const Quiz &key, const AttemptInput &in)
{
    GradedAttempt graded;
    graded.quizVersion = key.version;
    const Result<QList<Response>> responses
        = codec::responsesFromJson(in.event->responses, int(key.questions.size()));
    if (!responses) {
        graded.responsesError = responses.error().message;
        return graded;
    }
    graded.grade = gradeQuiz(key.questions, responses.value(), key.settings.passMark);
    for (qsizetype i = 0; i < key.questions.size(); ++i) {
        const Question &question = key.questions.at(i);
        if (question.type == QuestionType::Description)
            continue;
        const QuestionGrade result = grade(question, responses.value().at(i));
        graded.review.append(QuestionReview{int(i), result.fraction, result.answered,
                                            result.feedback, result.generalFeedback,
                                            correctAnswerText(question)});
    }
    AttemptRecord stored;
    stored.responses = in.event->responses;
    stored.review = graded.review;
    stored.provisional = in.provisional;
    graded.texts = ProgressStore::textsOf(stored);
    return graded;
}

struct EventInput
{
    enum class Type { Refused, NoPayload, Viewing, Attempt, UnknownKind };

    Type type = Type::Refused;
    QString eventId;
    QString refusal; // Type::Refused: answered without being remembered
    QString kind;
    ViewingInput viewing;
    AttemptInput attempt;
};

ViewingInput readViewing(const QJsonObject &payload, const QString &batchDevice)
{
    ViewingInput in;
    const QJsonValue device = payload.value(QLatin1StringView("device_id"));
    in.deviceIdTooLong = device.toString().size() > PushApplier::kMaxIdLength;
    in.positionDevice = device.toString(batchDevice);
    in.lectureId = payload.value(QLatin1StringView("lecture_id")).toString();
    const QJsonValue intervalsValue = payload.value(QLatin1StringView("intervals"));
    in.intervalsIsArray = intervalsValue.isArray();
    if (in.intervalsIsArray) {
        const QJsonArray intervals = intervalsValue.toArray();
        in.intervals.reserve(intervals.size());
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const QJsonValue element = intervals.at(i);
            const QJsonArray pair = element.toArray();
            const std::optional<qint64> start = wholeNumber(pair.at(0));
            const std::optional<qint64> end = wholeNumber(pair.at(1));
            if (!element.isArray() || pair.size() != 2 || !start || !end) {
                in.malformedInterval = i;
                break;
            }
            in.intervals.append(Interval{*start, *end});
        }
    }
    // The resume position is optional: a device may only have watched.
    in.hasPosition = payload.contains(QLatin1StringView("position_ms"));
    if (in.hasPosition) {
        in.positionMs = wholeNumber(payload.value(QLatin1StringView("position_ms")));
        in.positionAt = isotime::parse(payload.value(QLatin1StringView("position_at")).toString());
    }
    return in;
}

AttemptInput readAttempt(const QJsonObject &payload)
{
    AttemptInput in;
    const Result<codec::AttemptEvent> read = codec::attemptEventFromJson(payload);
    if (!read) {
        in.refusal = read.error().message;
        return in;
    }
    const codec::AttemptEvent &event = read.value();
    if (event.attemptId.size() > PushApplier::kMaxIdLength) {
        in.refusal = QStringLiteral("attempt_id is longer than %1 characters.")
                         .arg(PushApplier::kMaxIdLength);
        return in;
    }
    if (event.deviceId.size() > PushApplier::kMaxIdLength) {
        in.refusal = QStringLiteral("device_id is longer than %1 characters.")
                         .arg(PushApplier::kMaxIdLength);
        return in;
    }
    // Stored as sent: without these caps one attempt could hold most of a 4 MiB push.
    for (qsizetype i = 0; i < event.responses.size(); ++i) {
        if (compactSize(event.responses.at(i)) > PushApplier::kMaxResponseBytes) {
            in.refusal = QStringLiteral("The response to question %1 is larger than %2 bytes.")
                             .arg(i + 1)
                             .arg(PushApplier::kMaxResponseBytes);
            return in;
        }
    }
    const QJsonValue provisional = payload.value(QLatin1StringView("provisional"));
    if (compactSize(provisional) > PushApplier::kMaxProvisionalBytes) {
        in.refusal = QStringLiteral("The provisional grade is larger than %1 bytes.")
                         .arg(PushApplier::kMaxProvisionalBytes);
        return in;
    }
    in.event = event;
    in.provisional = provisional.toObject();
    return in;
}

// mayHoldNul: false when the body cannot hold U+0000 in any string (no "\u0000" escape, no
// raw NUL byte), which spares walking every event.
EventInput readEvent(const QJsonValue &value, const QString &batchDevice, bool mayHoldNul)
{
    EventInput in;
    const QJsonObject event = value.toObject();
    const QJsonValue idValue = event.value(QLatin1StringView("event_id"));
    in.eventId = idValue.toString();
    if (!value.isObject()) {
        in.refusal = QStringLiteral("An event must be a JSON object.");
        return in;
    }
    if (!idValue.isString() || in.eventId.trimmed().isEmpty()
        || in.eventId.size() > PushApplier::kMaxIdLength) {
        in.refusal = QStringLiteral("event_id must be a non-empty string of at most %1 "
                                    "characters.")
                         .arg(PushApplier::kMaxIdLength);
        return in;
    }
    // Not remembered: the store cannot hold its texts, and a resend gets the same answer.
    if (mayHoldNul && holdsNul(value)) {
        in.refusal = QStringLiteral("Text in an event may not contain NUL characters.");
        return in;
    }
    in.kind = event.value(QLatin1StringView("kind")).toString();
    const QJsonValue payload = event.value(QLatin1StringView("payload"));
    if (!payload.isObject()) {
        in.type = EventInput::Type::NoPayload;
    } else if (in.kind == u"viewing") {
        in.type = EventInput::Type::Viewing;
        in.viewing = readViewing(payload.toObject(), batchDevice);
    } else if (in.kind == u"quiz_attempt") {
        in.type = EventInput::Type::Attempt;
        in.attempt = readAttempt(payload.toObject());
    } else {
        in.type = EventInput::Type::UnknownKind;
    }
    return in;
}

// --- Applying them: one transaction ----------------------------------------------------------

// What the batch answers for one event, made into JSON once the batch let go of the store.
struct EventAnswer
{
    enum class Kind { Applied, Rejected, Again };

    Kind kind = Kind::Applied;
    QString eventId;
    QString reason; // Rejected
    QJsonObject again; // Again: the answer it got the first time, without its event_id
    QString attemptId; // its result goes with the answer
    std::optional<AttemptResult> attempt; // that result, once the whole batch has applied
};

// codec::toJson(result) as compact JSON, written directly: the same bytes (keys in
// QJsonObject's order, the same fields left out) for a fraction of the cost, which a push
// pays for every attempt it brings. tst_serverprogress compares it with the progress feed's,
// which codec writes.
void appendAttemptResult(QByteArray &out, const AttemptResult &result)
{
    out += '{';
    if (!result.attemptId.isEmpty()) {
        out += "\"attempt_id\":";
        json::appendString(out, result.attemptId);
        out += ',';
    }
    out += "\"attempt_number\":";
    out += QByteArray::number(result.attemptNumber);
    if (result.finishedAt.isValid()) {
        out += ",\"finished_at\":";
        json::appendString(out, isotime::format(result.finishedAt));
    }
    if (!result.lectureId.isEmpty()) {
        out += ",\"lecture_id\":";
        json::appendString(out, result.lectureId);
    }
    out += ",\"max_score\":";
    json::appendNumber(out, result.maxScore);
    out += ",\"passed\":";
    json::appendBool(out, result.passed);
    out += ",\"percent\":";
    json::appendNumber(out, result.percent);
    out += ",\"reason\":";
    json::appendString(out, result.reason);
    if (result.receivedAt.isValid()) {
        out += ",\"received_at\":";
        json::appendString(out, isotime::format(result.receivedAt));
    }
    out += ",\"review\":[";
    for (qsizetype i = 0; i < result.review.size(); ++i) {
        const QuestionReview &line = result.review.at(i);
        if (i > 0)
            out += ',';
        out += "{\"answered\":";
        json::appendBool(out, line.answered);
        if (!line.correctAnswer.isEmpty()) {
            out += ",\"correct_answer\":";
            json::appendString(out, line.correctAnswer);
        }
        if (!line.feedback.isEmpty()) {
            out += ",\"feedback\":";
            json::appendString(out, line.feedback);
        }
        out += ",\"fraction\":";
        json::appendNumber(out, line.fraction);
        if (!line.generalFeedback.isEmpty()) {
            out += ",\"general_feedback\":";
            json::appendString(out, line.generalFeedback);
        }
        out += ",\"question\":";
        out += QByteArray::number(line.question);
        out += '}';
    }
    out += "],\"score\":";
    json::appendNumber(out, result.score);
    if (result.startedAt.isValid()) {
        out += ",\"started_at\":";
        json::appendString(out, isotime::format(result.startedAt));
    }
    out += ",\"status\":";
    json::appendString(out, attemptStatusName(result.status));
    out += '}';
}

// {"results": [...]}, written directly: the keys of each answer in QJsonObject's order.
QByteArray resultsBody(const QList<EventAnswer> &answers)
{
    QByteArray body;
    body.reserve(32 + answers.size() * 64);
    body += "{\"results\":[";
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const EventAnswer &answer = answers.at(i);
        if (i > 0)
            body += ',';
        if (answer.kind == EventAnswer::Kind::Again) {
            QJsonObject json = answer.again;
            json.remove(QLatin1StringView("attempt_id"));
            json.insert(QLatin1StringView("event_id"), answer.eventId);
            if (answer.attempt)
                json.insert(QLatin1StringView("attempt"), codec::toJson(*answer.attempt));
            body += QJsonDocument(json).toJson(QJsonDocument::Compact);
            continue;
        }
        body += '{';
        if (answer.attempt) {
            body += "\"attempt\":";
            appendAttemptResult(body, *answer.attempt);
            body += ',';
        }
        body += "\"event_id\":";
        json::appendString(body, answer.eventId);
        if (answer.kind == EventAnswer::Kind::Rejected) {
            body += ",\"reason\":";
            json::appendString(body, answer.reason);
            body += ",\"status\":\"rejected\"}";
        } else {
            body += ",\"status\":\"applied\"}";
        }
    }
    body += "]}";
    return body;
}

// Applies one batch inside its caller's transaction (or savepoint), with what the events of the
// batch share: the user, and the lectures, courses and quizzes already looked up.
//
// What the new events name is read up front in a few statements (readLectures()); each
// lecture's viewing and attempts are then kept here as the events change them, and the new
// attempts, the changed verdicts and viewing, the feed's rows and the remembered events are
// written at the end (flush()), in one statement or a few where the database allows (the
// attempts earlier when touchAttemptsOfLecture is to read them back). What the store holds
// after the commit is exactly what applying the events one by one wrote: the same rows, and
// the feed's rows in the same order.
class Batch
{
public:
    Batch(const ServerStore &store, const AccountStore &accounts, const CatalogFeed &feed,
          const QuizStore &quizzes, const ProgressStore &progress, qint64 userId,
          const QString &deviceId, const QDateTime &receivedAt)
        : m_store(store)
        , m_accounts(accounts)
        , m_feed(feed)
        , m_quizzes(quizzes)
        , m_progress(progress)
        , m_userId(userId)
        , m_deviceId(deviceId)
        , m_receivedAt(receivedAt)
    { }

    // The answers, in the order of the events; m_outcome counts them. Runs in the caller's
    // transaction, which it must not commit when this fails.
    Result<QList<EventAnswer>> apply(const QList<EventInput> &events)
    {
        // Before anything is read: another server may be applying this user's events right
        // now, and what it commits must be seen here (event ids, viewing to merge, attempts).
        if (Status s = FeedLocks::lockProgressOf(m_store.database(), m_userId); !s)
            return s.error();
        m_now = isotime::format(QDateTime::currentDateTimeUtc());
        const Result<std::optional<Account>> account = m_accounts.findById(m_userId);
        if (!account)
            return account.error();
        m_hasAccount = account.value().has_value();
        m_isFaculty = account.value() && account.value()->role == u"faculty";

        // Every event id of the batch that was answered before, in one query or a few.
        QStringList ids;
        QSet<QString> distinct;
        for (const EventInput &event : events) {
            if (event.type != EventInput::Type::Refused && !distinct.contains(event.eventId)) {
                distinct.insert(event.eventId);
                ids.append(event.eventId);
            }
        }
        const Result<QHash<QString, AppliedEvent>> seen = m_progress.appliedEvents(ids);
        if (!seen)
            return seen.error();
        m_seen = seen.value();
        if (Status s = readLectures(events); !s)
            return s.error();

        QList<EventAnswer> answers;
        answers.reserve(events.size());
        for (const EventInput &event : events) {
            Result<EventAnswer> answer = answerEvent(event);
            if (!answer)
                return answer.error();
            answers.append(std::move(answer).value());
        }
        if (Status s = flush(); !s)
            return s.error();
        // Results are read after the whole batch, so each shows the attempt's state once every
        // event of the batch has applied (a viewing event later in the batch may have made an
        // attempt count).
        for (EventAnswer &answer : answers) {
            if (answer.attemptId.isEmpty())
                continue;
            Result<AttemptResult> result = attemptResult(answer.attemptId);
            if (!result)
                return result.error();
            answer.attempt = std::move(result).value();
        }
        return answers;
    }

    const PushOutcome &outcome() const { return m_outcome; }

private:
    // One of the user's attempts at a lecture as the batch keeps it.
    struct KeptAttempt
    {
        AttemptRecord record;
        // Everything read, not only what the judge needs (ProgressStore::judgedAttemptsOf):
        // enough to answer with its result.
        bool full = false;
        bool stored = true; // false: new in this batch, for flushAttempts() to insert
        bool verdictChanged = false; // stored, and its verdict is to be written
        AttemptTexts texts; // of a new one
    };

    // One lecture's progress as this batch has left it so far.
    struct LectureState
    {
        bool viewingLoaded = false;
        std::optional<ViewingRecord> viewing; // none stored yet, nor made by this batch
        bool viewingDirty = false; // to be written by flush()
        bool attemptsLoaded = false;
        QList<KeptAttempt> attempts; // the user's, in the order the store gave them
    };

    EventAnswer rejectedAnswer(const QString &eventId, const QString &reason)
    {
        ++m_outcome.rejected;
        return EventAnswer{EventAnswer::Kind::Rejected, eventId, reason, {}, {}, {}};
    }

    // The answer to one event.
    Result<EventAnswer> answerEvent(const EventInput &event)
    {
        const QString &eventId = event.eventId;
        if (event.type == EventInput::Type::Refused)
            return rejectedAnswer(eventId, event.refusal);

        // Sent before, in this batch or an earlier one.
        std::optional<AppliedEvent> before;
        if (const auto now = m_answered.constFind(eventId); now != m_answered.constEnd())
            before = AppliedEvent{m_userId, QString(), *now};
        else if (const auto stored = m_seen.constFind(eventId); stored != m_seen.constEnd())
            before = *stored;
        if (before) {
            // Another user's id is not theirs to learn anything about: only that it is taken.
            if (before->userId != m_userId) {
                return rejectedAnswer(eventId,
                                      QStringLiteral("The event id %1 was already used by another "
                                                     "user; each event needs its own id.")
                                          .arg(eventId));
            }
            // Sent before: the same answer again, nothing applied twice.
            ++m_outcome.duplicates;
            return EventAnswer{EventAnswer::Kind::Again,
                               eventId,
                               {},
                               before->result,
                               before->result.value(QLatin1StringView("attempt_id")).toString(),
                               {}};
        }

        Result<Outcome> outcome = rejected(QString());
        switch (event.type) {
        case EventInput::Type::NoPayload:
            outcome = rejected(QStringLiteral("The event has no payload object."));
            break;
        case EventInput::Type::Viewing:
            outcome = applyViewing(event.viewing);
            break;
        case EventInput::Type::Attempt:
            outcome = applyAttempt(event.attempt);
            break;
        case EventInput::Type::UnknownKind:
        case EventInput::Type::Refused:
            outcome = rejected(QStringLiteral("Unknown event kind \"%1\"; this server knows "
                                              "\"viewing\" and \"quiz_attempt\".")
                                   .arg(event.kind.left(40)));
            break;
        }
        if (!outcome)
            return outcome.error();

        // What a resend of the event gets: remembered in the store, and kept for this batch.
        QJsonObject stored;
        QString storedText;
        EventAnswer answer;
        answer.eventId = eventId;
        if (outcome.value().applied) {
            ++m_outcome.appliedByKind[event.kind];
            stored.insert(QLatin1StringView("status"), QStringLiteral("applied"));
            if (outcome.value().attemptId.isEmpty()) {
                // What compact() gives for it, without the JSON writer for every event.
                storedText = QStringLiteral("{\"status\":\"applied\"}");
            } else {
                stored.insert(QLatin1StringView("attempt_id"), outcome.value().attemptId);
                answer.attemptId = outcome.value().attemptId;
            }
        } else {
            ++m_outcome.rejected;
            stored.insert(QLatin1StringView("status"), QStringLiteral("rejected"));
            stored.insert(QLatin1StringView("reason"), outcome.value().reason);
            answer.kind = EventAnswer::Kind::Rejected;
            answer.reason = outcome.value().reason;
        }
        if (storedText.isEmpty())
            storedText = compact(stored);
        m_recorded.append(RecordedEvent{eventId, event.kind.left(40), storedText});
        m_answered.insert(eventId, stored);
        return answer;
    }

    Result<Outcome> applyViewing(const ViewingInput &in)
    {
        // Refused rather than ignored, so the device learns it and a modified client cannot
        // fill the database through an account that records nothing (docs/protocol.md).
        if (m_isFaculty) {
            return rejected(QStringLiteral("Faculty preview records no viewing; nothing was "
                                           "stored."));
        }
        if (in.deviceIdTooLong) {
            return rejected(QStringLiteral("device_id is longer than %1 characters.")
                                .arg(PushApplier::kMaxIdLength));
        }
        const QString &lectureId = in.lectureId;
        const Result<std::optional<LectureFacts>> found = visibleLecture(lectureId);
        if (!found)
            return found.error();
        if (!found.value())
            return unknownLecture(lectureId);
        const LectureFacts &facts = *found.value();
        // Nothing may lie past the lecture's end; with no known duration, nothing to check.
        const qint64 endMs = facts.durationMs > 0 ? facts.durationMs + PushApplier::kDurationSlackMs
                                                  : std::numeric_limits<qint64>::max();

        if (!in.intervalsIsArray)
            return rejected(QStringLiteral("intervals must be a list of [start, end] pairs in "
                                           "milliseconds."));
        IntervalSet incoming;
        for (qsizetype i = 0; i < in.intervals.size(); ++i) {
            const qint64 start = in.intervals.at(i).start;
            const qint64 end = in.intervals.at(i).end;
            if (start < 0) {
                return rejected(
                    QStringLiteral("Interval %1 starts before the lecture does (%2 ms).")
                        .arg(i + 1)
                        .arg(start));
            }
            if (end <= start) {
                return rejected(QStringLiteral("Interval %1 [%2, %3] does not end after it "
                                               "starts.")
                                    .arg(i + 1)
                                    .arg(start)
                                    .arg(end));
            }
            if (end > endMs) {
                return rejected(QStringLiteral("Interval %1 ends at %2 ms, past the end of "
                                               "lecture %3 (%4 ms).")
                                    .arg(i + 1)
                                    .arg(end)
                                    .arg(lectureId)
                                    .arg(facts.durationMs));
            }
            incoming.add(start, end);
        }
        if (in.malformedInterval >= 0) {
            return rejected(QStringLiteral("Interval %1 is not a [start, end] pair of whole "
                                           "milliseconds.")
                                .arg(in.malformedInterval + 1));
        }
        if (in.hasPosition) {
            if (!in.positionMs || *in.positionMs < 0 || *in.positionMs > endMs) {
                return rejected(QStringLiteral("position_ms must be a whole number of "
                                               "milliseconds within the lecture."));
            }
            if (!in.positionAt.isValid()) {
                return rejected(QStringLiteral("position_at must be an ISO 8601 time, like "
                                               "2026-11-26T09:00:00.000Z."));
            }
        }

        const Result<LectureState *> state = viewingOf(lectureId);
        if (!state)
            return state.error();
        LectureState &lecture = *state.value();
        const bool existed = lecture.viewing.has_value();
        ViewingRecord viewing
            = lecture.viewing.value_or(ViewingRecord{lectureId, {}, 0, {}, {}, {}});
        const IntervalSet watchedBefore = viewing.watched;
        viewing.watched.unite(incoming);
        // Last writer wins by (position_at, device): the same order on every server and device.
        bool positionChanged = false;
        if (in.positionMs
            && (!viewing.positionAt.isValid() || in.positionAt > viewing.positionAt
                || (in.positionAt == viewing.positionAt
                    && in.positionDevice > viewing.positionDevice))) {
            positionChanged = viewing.positionMs != *in.positionMs
                || viewing.positionAt != in.positionAt
                || viewing.positionDevice != in.positionDevice;
            viewing.positionMs = *in.positionMs;
            viewing.positionAt = in.positionAt;
            viewing.positionDevice = in.positionDevice;
        }
        if (!viewing.unlockedAt.isValid()
            && UnlockRule::isUnlocked(viewing.watched, facts.durationMs, facts.creditsMs,
                                      facts.unlockThreshold)) {
            viewing.unlockedAt = m_receivedAt;
        }

        const bool watchedChanged = viewing.watched != watchedBefore;
        if (existed && !watchedChanged && !positionChanged)
            return applied(); // nothing new: no write, no feed row
        lecture.viewing = std::move(viewing);
        lecture.viewingDirty = true;
        touch(ProgressChanges::Kind::Viewing, lectureId);
        if (watchedChanged) {
            if (Status s = rejudge(facts); !s)
                return s.error();
        }
        return applied();
    }

    Result<Outcome> applyAttempt(const AttemptInput &in)
    {
        if (m_isFaculty) {
            return rejected(QStringLiteral("Faculty preview attempts are graded on the device and "
                                           "recorded nowhere."));
        }
        if (!in.event)
            return rejected(in.refusal);
        const codec::AttemptEvent &event = *in.event;
        const Result<std::optional<LectureFacts>> found = visibleLecture(event.lectureId);
        if (!found)
            return found.error();
        if (!found.value())
            return unknownLecture(event.lectureId);
        const LectureFacts &facts = *found.value();

        std::optional<std::pair<qint64, QString>> existing;
        if (const auto kept = m_attemptLectures.constFind(event.attemptId);
            kept != m_attemptLectures.constEnd()) {
            existing = std::pair(m_userId, *kept);
        } else if (const auto read = m_owners.constFind(event.attemptId);
                   read != m_owners.constEnd()) {
            existing = *read;
        } else {
            const Result<std::optional<std::pair<qint64, QString>>> stored
                = m_progress.attemptOwner(event.attemptId);
            if (!stored)
                return stored.error();
            existing = stored.value();
        }
        if (existing) {
            if (existing->first != m_userId) {
                return rejected(QStringLiteral("The attempt id %1 was already used by another "
                                               "user; each attempt needs its own id.")
                                    .arg(event.attemptId));
            }
            if (existing->second != event.lectureId) {
                return rejected(QStringLiteral("Attempt %1 was already recorded for lecture %2.")
                                    .arg(event.attemptId, existing->second));
            }
            return applied(event.attemptId); // attempts are immutable: the first copy stands
        }

        const Result<std::optional<Quiz>> quiz = quizOf(event.lectureId);
        if (!quiz)
            return quiz.error();
        if (!quiz.value() || quiz.value()->questions.isEmpty())
            return rejected(QStringLiteral("Lecture %1 has no quiz.").arg(event.lectureId));
        const Quiz &key = *quiz.value();
        // Graded already unless the quiz changed since (an import meanwhile).
        const GradedAttempt graded = in.graded && in.graded->quizVersion == key.version
            ? *in.graded
            : gradeAttempt(key, in);
        if (!graded.responsesError.isEmpty())
            return rejected(graded.responsesError);

        AttemptRecord attempt;
        attempt.attemptId = event.attemptId;
        attempt.userId = m_userId;
        attempt.lectureId = event.lectureId;
        attempt.deviceId = event.deviceId.isEmpty() ? m_deviceId : event.deviceId;
        attempt.quizVersion = key.version;
        attempt.startedAt = event.startedAt;
        attempt.finishedAt = event.finishedAt;
        attempt.receivedAt = m_receivedAt;
        attempt.autoSubmitted = event.autoSubmitted;
        attempt.responses = event.responses;
        attempt.provisional = in.provisional;
        attempt.grade = graded.grade;
        attempt.review = graded.review;
        // Kept as refused without a reason, which no verdict is, so judging it below always
        // gives it its real status and a feed row. It is stored with that status at the end of
        // the batch (flushAttempts()).
        attempt.status = AttemptStatus::Refused;
        // The lecture's attempts before this one, which the batch keeps in step from now on.
        const Result<LectureState *> state = attemptsOf(event.lectureId);
        if (!state)
            return state.error();
        state.value()->attempts.append(KeptAttempt{attempt, true, false, false, graded.texts});
        m_attemptLectures.insert(attempt.attemptId, attempt.lectureId);
        m_newAttempts.append(attempt.attemptId);
        if (Status s = rejudge(facts); !s)
            return s.error();
        return applied(event.attemptId);
    }

    // Judges every attempt of the user at the lecture again and writes what changed, each
    // change with a new feed row.
    Status rejudge(const LectureFacts &facts)
    {
        const Result<LectureState *> state = attemptsOf(facts.lectureId);
        if (!state)
            return state.error();
        LectureState &lecture = *state.value();
        if (lecture.attempts.isEmpty())
            return ok();
        const Result<std::optional<Quiz>> quiz = quizOf(facts.lectureId);
        if (!quiz)
            return quiz.error();
        const QuizSettings settings = quiz.value() ? quiz.value()->settings : QuizSettings();
        if (const Result<LectureState *> viewing = viewingOf(facts.lectureId); !viewing)
            return viewing.error();

        const IntervalSet watched = lecture.viewing ? lecture.viewing->watched : IntervalSet();
        const AttemptJudge judge(settings,
                                 {UnlockRule::coverage(watched, facts.durationMs, facts.creditsMs,
                                                       facts.unlockThreshold),
                                  facts.unlockThreshold,
                                  lecture.viewing && lecture.viewing->unlockedAt.isValid()});
        QList<AttemptJudge::Submission> submissions;
        submissions.reserve(lecture.attempts.size());
        for (const KeptAttempt &kept : std::as_const(lecture.attempts)) {
            const AttemptRecord &attempt = kept.record;
            submissions.append(
                {attempt.attemptId, attempt.startedAt, attempt.finishedAt, attempt.receivedAt});
        }
        const QList<AttemptJudge::Verdict> verdicts = judge.judge(submissions);

        int countedBefore = 0;
        int countedAfter = 0;
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            KeptAttempt &kept = lecture.attempts[i];
            AttemptRecord &attempt = kept.record;
            const AttemptJudge::Verdict &verdict = verdicts.at(i);
            countedBefore += attempt.status == AttemptStatus::Counted ? 1 : 0;
            countedAfter += verdict.status == AttemptStatus::Counted ? 1 : 0;
            if (verdict
                == AttemptJudge::Verdict{attempt.status, attempt.reason, attempt.attemptNumber}) {
                continue;
            }
            kept.verdictChanged = kept.stored; // a new one is stored with its verdict
            attempt.status = verdict.status;
            attempt.reason = verdict.reason;
            attempt.attemptNumber = verdict.attemptNumber;
            touch(ProgressChanges::Kind::Attempt, attempt.attemptId);
        }
        // Using the last attempt can reveal every attempt's correct answers: send them all again.
        if (AttemptSession::mayShowAnswers(settings, countedBefore, false)
            != AttemptSession::mayShowAnswers(settings, countedAfter, false)) {
            // The feed's rows so far first, so that these come after them, as they would have,
            // and the attempts, which these are made from.
            if (Status s = flushAttempts(); !s)
                return s;
            if (Status s = flushTouches(); !s)
                return s;
            return m_progress.touchAttemptsOfLecture(m_userId, facts.lectureId, m_now);
        }
        return ok();
    }

    // What the batch needs of the lectures its new events name, read for all of them in a few
    // statements rather than lecture by lecture as events need it: their facts, and the user's
    // viewing and attempts there (on PostgreSQL each statement is a round trip).
    Status readLectures(const QList<EventInput> &events)
    {
        if (m_isFaculty)
            return ok(); // nothing of theirs is applied
        QStringList lectures;
        QSet<QString> named;
        QSet<QString> attempted; // lectures with an attempt in the batch
        QStringList attemptIds;
        for (const EventInput &event : events) {
            if (m_seen.contains(event.eventId))
                continue;
            QString lectureId;
            if (event.type == EventInput::Type::Viewing) {
                lectureId = event.viewing.lectureId;
            } else if (event.type == EventInput::Type::Attempt && event.attempt.event) {
                lectureId = event.attempt.event->lectureId;
                attempted.insert(lectureId);
                if (!m_owners.contains(event.attempt.event->attemptId)) {
                    m_owners.insert(event.attempt.event->attemptId, std::nullopt);
                    attemptIds.append(event.attempt.event->attemptId);
                }
            }
            if (lectureId.isEmpty() || named.contains(lectureId))
                continue;
            named.insert(lectureId);
            lectures.append(lectureId);
        }
        const Result<QHash<QString, std::pair<qint64, QString>>> owners
            = m_progress.attemptOwners(attemptIds);
        if (!owners)
            return owners.error();
        for (auto it = owners.value().cbegin(); it != owners.value().cend(); ++it)
            m_owners.insert(it.key(), *it);
        if (lectures.isEmpty())
            return ok();
        const Result<QHash<QString, LectureFacts>> facts = m_quizzes.lectures(lectures);
        if (!facts)
            return facts.error();
        const Result<QHash<QString, std::optional<ViewingRecord>>> viewing
            = m_progress.viewingsOf(m_userId, lectures);
        if (!viewing)
            return viewing.error();
        const Result<QHash<QString, QList<AttemptRecord>>> attempts
            = m_progress.judgedAttemptsOf(m_userId, lectures);
        if (!attempts)
            return attempts.error();
        for (const QString &lectureId : std::as_const(lectures)) {
            const auto fact = facts.value().constFind(lectureId);
            m_facts.insert(lectureId,
                           fact == facts.value().constEnd() ? std::optional<LectureFacts>()
                                                            : std::optional<LectureFacts>(*fact));
            LectureState &lecture = m_lectureStates[lectureId];
            const auto stored = viewing.value().constFind(lectureId);
            // Damaged intervals are left for viewingOf(), which fails the batch if it needs them.
            if (stored == viewing.value().constEnd() || *stored) {
                lecture.viewing = stored == viewing.value().constEnd()
                    ? std::optional<ViewingRecord>()
                    : *stored;
                lecture.viewingLoaded = true;
            }
            const QList<AttemptRecord> kept = attempts.value().value(lectureId);
            lecture.attempts.reserve(kept.size() + 1);
            for (const AttemptRecord &attempt : kept) {
                lecture.attempts.append(KeptAttempt{attempt, false, true, false, {}});
                m_attemptLectures.insert(attempt.attemptId, lectureId);
            }
            lecture.attemptsLoaded = true;
            if (!kept.isEmpty())
                attempted.insert(lectureId);
        }
        // The quizzes that grading and judging will need. Should one not decode (imported by
        // an older server), quizOf() reads them one by one and fails only where one is needed.
        const QStringList quizzes(attempted.cbegin(), attempted.cend());
        if (const Result<QHash<QString, Quiz>> read = m_quizzes.quizzes(quizzes); read) {
            for (const QString &lectureId : quizzes) {
                const auto quiz = read.value().constFind(lectureId);
                m_quizCache.insert(lectureId,
                                   quiz == read.value().constEnd() ? std::optional<Quiz>()
                                                                   : std::optional<Quiz>(*quiz));
            }
        }
        return ok();
    }

    // The lecture's state with its viewing read from the store, once per batch.
    Result<LectureState *> viewingOf(const QString &lectureId)
    {
        LectureState &lecture = m_lectureStates[lectureId];
        if (!lecture.viewingLoaded) {
            const Result<std::optional<ViewingRecord>> stored
                = m_progress.viewing(m_userId, lectureId);
            if (!stored)
                return stored.error();
            lecture.viewing = stored.value();
            lecture.viewingLoaded = true;
        }
        return &lecture;
    }

    // The lecture's state with its attempts read from the store, once per batch: only what
    // the judge needs.
    Result<LectureState *> attemptsOf(const QString &lectureId)
    {
        LectureState &lecture = m_lectureStates[lectureId];
        if (!lecture.attemptsLoaded) {
            const Result<QList<AttemptRecord>> stored
                = m_progress.judgedAttemptsOf(m_userId, lectureId);
            if (!stored)
                return stored.error();
            lecture.attempts.reserve(stored.value().size() + 1);
            for (const AttemptRecord &attempt : stored.value()) {
                lecture.attempts.append(KeptAttempt{attempt, false, true, false, {}});
                m_attemptLectures.insert(attempt.attemptId, lectureId);
            }
            lecture.attemptsLoaded = true;
        }
        return &lecture;
    }

    // Gives the entity a new row at the end of the user's feed, at flush(): touched again
    // before then, it moves to the end, as a row written at once would have.
    void touch(ProgressChanges::Kind kind, const QString &entityId)
    {
        m_touched.insert({int(kind), entityId}, m_touches++);
    }

    Status flushTouches()
    {
        if (m_touched.isEmpty())
            return ok();
        QList<std::pair<qint64, std::pair<int, QString>>> order;
        order.reserve(m_touched.size());
        for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it)
            order.append({it.value(), it.key()});
        std::sort(order.begin(), order.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<std::pair<ProgressChanges::Kind, QString>> entities;
        entities.reserve(order.size());
        for (const auto &[serial, entity] : std::as_const(order))
            entities.append({ProgressChanges::Kind(entity.first), entity.second});
        m_touched.clear();
        return m_progress.touch(m_userId, entities, m_now);
    }

    // Stores the batch's new attempts, in the order they came, with their verdicts as they
    // stand now, and the verdicts that changed of those stored before.
    Status flushAttempts()
    {
        QList<AttemptRecord> records;
        QList<AttemptTexts> texts;
        for (const QString &attemptId : std::as_const(m_newAttempts)) {
            LectureState &lecture = m_lectureStates[m_attemptLectures.value(attemptId)];
            for (KeptAttempt &kept : lecture.attempts) {
                if (kept.record.attemptId == attemptId && !kept.stored) {
                    records.append(kept.record);
                    texts.append(kept.texts);
                    kept.stored = true;
                    kept.texts = {};
                }
            }
        }
        m_newAttempts.clear();
        if (Status s = m_progress.insertAttempts(records, texts); !s)
            return s;
        for (auto it = m_lectureStates.begin(); it != m_lectureStates.end(); ++it) {
            for (KeptAttempt &kept : it.value().attempts) {
                if (!kept.verdictChanged)
                    continue;
                const AttemptRecord &attempt = kept.record;
                if (Status s = m_progress.updateVerdict(attempt.attemptId, attempt.status,
                                                        attempt.reason, attempt.attemptNumber);
                    !s) {
                    return s;
                }
                kept.verdictChanged = false;
            }
        }
        return ok();
    }

    // Writes what the batch kept back: the attempts and viewing it changed, the feed's rows and
    // the events' answers.
    Status flush()
    {
        if (Status s = flushAttempts(); !s)
            return s;
        QList<ViewingRecord> changed;
        for (auto it = m_lectureStates.begin(); it != m_lectureStates.end(); ++it) {
            LectureState &lecture = it.value();
            if (lecture.viewingDirty) {
                changed.append(*lecture.viewing);
                lecture.viewingDirty = false;
            }
        }
        if (Status s = m_progress.saveViewings(m_userId, changed, m_now); !s)
            return s;
        if (Status s = flushTouches(); !s)
            return s;
        if (Status s = m_progress.recordEvents(m_userId, m_recorded, m_now); !s)
            return s;
        m_recorded.clear();
        return ok();
    }

    // The attempt's result as its learner may see it now.
    Result<AttemptResult> attemptResult(const QString &attemptId)
    {
        // Kept by the batch in full, in step with the store: no need to read it back.
        if (const auto kept = m_attemptLectures.constFind(attemptId);
            kept != m_attemptLectures.constEnd()) {
            const LectureState &lecture = m_lectureStates[*kept];
            const auto attempt = std::find_if(
                lecture.attempts.cbegin(), lecture.attempts.cend(),
                [&attemptId](const KeptAttempt &a) { return a.record.attemptId == attemptId; });
            if (attempt != lecture.attempts.cend() && attempt->full) {
                const Result<std::optional<Quiz>> quiz = quizOf(*kept);
                if (!quiz)
                    return quiz.error();
                const auto counted = std::count_if(
                    lecture.attempts.cbegin(), lecture.attempts.cend(),
                    [](const KeptAttempt &a) { return a.record.status == AttemptStatus::Counted; });
                return AttemptView::resultOf(attempt->record,
                                             quiz.value() ? quiz.value()->settings : QuizSettings(),
                                             int(counted));
            }
        }
        const Result<std::optional<AttemptRecord>> attempt = m_progress.attempt(attemptId);
        if (!attempt)
            return attempt.error();
        if (!attempt.value())
            return sql::storageError(QStringLiteral("attempt %1 vanished").arg(attemptId));
        const Result<std::optional<Quiz>> quiz = quizOf(attempt.value()->lectureId);
        if (!quiz)
            return quiz.error();
        const Result<QHash<QString, int>> counted
            = m_progress.countedAttempts(m_userId, {attempt.value()->lectureId});
        if (!counted)
            return counted.error();
        return AttemptView::resultOf(*attempt.value(),
                                     quiz.value() ? quiz.value()->settings : QuizSettings(),
                                     counted.value().value(attempt.value()->lectureId));
    }

    // The lecture when it exists and the user takes its course (sees it, and did not choose
    // another option of its elective slot); nullopt otherwise, the same for all, so events
    // cannot probe for drafts.
    Result<std::optional<LectureFacts>> visibleLecture(const QString &lectureId)
    {
        const auto cached = m_lectures.constFind(lectureId);
        if (cached != m_lectures.constEnd())
            return *cached;
        std::optional<LectureFacts> visible;
        if (!lectureId.isEmpty()) {
            std::optional<LectureFacts> facts;
            if (const auto read = m_facts.constFind(lectureId); read != m_facts.constEnd()) {
                facts = *read;
            } else {
                const Result<std::optional<LectureFacts>> stored = m_quizzes.lecture(lectureId);
                if (!stored)
                    return stored.error();
                facts = stored.value();
            }
            if (facts) {
                const Result<bool> shows = takesCourse(facts->courseCode);
                if (!shows)
                    return shows.error();
                if (shows.value())
                    visible = facts;
            }
        }
        m_lectures.insert(lectureId, visible);
        return visible;
    }

    Result<bool> takesCourse(const QString &courseCode)
    {
        const auto cached = m_courses.constFind(courseCode);
        if (cached != m_courses.constEnd())
            return *cached;
        if (!m_enrolment) {
            const Result<std::optional<Enrolment>> enrolment = m_accounts.enrolmentOf(m_userId);
            if (!enrolment)
                return enrolment.error();
            m_enrolment = enrolment.value();
        }
        // No such user or no enrolment: no course at all.
        if (!m_hasAccount || !*m_enrolment)
            return false;
        const Result<bool> shows = m_feed.takesCourse(**m_enrolment, courseCode);
        if (shows)
            m_courses.insert(courseCode, shows.value());
        return shows;
    }

    Result<std::optional<Quiz>> quizOf(const QString &lectureId)
    {
        const auto cached = m_quizCache.constFind(lectureId);
        if (cached != m_quizCache.constEnd())
            return *cached;
        const Result<std::optional<Quiz>> quiz = m_quizzes.quiz(lectureId);
        if (!quiz)
            return quiz.error();
        m_quizCache.insert(lectureId, quiz.value());
        return quiz.value();
    }

    static Outcome unknownLecture(const QString &lectureId)
    {
        if (lectureId.isEmpty())
            return rejected(QStringLiteral("The event names no lecture_id."));
        return rejected(QStringLiteral("Unknown lecture %1.").arg(lectureId.left(100)));
    }

    const ServerStore &m_store;
    const AccountStore &m_accounts;
    const CatalogFeed &m_feed;
    const QuizStore &m_quizzes;
    const ProgressStore &m_progress;
    const qint64 m_userId;
    const QString m_deviceId;
    const QDateTime m_receivedAt;
    QString m_now; // when the batch took the store, as stored
    bool m_hasAccount = false;
    bool m_isFaculty = false;
    std::optional<std::optional<Enrolment>> m_enrolment; // read when first needed
    PushOutcome m_outcome;
    QHash<QString, std::optional<LectureFacts>> m_facts; // read by readLectures()
    // Attempt ids of the batch as they were stored before it: (user, lecture), or none.
    QHash<QString, std::optional<std::pair<qint64, QString>>> m_owners;
    QHash<QString, std::optional<LectureFacts>> m_lectures; // visible ones; nullopt otherwise
    QHash<QString, bool> m_courses;
    QHash<QString, std::optional<Quiz>> m_quizCache;
    QHash<QString, AppliedEvent> m_seen; // stored before this batch
    QHash<QString, QJsonObject> m_answered; // by this batch: what a resend gets
    QHash<QString, LectureState> m_lectureStates;
    QHash<QString, QString> m_attemptLectures; // the user's attempts the batch keeps → lecture
    QStringList m_newAttempts; // not stored yet, in the order they came
    QHash<std::pair<int, QString>, qint64> m_touched; // (kind, entity) → order of last touch
    qint64 m_touches = 0;
    QList<RecordedEvent> m_recorded;
};

} // namespace

// SQLite's writer: one thread applies every batch, on its own connection, and the batches that
// queued up while it wrote go into its next transaction together, each in a savepoint of its
// own. One connection keeps its page cache (SQLite empties a connection's cache whenever
// another connection has written, which with a writer per request thread was nearly every
// batch), and one commit for several batches writes each changed page once.
// One push waiting for the writer.
struct PushApplier::WriterJob
{
    qint64 userId = 0;
    QString deviceId;
    QDateTime receivedAt;
    const QList<EventInput> *events = nullptr;
    std::optional<Result<QList<EventAnswer>>> answers;
    PushOutcome outcome;
    bool done = false;
};

struct PushApplier::Writer
{
    // At most this much in one transaction, so that the first push of a group does not wait
    // for too many after it.
    static constexpr qsizetype kMaxBatches = 16;
    static constexpr qsizetype kMaxEvents = 2000;

    QMutex mutex;
    QWaitCondition queued; // the writer waits here for jobs
    QWaitCondition finished; // pushes wait here for theirs
    QList<WriterJob *> queue;
    bool stopping = false;
    std::unique_ptr<QThread> thread;
};

PushApplier::PushApplier(const ServerStore &store, const AccountStore &accounts,
                         const CatalogFeed &feed, const QuizStore &quizzes,
                         const ProgressStore &progress)
    : m_store(store)
    , m_accounts(accounts)
    , m_feed(feed)
    , m_quizzes(quizzes)
    , m_progress(progress)
{
    if (!m_store.isPostgresql()) {
        m_writer = std::make_unique<Writer>();
        m_writer->thread.reset(QThread::create([this] { writeLoop(); }));
        m_writer->thread->setObjectName(QStringLiteral("push writer"));
        m_writer->thread->start();
    }
}

PushApplier::~PushApplier()
{
    if (m_writer) {
        {
            const QMutexLocker locker(&m_writer->mutex);
            m_writer->stopping = true;
            m_writer->queued.wakeAll();
        }
        m_writer->thread->wait();
    }
}

void PushApplier::writeLoop() const
{
    Writer &writer = *m_writer;
    for (;;) {
        QList<WriterJob *> group;
        {
            QMutexLocker locker(&writer.mutex);
            while (writer.queue.isEmpty() && !writer.stopping)
                writer.queued.wait(&writer.mutex);
            if (writer.queue.isEmpty())
                return; // stopping, and nothing left to write
            qsizetype events = 0;
            while (
                !writer.queue.isEmpty() && group.size() < Writer::kMaxBatches
                && (group.isEmpty()
                    || events + writer.queue.constFirst()->events->size() <= Writer::kMaxEvents)) {
                events += writer.queue.constFirst()->events->size();
                group.append(writer.queue.takeFirst());
            }
        }
        writeGroup(group);
        const QMutexLocker locker(&writer.mutex);
        for (WriterJob *job : std::as_const(group))
            job->done = true;
        writer.finished.wakeAll();
    }
}

void PushApplier::writeGroup(const QList<WriterJob *> &group) const
{
    const auto failAll = [&group](const Error &error) {
        for (WriterJob *job : group)
            job->answers = error;
    };
    const auto run = [this](const QString &statement) -> Status {
        const Result<std::shared_ptr<KeptQuery>> ran = m_store.runKept(statement, {});
        if (!ran)
            return ran.error();
        ran.value()->finish();
        return ok();
    };
    static const QString savepoint = QStringLiteral("SAVEPOINT push");
    static const QString release = QStringLiteral("RELEASE push");
    static const QString rollback = QStringLiteral("ROLLBACK TO push");

    SqlTransaction transaction(m_store.database());
    if (Status s = transaction.begin(); !s)
        return failAll(s.error());
    for (WriterJob *job : group) {
        if (Status s = run(savepoint); !s)
            return failAll(s.error());
        Batch batch(m_store, m_accounts, m_feed, m_quizzes, m_progress, job->userId, job->deviceId,
                    job->receivedAt);
        Result<QList<EventAnswer>> answers = batch.apply(*job->events);
        if (!answers) {
            // This push alone fails (the device sends it again); the others stand. Should the
            // store not even undo it, none of them is committed.
            if (Status s = run(rollback); !s)
                return failAll(s.error());
            if (Status s = run(release); !s)
                return failAll(s.error());
            job->answers = answers.error();
            continue;
        }
        if (Status s = run(release); !s)
            return failAll(s.error());
        job->answers = std::move(answers);
        job->outcome = batch.outcome();
    }
    if (Status s = transaction.commit(); !s)
        failAll(s.error());
}

bool PushApplier::mayHoldNul(const QByteArray &body)
{
    return body.contains(QByteArrayView("\\u0000")) || body.contains('\0');
}

Result<PushOutcome> PushApplier::apply(qint64 userId, const QJsonArray &events,
                                       const QString &deviceId, const QDateTime &receivedAt,
                                       bool mayHoldNul) const
{
    // Everything that needs no lock first, on this request's thread while other pushes may be
    // writing: reading the events, and grading the attempts against their quizzes as they are
    // now (the batch checks that each quiz still has that version).
    QList<EventInput> inputs;
    inputs.reserve(events.size());
    QStringList attempted;
    for (const QJsonValue &value : events) {
        inputs.append(readEvent(value, deviceId, mayHoldNul));
        const EventInput &input = inputs.constLast();
        if (input.type == EventInput::Type::Attempt && input.attempt.event
            && !attempted.contains(input.attempt.event->lectureId)) {
            attempted.append(input.attempt.event->lectureId);
        }
    }
    // A failure here only means grading inside the batch, which reports it.
    if (const Result<QHash<QString, Quiz>> quizzes = m_quizzes.quizzes(attempted); quizzes) {
        for (EventInput &input : inputs) {
            if (input.type != EventInput::Type::Attempt || !input.attempt.event)
                continue;
            const auto quiz = quizzes.value().constFind(input.attempt.event->lectureId);
            if (quiz != quizzes.value().constEnd() && !quiz->questions.isEmpty())
                input.attempt.graded = gradeAttempt(*quiz, input.attempt);
        }
    }

    if (m_writer) {
        WriterJob job;
        job.userId = userId;
        job.deviceId = deviceId;
        job.receivedAt = receivedAt;
        job.events = &inputs;
        {
            QMutexLocker locker(&m_writer->mutex);
            m_writer->queue.append(&job);
            m_writer->queued.wakeOne();
            while (!job.done)
                m_writer->finished.wait(&m_writer->mutex);
        }
        if (!*job.answers)
            return job.answers->error();
        PushOutcome outcome = job.outcome;
        outcome.body = resultsBody(job.answers->value());
        return outcome;
    }

    // PostgreSQL: a transaction of its own on this thread; other pushes, here and on other
    // servers, run side by side, each user's behind that user's lock (FeedLocks).
    Batch batch(m_store, m_accounts, m_feed, m_quizzes, m_progress, userId, deviceId, receivedAt);
    Result<QList<EventAnswer>> answers = QList<EventAnswer>();
    {
        SqlTransaction transaction(m_store.database());
        if (Status s = transaction.begin(); !s)
            return s.error();
        answers = batch.apply(inputs);
        if (answers) {
            if (Status s = transaction.commit(); !s)
                return s.error();
        }
    }
    if (!answers)
        return answers.error();
    PushOutcome outcome = batch.outcome();
    outcome.body = resultsBody(answers.value());
    return outcome;
}

} // namespace lectern
