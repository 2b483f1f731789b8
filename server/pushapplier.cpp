#include "pushapplier.h"

#include "accountstore.h"
#include "attemptjudge.h"
#include "attemptview.h"
#include "catalogfeed.h"
#include "feedlocks.h"
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

// Applies one batch: the transaction, and what the events of the batch share (the user, and
// the lectures, courses and quizzes already looked up).
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

    Result<PushOutcome> run(const QJsonArray &events)
    {
        SqlTransaction transaction(m_store.database());
        if (Status s = transaction.begin(); !s)
            return s.error();
        // Before anything is read: another server may be applying this user's events right
        // now, and what it commits must be seen here (event ids, viewing to merge, attempts).
        if (Status s = FeedLocks::lockProgressOf(m_store.database(), m_userId); !s)
            return s.error();
        const Result<std::optional<Account>> account = m_accounts.findById(m_userId);
        if (!account)
            return account.error();
        m_isFaculty = account.value() && account.value()->role == u"faculty";

        QJsonArray results;
        QList<std::pair<qsizetype, QString>> attemptResults; // answer index → attempt id
        for (const QJsonValue &value : events) {
            const Result<QJsonObject> answer = answerEvent(value);
            if (!answer)
                return answer.error();
            QJsonObject result = answer.value();
            const QString attemptId = result.take(QStringLiteral("attempt_id")).toString();
            if (!attemptId.isEmpty())
                attemptResults.append({results.size(), attemptId});
            results.append(result);
        }
        // Results are read after the whole batch, so each shows the attempt's state once every
        // event of the batch has applied (a viewing event later in the batch may have made an
        // attempt count).
        for (const auto &[index, attemptId] : std::as_const(attemptResults)) {
            const Result<QJsonObject> attempt = attemptResult(attemptId);
            if (!attempt)
                return attempt.error();
            QJsonObject result = results.at(index).toObject();
            result.insert(QStringLiteral("attempt"), attempt.value());
            results.replace(index, result);
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        m_outcome.results = results;
        return m_outcome;
    }

private:
    // The answer to one event, with "attempt_id" naming the attempt whose result it carries.
    Result<QJsonObject> answerEvent(const QJsonValue &value)
    {
        const QJsonObject event = value.toObject();
        const QJsonValue idValue = event.value(QStringLiteral("event_id"));
        const QString eventId = idValue.toString();
        QJsonObject answer{{QStringLiteral("event_id"), eventId}};
        const auto refuse = [this, &answer](const QString &reason) {
            ++m_outcome.rejected;
            answer.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            answer.insert(QStringLiteral("reason"), reason);
            return answer;
        };
        if (!value.isObject())
            return refuse(QStringLiteral("An event must be a JSON object."));
        if (!idValue.isString() || eventId.trimmed().isEmpty()
            || eventId.size() > PushApplier::kMaxIdLength) {
            return refuse(QStringLiteral("event_id must be a non-empty string of at most %1 "
                                         "characters.")
                              .arg(PushApplier::kMaxIdLength));
        }
        // Not remembered: the store cannot hold its texts, and a resend gets the same answer.
        if (holdsNul(value))
            return refuse(QStringLiteral("Text in an event may not contain NUL characters."));

        const Result<std::optional<AppliedEvent>> seen = m_progress.appliedEvent(eventId);
        if (!seen)
            return seen.error();
        if (seen.value()) {
            // Another user's id is not theirs to learn anything about: only that it is taken.
            if (seen.value()->userId != m_userId) {
                return refuse(QStringLiteral("The event id %1 was already used by another user; "
                                             "each event needs its own id.")
                                  .arg(eventId));
            }
            // Sent before: the same answer again, nothing applied twice.
            ++m_outcome.duplicates;
            QJsonObject again = seen.value()->result;
            again.insert(QStringLiteral("event_id"), eventId);
            return again;
        }

        const QString kind = event.value(QStringLiteral("kind")).toString();
        const QJsonValue payload = event.value(QStringLiteral("payload"));
        Result<Outcome> outcome = rejected(QString());
        if (!payload.isObject())
            outcome = rejected(QStringLiteral("The event has no payload object."));
        else if (kind == u"viewing")
            outcome = applyViewing(payload.toObject());
        else if (kind == u"quiz_attempt")
            outcome = applyAttempt(payload.toObject());
        else
            outcome = rejected(QStringLiteral("Unknown event kind \"%1\"; this server knows "
                                              "\"viewing\" and \"quiz_attempt\".")
                                   .arg(kind.left(40)));
        if (!outcome)
            return outcome.error();

        QJsonObject stored;
        if (outcome.value().applied) {
            ++m_outcome.appliedByKind[kind];
            stored.insert(QStringLiteral("status"), QStringLiteral("applied"));
            if (!outcome.value().attemptId.isEmpty())
                stored.insert(QStringLiteral("attempt_id"), outcome.value().attemptId);
        } else {
            ++m_outcome.rejected;
            stored.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            stored.insert(QStringLiteral("reason"), outcome.value().reason);
        }
        if (Status s = m_progress.recordEvent(eventId, m_userId, kind.left(40), stored); !s)
            return s.error();
        stored.insert(QStringLiteral("event_id"), eventId);
        return stored;
    }

    Result<Outcome> applyViewing(const QJsonObject &payload)
    {
        // Refused rather than ignored, so the device learns it and a modified client cannot
        // fill the database through an account that records nothing (docs/protocol.md).
        if (m_isFaculty) {
            return rejected(QStringLiteral("Faculty preview records no viewing; nothing was "
                                           "stored."));
        }
        if (payload.value(QStringLiteral("device_id")).toString().size()
            > PushApplier::kMaxIdLength) {
            return rejected(QStringLiteral("device_id is longer than %1 characters.")
                                .arg(PushApplier::kMaxIdLength));
        }
        const QString lectureId = payload.value(QStringLiteral("lecture_id")).toString();
        const Result<std::optional<LectureFacts>> found = visibleLecture(lectureId);
        if (!found)
            return found.error();
        if (!found.value())
            return unknownLecture(lectureId);
        const LectureFacts &facts = *found.value();
        // Nothing may lie past the lecture's end; with no known duration, nothing to check.
        const qint64 endMs = facts.durationMs > 0 ? facts.durationMs + PushApplier::kDurationSlackMs
                                                  : std::numeric_limits<qint64>::max();

        const QJsonValue intervalsValue = payload.value(QStringLiteral("intervals"));
        if (!intervalsValue.isArray())
            return rejected(QStringLiteral("intervals must be a list of [start, end] pairs in "
                                           "milliseconds."));
        IntervalSet incoming;
        const QJsonArray intervals = intervalsValue.toArray();
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const QJsonArray pair = intervals.at(i).toArray();
            const std::optional<qint64> start = wholeNumber(pair.at(0));
            const std::optional<qint64> end = wholeNumber(pair.at(1));
            if (!intervals.at(i).isArray() || pair.size() != 2 || !start || !end) {
                return rejected(QStringLiteral("Interval %1 is not a [start, end] pair of whole "
                                               "milliseconds.")
                                    .arg(i + 1));
            }
            if (*start < 0) {
                return rejected(
                    QStringLiteral("Interval %1 starts before the lecture does (%2 ms).")
                        .arg(i + 1)
                        .arg(*start));
            }
            if (*end <= *start) {
                return rejected(QStringLiteral("Interval %1 [%2, %3] does not end after it "
                                               "starts.")
                                    .arg(i + 1)
                                    .arg(*start)
                                    .arg(*end));
            }
            if (*end > endMs) {
                return rejected(QStringLiteral("Interval %1 ends at %2 ms, past the end of "
                                               "lecture %3 (%4 ms).")
                                    .arg(i + 1)
                                    .arg(*end)
                                    .arg(lectureId)
                                    .arg(facts.durationMs));
            }
            incoming.add(*start, *end);
        }

        // The resume position is optional: a device may only have watched.
        std::optional<qint64> positionMs;
        QDateTime positionAt;
        QString positionDevice = payload.value(QStringLiteral("device_id")).toString(m_deviceId);
        if (payload.contains(QStringLiteral("position_ms"))) {
            positionMs = wholeNumber(payload.value(QStringLiteral("position_ms")));
            if (!positionMs || *positionMs < 0 || *positionMs > endMs) {
                return rejected(QStringLiteral("position_ms must be a whole number of "
                                               "milliseconds within the lecture."));
            }
            positionAt
                = codec::timestampFromJson(payload.value(QStringLiteral("position_at")).toString());
            if (!positionAt.isValid()) {
                return rejected(QStringLiteral("position_at must be an ISO 8601 time, like "
                                               "2026-11-26T09:00:00.000Z."));
            }
        }

        const Result<std::optional<ViewingRecord>> stored = m_progress.viewing(m_userId, lectureId);
        if (!stored)
            return stored.error();
        ViewingRecord viewing
            = stored.value().value_or(ViewingRecord{lectureId, {}, 0, {}, {}, {}});
        const ViewingRecord before = viewing;
        viewing.watched.unite(incoming);
        // Last writer wins by (position_at, device): the same order on every server and device.
        if (positionMs
            && (!viewing.positionAt.isValid() || positionAt > viewing.positionAt
                || (positionAt == viewing.positionAt && positionDevice > viewing.positionDevice))) {
            viewing.positionMs = *positionMs;
            viewing.positionAt = positionAt;
            viewing.positionDevice = positionDevice;
        }
        if (!viewing.unlockedAt.isValid()
            && UnlockRule::isUnlocked(viewing.watched, facts.durationMs, facts.creditsMs,
                                      facts.unlockThreshold)) {
            viewing.unlockedAt = m_receivedAt;
        }

        const bool watchedChanged = viewing.watched != before.watched;
        const bool positionChanged = viewing.positionMs != before.positionMs
            || viewing.positionAt != before.positionAt
            || viewing.positionDevice != before.positionDevice;
        if (stored.value() && !watchedChanged && !positionChanged)
            return applied(); // nothing new: no write, no feed row
        if (Status s = m_progress.saveViewing(m_userId, viewing); !s)
            return s.error();
        if (Status s = ProgressChanges::touch(m_store.database(), m_userId,
                                              ProgressChanges::Kind::Viewing, lectureId);
            !s) {
            return s.error();
        }
        if (watchedChanged) {
            if (Status s = rejudge(facts); !s)
                return s.error();
        }
        return applied();
    }

    Result<Outcome> applyAttempt(const QJsonObject &payload)
    {
        if (m_isFaculty) {
            return rejected(QStringLiteral("Faculty preview attempts are graded on the device and "
                                           "recorded nowhere."));
        }
        const Result<codec::AttemptEvent> read = codec::attemptEventFromJson(payload);
        if (!read)
            return rejected(read.error().message);
        const codec::AttemptEvent &event = read.value();
        if (event.attemptId.size() > PushApplier::kMaxIdLength) {
            return rejected(QStringLiteral("attempt_id is longer than %1 characters.")
                                .arg(PushApplier::kMaxIdLength));
        }
        if (event.deviceId.size() > PushApplier::kMaxIdLength) {
            return rejected(QStringLiteral("device_id is longer than %1 characters.")
                                .arg(PushApplier::kMaxIdLength));
        }
        // Stored as sent: without these caps one attempt could hold most of a 4 MiB push.
        for (qsizetype i = 0; i < event.responses.size(); ++i) {
            if (compactSize(event.responses.at(i)) > PushApplier::kMaxResponseBytes) {
                return rejected(QStringLiteral("The response to question %1 is larger than "
                                               "%2 bytes.")
                                    .arg(i + 1)
                                    .arg(PushApplier::kMaxResponseBytes));
            }
        }
        if (compactSize(payload.value(QStringLiteral("provisional")))
            > PushApplier::kMaxProvisionalBytes) {
            return rejected(QStringLiteral("The provisional grade is larger than %1 bytes.")
                                .arg(PushApplier::kMaxProvisionalBytes));
        }
        const Result<std::optional<LectureFacts>> found = visibleLecture(event.lectureId);
        if (!found)
            return found.error();
        if (!found.value())
            return unknownLecture(event.lectureId);
        const LectureFacts &facts = *found.value();

        const Result<std::optional<AttemptRecord>> existing = m_progress.attempt(event.attemptId);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            if (existing.value()->userId != m_userId) {
                return rejected(QStringLiteral("The attempt id %1 was already used by another "
                                               "user; each attempt needs its own id.")
                                    .arg(event.attemptId));
            }
            if (existing.value()->lectureId != event.lectureId) {
                return rejected(QStringLiteral("Attempt %1 was already recorded for lecture %2.")
                                    .arg(event.attemptId, existing.value()->lectureId));
            }
            return applied(event.attemptId); // attempts are immutable: the first copy stands
        }

        const Result<std::optional<Quiz>> quiz = quizOf(event.lectureId);
        if (!quiz)
            return quiz.error();
        if (!quiz.value() || quiz.value()->questions.isEmpty())
            return rejected(QStringLiteral("Lecture %1 has no quiz.").arg(event.lectureId));
        const Quiz &key = *quiz.value();
        const Result<QList<Response>> responses
            = codec::responsesFromJson(event.responses, int(key.questions.size()));
        if (!responses)
            return rejected(responses.error().message);

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
        attempt.provisional = payload.value(QStringLiteral("provisional")).toObject();
        // The server's own grade from its full key; the device's provisional one is only kept.
        attempt.grade = gradeQuiz(key.questions, responses.value(), key.settings.passMark);
        for (qsizetype i = 0; i < key.questions.size(); ++i) {
            const Question &question = key.questions.at(i);
            if (question.type == QuestionType::Description)
                continue;
            const QuestionGrade graded = grade(question, responses.value().at(i));
            attempt.review.append(QuestionReview{int(i), graded.fraction, graded.answered,
                                                 graded.feedback, graded.generalFeedback,
                                                 correctAnswerText(question)});
        }
        // Stored as refused without a reason, which no verdict is, so judging it below always
        // writes its real status and gives it a feed row.
        attempt.status = AttemptStatus::Refused;
        if (Status s = m_progress.insertAttempt(attempt); !s)
            return s.error();
        if (Status s = rejudge(facts); !s)
            return s.error();
        return applied(event.attemptId);
    }

    // Judges every attempt of the user at the lecture again and writes what changed, each
    // change with a new feed row.
    Status rejudge(const LectureFacts &facts)
    {
        const Result<QList<AttemptRecord>> attempts
            = m_progress.attemptsOf(m_userId, facts.lectureId);
        if (!attempts)
            return attempts.error();
        if (attempts.value().isEmpty())
            return ok();
        const Result<std::optional<Quiz>> quiz = quizOf(facts.lectureId);
        if (!quiz)
            return quiz.error();
        const QuizSettings settings = quiz.value() ? quiz.value()->settings : QuizSettings();
        const Result<std::optional<ViewingRecord>> viewing
            = m_progress.viewing(m_userId, facts.lectureId);
        if (!viewing)
            return viewing.error();

        const IntervalSet watched = viewing.value() ? viewing.value()->watched : IntervalSet();
        const AttemptJudge judge(settings,
                                 {UnlockRule::coverage(watched, facts.durationMs, facts.creditsMs,
                                                       facts.unlockThreshold),
                                  facts.unlockThreshold,
                                  viewing.value() && viewing.value()->unlockedAt.isValid()});
        QList<AttemptJudge::Submission> submissions;
        for (const AttemptRecord &attempt : attempts.value()) {
            submissions.append(
                {attempt.attemptId, attempt.startedAt, attempt.finishedAt, attempt.receivedAt});
        }
        const QList<AttemptJudge::Verdict> verdicts = judge.judge(submissions);

        int countedBefore = 0;
        int countedAfter = 0;
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            const AttemptRecord &attempt = attempts.value().at(i);
            const AttemptJudge::Verdict &verdict = verdicts.at(i);
            countedBefore += attempt.status == AttemptStatus::Counted ? 1 : 0;
            countedAfter += verdict.status == AttemptStatus::Counted ? 1 : 0;
            if (verdict
                == AttemptJudge::Verdict{attempt.status, attempt.reason, attempt.attemptNumber}) {
                continue;
            }
            if (Status s = m_progress.updateVerdict(attempt.attemptId, verdict.status,
                                                    verdict.reason, verdict.attemptNumber);
                !s) {
                return s;
            }
            if (Status s
                = ProgressChanges::touch(m_store.database(), m_userId,
                                         ProgressChanges::Kind::Attempt, attempt.attemptId);
                !s) {
                return s;
            }
        }
        // Using the last attempt can reveal every attempt's correct answers: send them all again.
        if (AttemptSession::mayShowAnswers(settings, countedBefore, false)
            != AttemptSession::mayShowAnswers(settings, countedAfter, false)) {
            return ProgressChanges::touchAttemptsOfLecture(m_store.database(), facts.lectureId,
                                                           m_userId);
        }
        return ok();
    }

    // The attempt's result as its learner may see it now.
    Result<QJsonObject> attemptResult(const QString &attemptId)
    {
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
        return codec::toJson(AttemptView::resultOf(
            *attempt.value(), quiz.value() ? quiz.value()->settings : QuizSettings(),
            counted.value().value(attempt.value()->lectureId)));
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
            const Result<std::optional<LectureFacts>> facts = m_quizzes.lecture(lectureId);
            if (!facts)
                return facts.error();
            if (facts.value()) {
                const Result<bool> shows = m_feed.takesCourse(m_userId, facts.value()->courseCode);
                if (!shows)
                    return shows.error();
                if (shows.value())
                    visible = facts.value();
            }
        }
        m_lectures.insert(lectureId, visible);
        return visible;
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
    bool m_isFaculty = false;
    PushOutcome m_outcome;
    QHash<QString, std::optional<LectureFacts>> m_lectures;
    QHash<QString, std::optional<Quiz>> m_quizCache;
};

} // namespace

PushApplier::PushApplier(const ServerStore &store, const AccountStore &accounts,
                         const CatalogFeed &feed, const QuizStore &quizzes,
                         const ProgressStore &progress)
    : m_store(store)
    , m_accounts(accounts)
    , m_feed(feed)
    , m_quizzes(quizzes)
    , m_progress(progress)
{ }

Result<PushOutcome> PushApplier::apply(qint64 userId, const QJsonArray &events,
                                       const QString &deviceId, const QDateTime &receivedAt) const
{
    std::optional<QMutexLocker<QMutex>> writer;
    if (!m_store.isPostgresql())
        writer.emplace(&m_sqliteWriter);
    return Batch(m_store, m_accounts, m_feed, m_quizzes, m_progress, userId, deviceId, receivedAt)
        .run(events);
}

} // namespace lectern
