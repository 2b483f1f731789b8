#include "quizrepository.h"

#include "quiz/attemptsession.h"
#include "store/electivechoices.h"
#include "store/sqlsupport.h"
#include "sync/quizcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lectern {

using namespace store;

namespace {

QString stateName(AttemptState state)
{
    return state == AttemptState::Submitted ? QStringLiteral("submitted")
                                            : QStringLiteral("in_progress");
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::QuizRepository", text);
}

QJsonArray intsToJson(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QList<int> intsFromJson(const QJsonArray &array)
{
    QList<int> values;
    values.reserve(array.size());
    for (const QJsonValue &value : array)
        values.append(value.toInt());
    return values;
}

QVariant resultToColumn(const std::optional<AttemptResult> &result)
{
    return result ? QVariant(compact(codec::toJson(*result))) : QVariant();
}

// A damaged result column must not hide the attempt: it is shown without that result.
std::optional<AttemptResult> resultFromColumn(const QVariant &value, const QString &attemptId)
{
    if (value.isNull())
        return std::nullopt;
    Result<AttemptResult> result = codec::attemptResultFromJson(objectFrom(value));
    if (!result) {
        qCWarning(lcStore) << "unreadable result of attempt" << attemptId << result.error().message;
        return std::nullopt;
    }
    return result.value();
}

const QString kAttemptColumns = QStringLiteral(
    "attempt_id, lecture_id, state, started_at, deadline, finished_at, seed, "
    "question_order_json, answer_orders_json, responses_json, flags_json, current_position, "
    "auto_submitted, provisional_json, confirmed_json");

Result<Attempt> attemptFromRow(const QSqlQuery &query)
{
    Attempt attempt;
    attempt.attemptId = query.value(0).toString();
    attempt.lectureId = query.value(1).toString();
    attempt.state = query.value(2).toString() == u"submitted" ? AttemptState::Submitted
                                                              : AttemptState::InProgress;
    attempt.startedAt = fromIso(query.value(3));
    attempt.deadline = fromIso(query.value(4));
    attempt.finishedAt = fromIso(query.value(5));
    attempt.seed = quint32(query.value(6).toLongLong());
    attempt.questionOrder = intsFromJson(arrayFrom(query.value(7)));
    for (const QJsonValue &order : arrayFrom(query.value(8)))
        attempt.answerOrders.append(intsFromJson(order.toArray()));
    const QJsonArray responses = arrayFrom(query.value(9));
    for (const QJsonValue &flag : arrayFrom(query.value(10)))
        attempt.flagged.append(flag.toBool());
    // Responses are written one per question; the orders and flags say how many there are too.
    const int questionCount
        = int(qMax(responses.size(), qMax(attempt.questionOrder.size(), attempt.flagged.size())));
    Result<QList<Response>> decoded = codec::responsesFromJson(responses, questionCount);
    if (!decoded)
        return Error{
            decoded.error().code,
            QStringLiteral("attempt %1: %2").arg(attempt.attemptId, decoded.error().message)};
    attempt.responses = decoded.value();
    attempt.currentPosition = query.value(11).toInt();
    attempt.autoSubmitted = query.value(12).toBool();
    attempt.provisional = resultFromColumn(query.value(13), attempt.attemptId);
    attempt.confirmed = resultFromColumn(query.value(14), attempt.attemptId);
    return attempt;
}

// An attempt pulled from another device has only its result. The quiz page indexes
// responses, flags and orders by question, so it gets empty answers in a plain order.
void fillForeignAttempt(Attempt &attempt, const Quiz &quiz)
{
    if (!attempt.questionOrder.isEmpty())
        return;
    const Attempt shape = AttemptSession::start(quiz, attempt.startedAt, 0, false);
    attempt.questionOrder = shape.questionOrder;
    attempt.answerOrders = shape.answerOrders;
    attempt.responses = shape.responses;
    attempt.flagged = shape.flagged;
}

Result<std::optional<QString>> syncValue(const QSqlDatabase &database, const QString &key)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace

QuizRepository::QuizRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<QStringList> QuizRepository::saveQuizzes(const CourseQuizzes &course)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();

    QHash<QString, QString> stored; // lecture id -> version, this course's quizzes only
    {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT lecture_id, version FROM quiz WHERE course_code = ?"));
        query.addBindValue(course.courseCode);
        if (!query.exec())
            return sqlError(query);
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toString());
    }

    QStringList changed;
    QSet<QString> received;
    const QString now = isoTime(QDateTime::currentDateTimeUtc()).toString();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO quiz(lecture_id, course_code, title, version, settings_json, "
        "questions_json, has_plain_key, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(lecture_id) DO UPDATE SET course_code = excluded.course_code, "
        "title = excluded.title, version = excluded.version, "
        "settings_json = excluded.settings_json, questions_json = excluded.questions_json, "
        "has_plain_key = excluded.has_plain_key, fetched_at = excluded.fetched_at"));
    for (const QJsonObject &quiz : course.quizzes) {
        const QString lectureId = quiz.value(QStringLiteral("lecture_id")).toString();
        const QString version = quiz.value(QStringLiteral("version")).toString();
        received.insert(lectureId);
        if (!stored.contains(lectureId) || stored.value(lectureId) != version)
            changed.append(lectureId);
        query.addBindValue(lectureId);
        query.addBindValue(course.courseCode);
        query.addBindValue(quiz.value(QStringLiteral("title")).toString());
        query.addBindValue(version);
        query.addBindValue(compact(quiz.value(QStringLiteral("settings")).toObject()));
        // As received: for a learner, the protected form with hashed exact answers.
        query.addBindValue(compact(quiz.value(QStringLiteral("questions")).toArray()));
        query.addBindValue(course.preview ? 1 : 0);
        query.addBindValue(now);
        if (!query.exec())
            return sqlError(query);
    }

    // A quiz the course no longer has is forgotten; attempts at it stay.
    QSqlQuery remove(m_database);
    remove.prepare(QStringLiteral("DELETE FROM quiz WHERE lecture_id = ?"));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (received.contains(it.key()))
            continue;
        remove.addBindValue(it.key());
        if (!remove.exec())
            return sqlError(remove);
        changed.append(it.key());
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<QuizBundle> QuizRepository::loadBundle(const QString &lectureId) const
{
    QuizBundle bundle;
    bundle.lectureId = lectureId;
    {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT course_code, title, version, settings_json, "
                                     "questions_json, has_plain_key FROM quiz "
                                     "WHERE lecture_id = ?"));
        query.addBindValue(lectureId);
        if (!query.exec())
            return sqlError(query);
        if (query.next()) {
            const QJsonObject json{
                {QStringLiteral("lecture_id"), lectureId},
                {QStringLiteral("title"), query.value(1).toString()},
                {QStringLiteral("version"), query.value(2).toString()},
                {QStringLiteral("settings"), objectFrom(query.value(3))},
                {QStringLiteral("questions"), arrayFrom(query.value(4))},
            };
            Result<Quiz> quiz = codec::quizFromJson(json);
            if (!quiz)
                return Error{QStringLiteral("store_damaged"),
                             tr("The quiz saved for %1 could not be read (%2). It will be "
                                "downloaded again at the next sync.")
                                 .arg(lectureId, quiz.error().message)};
            bundle.found = true;
            bundle.quiz = quiz.value();
            bundle.quiz.courseCode = query.value(0).toString();
            bundle.quiz.hasPlainKey = query.value(5).toBool();
        }
    }

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM quiz_attempt WHERE lecture_id = ? "
                                 "ORDER BY started_at, attempt_id")
                      .arg(kAttemptColumns));
    query.addBindValue(lectureId);
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        Result<Attempt> attempt = attemptFromRow(query);
        if (!attempt) {
            qCWarning(lcStore) << "unreadable attempt:" << attempt.error().message;
            continue;
        }
        if (bundle.found)
            fillForeignAttempt(attempt.value(), bundle.quiz);
        bundle.attempts.append(attempt.value());
    }
    return bundle;
}

Result<QHash<QString, QString>> QuizRepository::quizVersions() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT lecture_id, version FROM quiz")))
        return sqlError(query);
    QHash<QString, QString> versions;
    while (query.next())
        versions.insert(query.value(0).toString(), query.value(1).toString());
    return versions;
}

Result<QuizFetchPlan> QuizRepository::fetchPlan() const
{
    const Result<std::optional<QString>> catalogCursor
        = syncValue(m_database, QStringLiteral("catalog_cursor"));
    if (!catalogCursor)
        return catalogCursor.error();
    const Result<std::optional<QString>> fetchedAt
        = syncValue(m_database, QStringLiteral("quiz_catalog_cursor"));
    if (!fetchedAt)
        return fetchedAt.error();

    const Result<std::optional<QString>> fetchedTime
        = syncValue(m_database, QStringLiteral("quiz_fetched_at"));
    if (!fetchedTime)
        return fetchedTime.error();

    QuizFetchPlan plan;
    plan.catalogCursor = catalogCursor.value().value_or(QString());
    // The catalog's quiz summaries carry no version, so any catalog change may have changed a
    // quiz: then every course with a quiz is fetched again (a learner has a few dozen). An
    // edited question need not change the catalog at all, so a full download older than
    // kFullFetchInterval is repeated too.
    const QDateTime lastFull = fromIso(fetchedTime.value().value_or(QString()));
    const bool stale = !lastFull.isValid()
        || lastFull.secsTo(QDateTime::currentDateTimeUtc()) > kFullFetchIntervalSeconds;
    const bool catalogMoved = stale || fetchedAt.value() != catalogCursor.value();
    QSqlQuery query(m_database);
    const QString sql = catalogMoved
        ? QStringLiteral("SELECT DISTINCT course_code FROM lecture WHERE quiz_question_count > 0 "
                         "ORDER BY course_code")
        : QStringLiteral("SELECT DISTINCT l.course_code FROM lecture l "
                         "LEFT JOIN quiz q ON q.lecture_id = l.id "
                         "WHERE l.quiz_question_count > 0 AND q.lecture_id IS NULL "
                         "ORDER BY l.course_code");
    if (!query.exec(sql))
        return sqlError(query);
    while (query.next())
        plan.courseCodes.append(query.value(0).toString());

    // The options of an elective slot the learner did not choose: the server answers 404 for
    // their quizzes, so asking would fail every sync and download every course again.
    const Result<QSet<QString>> unchosen = unchosenElectiveCourses(m_database);
    if (!unchosen)
        return unchosen.error();
    plan.courseCodes.removeIf(
        [&](const QString &courseCode) { return unchosen.value().contains(courseCode); });
    return plan;
}

Status QuizRepository::markFetched(const QString &catalogCursor)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QStringLiteral("quiz_catalog_cursor"));
    query.addBindValue(catalogCursor);
    if (!query.exec())
        return sqlError(query);
    query.addBindValue(QStringLiteral("quiz_fetched_at"));
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query);
    return transaction.commit();
}

Result<std::optional<Attempt>> QuizRepository::attemptById(const QString &attemptId) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT %1 FROM quiz_attempt WHERE attempt_id = ?").arg(kAttemptColumns));
    query.addBindValue(attemptId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<Attempt>();
    Result<Attempt> attempt = attemptFromRow(query);
    if (!attempt)
        return attempt.error();
    return std::optional<Attempt>(attempt.value());
}

Status QuizRepository::writeAttempt(const Attempt &attempt)
{
    QJsonArray answerOrders;
    for (const QList<int> &order : attempt.answerOrders)
        answerOrders.append(intsToJson(order));
    QJsonArray flags;
    for (bool flag : attempt.flagged)
        flags.append(flag);

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
                      "INSERT INTO quiz_attempt(%1, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT(attempt_id) DO UPDATE SET lecture_id = excluded.lecture_id, "
                      "state = excluded.state, started_at = excluded.started_at, "
                      "deadline = excluded.deadline, finished_at = excluded.finished_at, seed = "
                      "excluded.seed, "
                      "question_order_json = excluded.question_order_json, "
                      "answer_orders_json = excluded.answer_orders_json, "
                      "responses_json = excluded.responses_json, flags_json = excluded.flags_json, "
                      "current_position = excluded.current_position, "
                      "auto_submitted = excluded.auto_submitted, provisional_json = "
                      "excluded.provisional_json, "
                      "confirmed_json = excluded.confirmed_json, updated_at = excluded.updated_at")
                      .arg(kAttemptColumns));
    query.addBindValue(attempt.attemptId);
    query.addBindValue(attempt.lectureId);
    query.addBindValue(stateName(attempt.state));
    query.addBindValue(isoTime(attempt.startedAt));
    query.addBindValue(isoTime(attempt.deadline));
    query.addBindValue(isoTime(attempt.finishedAt));
    query.addBindValue(qint64(attempt.seed));
    query.addBindValue(compact(intsToJson(attempt.questionOrder)));
    query.addBindValue(compact(answerOrders));
    query.addBindValue(compact(codec::responsesToJson(attempt.responses)));
    query.addBindValue(compact(flags));
    query.addBindValue(attempt.currentPosition);
    query.addBindValue(attempt.autoSubmitted ? 1 : 0);
    query.addBindValue(resultToColumn(attempt.provisional));
    query.addBindValue(resultToColumn(attempt.confirmed));
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query);
    return ok();
}

Status QuizRepository::saveAttempt(const Attempt &attempt)
{
    if (attempt.preview)
        return Error{QStringLiteral("preview_attempt"),
                     tr("A preview attempt is not saved as progress.")};
    if (attempt.state != AttemptState::InProgress || attempt.attemptId.isEmpty())
        return Error{QStringLiteral("bad_attempt"),
                     tr("Only an attempt in progress can be saved; submit it instead.")};
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const Result<std::optional<Attempt>> existing = attemptById(attempt.attemptId);
    if (!existing)
        return existing.error();
    // A save that arrives after the submission (a keystroke racing the timer) must not turn
    // the submitted attempt back into a draft or change its answers after grading.
    if (existing.value() && existing.value()->state == AttemptState::Submitted)
        return Error{QStringLiteral("attempt_submitted"),
                     tr("This attempt was already submitted; its answers can no longer change.")};
    if (const Status written = writeAttempt(attempt); !written)
        return written;
    return transaction.commit();
}

Status QuizRepository::submitAttempt(const Attempt &attempt, const QString &deviceId)
{
    if (attempt.preview)
        return Error{QStringLiteral("preview_attempt"),
                     tr("A preview attempt is not saved as progress.")};
    if (attempt.state != AttemptState::Submitted || !attempt.provisional
        || !attempt.finishedAt.isValid() || attempt.attemptId.isEmpty()) {
        return Error{QStringLiteral("bad_attempt"),
                     tr("The attempt is not finished, so it cannot be submitted.")};
    }
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const Result<std::optional<Attempt>> existing = attemptById(attempt.attemptId);
    if (!existing)
        return existing.error();
    // Submitting twice would queue two events for one attempt; the first one stands.
    if (existing.value() && existing.value()->state == AttemptState::Submitted)
        return Error{QStringLiteral("attempt_submitted"),
                     tr("This attempt was already submitted.")};
    Attempt stored = attempt;
    stored.confirmed.reset(); // only the server confirms
    if (const Status written = writeAttempt(stored); !written)
        return written;
    if (const Status queued = appendOutboxEvent(m_database, QStringLiteral("quiz_attempt"),
                                                codec::attemptEventPayload(stored, deviceId));
        !queued) {
        return queued;
    }
    return transaction.commit();
}

Result<QList<Attempt>> QuizRepository::submitExpiredAttempts(const QDateTime &now,
                                                             const QString &deviceId)
{
    QStringList lectureIds;
    {
        QSqlQuery query(m_database);
        query.prepare(
            QStringLiteral("SELECT DISTINCT lecture_id FROM quiz_attempt "
                           "WHERE state = ? AND deadline IS NOT NULL AND deadline <> ''"));
        query.addBindValue(stateName(AttemptState::InProgress));
        if (!query.exec())
            return sqlError(query);
        while (query.next())
            lectureIds.append(query.value(0).toString());
    }
    QList<Attempt> submitted;
    for (const QString &lectureId : std::as_const(lectureIds)) {
        const Result<QuizBundle> bundle = loadBundle(lectureId);
        if (!bundle)
            return bundle.error();
        if (!bundle.value().found)
            continue; // the quiz left the catalog; its attempt stays as it was
        int usedBefore = 0;
        for (const Attempt &attempt : bundle.value().attempts)
            usedBefore += attempt.usesAnAttempt() ? 1 : 0;
        for (const Attempt &attempt : bundle.value().attempts) {
            if (attempt.state != AttemptState::InProgress || attempt.preview
                || !attempt.deadline.isValid() || attempt.deadline > now) {
                continue;
            }
            AttemptSession session(bundle.value().quiz, attempt);
            session.submit(now, true, usedBefore);
            if (const Status stored = submitAttempt(session.attempt(), deviceId); !stored)
                return stored.error();
            submitted.append(session.attempt());
            ++usedBefore;
        }
    }
    return submitted;
}

Result<QString> QuizRepository::applyAttemptResult(const AttemptResult &result)
{
    if (result.attemptId.isEmpty() || result.lectureId.isEmpty())
        return Error{QStringLiteral("bad_result"),
                     QStringLiteral("an attempt result without attempt_id or lecture_id")};
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE quiz_attempt SET confirmed_json = ?, updated_at = ? "
                                 "WHERE attempt_id = ?"));
    query.addBindValue(compact(codec::toJson(result)));
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(result.attemptId);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0) {
        // Made on another device: kept with the server's result so the history and the
        // attempt count agree on every device.
        Attempt attempt;
        attempt.attemptId = result.attemptId;
        attempt.lectureId = result.lectureId;
        attempt.state = AttemptState::Submitted;
        attempt.startedAt = result.startedAt.isValid() ? result.startedAt : result.finishedAt;
        if (!attempt.startedAt.isValid())
            attempt.startedAt
                = result.receivedAt.isValid() ? result.receivedAt : QDateTime::currentDateTimeUtc();
        attempt.finishedAt = result.finishedAt;
        attempt.confirmed = result;
        if (const Status written = writeAttempt(attempt); !written)
            return written.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return result.lectureId;
}

Result<QString> QuizRepository::rejectAttempt(const QString &attemptId, const QString &reason)
{
    const Result<std::optional<Attempt>> existing = attemptById(attemptId);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return Error{QStringLiteral("unknown_attempt"),
                     QStringLiteral("no attempt %1 on this device").arg(attemptId)};
    const Attempt &attempt = *existing.value();
    AttemptResult result;
    if (attempt.provisional)
        result = *attempt.provisional; // keep the learner's own grade and review to look at
    result.attemptId = attempt.attemptId;
    result.lectureId = attempt.lectureId;
    result.startedAt = attempt.startedAt;
    result.finishedAt = attempt.finishedAt;
    result.status = AttemptStatus::Rejected;
    result.reason = reason;
    result.passed = false; // it counts for nothing
    result.attemptNumber = 0;
    return applyAttemptResult(result);
}

} // namespace lectern
